/**
 * DataFlow's `benchmark_results.json` → a `CommandResult`. The file is what dataflow-rs's
 * `examples/benchmark.rs` wrote (from April to September 2025, versions 0.1.x to 1.0.x; later
 * versions print a table instead): one object whose keys are `<version>_<type>`, where the type
 * is `seq_x1` (one message at a time) or `con_x<N>` (N messages in flight; 0.1.x wrote `sync` and
 * `async`), each with `iterations`, `min_time_ns`, `max_time_ns`, `avg_time_ns`, `p95_ns`,
 * `p99_ns`, `total_time_ns`, `timestamp` and `benchmark_type`. The example rewrites the file on
 * every run and keeps the entries of other versions, so one file holds several versions: the one
 * measured is chosen by `version`, else it is the version of the newest entry.
 *
 * Each entry gives two benchmarks: `<type>/latency` (mean ns per message; min, p95, p99 and max
 * as statistics) and `<type>/throughput` (messages per second: iterations over total time; for
 * `seq_x1` the example's total is the sum of the message times, for `con_x<N>` the wall time).
 * The tool computes no confidence interval and keeps no samples, so neither is reported.
 */
import { z } from 'zod';
import { targetError } from '../errors.js';
import { buildCommandResult, type CommandBenchmark, type CommandResult } from './command-result.js';
import { parseResultJson } from './parse-result-json.js';

/** Unit of the per-message latency figures. */
export const DATAFLOW_LATENCY_UNIT = 'ns/msg';
/** Unit of the throughput figures. */
export const DATAFLOW_THROUGHPUT_UNIT = 'msg/s';

const ns = z.number().nonnegative();

/** One entry of the file. */
export const DataflowEntrySchema = z.looseObject({
  iterations: z.number().int().positive(),
  min_time_ns: ns,
  max_time_ns: ns,
  avg_time_ns: ns,
  p95_ns: ns,
  p99_ns: ns,
  total_time_ns: z.number().positive(),
  timestamp: z.string().optional(),
  benchmark_type: z.string().min(1).optional(),
});
/** One entry of the file. */
export type DataflowEntry = z.infer<typeof DataflowEntrySchema>;

/** The whole file: entries by `<version>_<type>`. */
export const DataflowResultsSchema = z
  .record(z.string(), DataflowEntrySchema)
  .superRefine((results, ctx) => {
    for (const key of Object.keys(results)) {
      if (!/^[^_]+_.+$/.test(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'keys are <version>_<type>, e.g. 1.0.3_con_x16',
        });
      }
    }
  });

/** Options of `parseDataflowResults`. */
export interface DataflowOptions {
  /** The version to read, e.g. `1.0.3`; default: the version of the newest entry. */
  version?: string;
}

const HINT =
  "dataflow-rs's `cargo run --release --example benchmark` writes benchmark_results.json: an object of <version>_<type> entries with iterations and min/max/avg/p95/p99/total_time_ns.";

/** Compares dotted versions numerically where both parts are numbers (1.0.10 after 1.0.9). */
function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/);
  const pb = b.split(/[.-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    if (x === y) continue;
    const nx = Number(x);
    const ny = Number(y);
    if (x !== '' && y !== '' && Number.isInteger(nx) && Number.isInteger(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** The version of the newest entry (by timestamp, then by version). */
function newestVersion(entries: readonly { version: string; entry: DataflowEntry }[]): string {
  let best: { version: string; time: number } | undefined;
  for (const { version, entry } of entries) {
    const parsed = entry.timestamp === undefined ? Number.NaN : Date.parse(entry.timestamp);
    const time = Number.isNaN(parsed) ? Number.NEGATIVE_INFINITY : parsed;
    if (
      !best ||
      time > best.time ||
      (time === best.time && compareVersions(version, best.version) > 0)
    ) {
      best = { version, time };
    }
  }
  return best?.version ?? '';
}

/** What a type says about the load: `seq_x1`, `con_x16`, or an older `sync` / `async`. */
function typeParameters(type: string): Record<string, string | number> {
  const match = /^(seq|con)_x(\d+)$/.exec(type);
  if (!match) return { mode: type };
  return {
    mode: match[1] === 'seq' ? 'sequential' : 'concurrent',
    concurrency: Number(match[2]),
  };
}

function toBenchmarks(type: string, entry: DataflowEntry, key: string): CommandBenchmark[] {
  const parameters = typeParameters(type);
  return [
    {
      name: `${type}/latency`,
      unit: DATAFLOW_LATENCY_UNIT,
      direction: 'lower-is-better',
      estimate: entry.avg_time_ns,
      statistic: 'mean',
      iterations: entry.iterations,
      statistics: {
        min: { value: entry.min_time_ns },
        p95: { value: entry.p95_ns },
        p99: { value: entry.p99_ns },
        max: { value: entry.max_time_ns },
      },
      parameters,
      source: key,
    },
    {
      name: `${type}/throughput`,
      unit: DATAFLOW_THROUGHPUT_UNIT,
      direction: 'higher-is-better',
      estimate: (entry.iterations * 1e9) / entry.total_time_ns,
      statistic: 'rate',
      iterations: entry.iterations,
      parameters,
      source: key,
    },
  ];
}

/** Parses the text of a `benchmark_results.json` (`file` names it in messages). */
export function parseDataflowResults(
  text: string,
  file: string,
  options: DataflowOptions = {},
): CommandResult {
  const results = parseResultJson(text, file, DataflowResultsSchema, HINT);
  const entries = Object.entries(results).map(([key, entry]) => {
    const separator = key.indexOf('_');
    const type = entry.benchmark_type ?? key.slice(separator + 1);
    return { key, version: key.slice(0, separator), type, entry };
  });
  const versions = [...new Set(entries.map((e) => e.version))].sort(compareVersions);
  if (entries.length === 0) {
    throw targetError('COMMAND_RESULT_EMPTY', `${file}: no benchmark results found.`, HINT);
  }
  const version = options.version ?? newestVersion(entries);
  const chosen = entries.filter((e) => e.version === version);
  if (chosen.length === 0) {
    throw targetError(
      'COMMAND_RESULT_EMPTY',
      `${file}: no entries for version ${version} (the file has ${versions.join(', ')}).`,
      'Check the version the benchmark was built from, or leave the version out to take the newest entries.',
    );
  }
  return buildCommandResult(
    'dataflow',
    chosen.flatMap((e) => toBenchmarks(e.type, e.entry, e.key)),
    file,
    { version },
  );
}
