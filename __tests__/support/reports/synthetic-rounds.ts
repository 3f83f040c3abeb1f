/**
 * Builds valid `RunReport`s from known distributions: each second's latencies are drawn from a
 * log-normal around a chosen median and recorded into real HDR histograms, so tests exercise
 * the same encodings and summaries as a real run.
 */
import { createRng } from '../../../src/core/stats/bootstrap.js';
import type { Rng } from '../../../src/core/stats/bootstrap.js';
import {
  createHistogram,
  destroyHistogram,
  encodeHistogram,
  recordUs,
  summarizeHistogram,
} from '../../../src/core/stats/histogram.js';
import type { IntervalSample, LevelReport, RunReport } from '../../../src/core/report/model.js';
import { RunReportSchema } from '../../../src/core/report/model.js';

/** One level to synthesize. */
export interface LevelSpec {
  scenario?: string;
  model?: 'closed' | 'open';
  /** Connections or offered req/s. */
  level: number;
  /** Median latency of successes, µs. */
  medianUs: number;
  /** Log-normal shape: 0.3 gives p99 ≈ 2× the median. */
  sigma?: number;
  /** Mean successful req/s. */
  successRps: number;
  /** Fraction of requests that fail. */
  errorRate?: number;
  /** Measured seconds. */
  seconds?: number;
  /** Relative per-second jitter of throughput and latency. */
  secondNoise?: number;
  /** Latencies recorded per second (a subsample: keeps tests fast). */
  valuesPerSecond?: number;
  generatorBound?: boolean;
  /** Server CPU per request, µs; omitted means the target was not sampled. */
  serverCpuUsPerRequest?: number;
}

/** One round to synthesize. */
export interface RoundSpec {
  seed: number;
  levels: LevelSpec[];
  /** Relative round-to-round swing (uniform ±), applied to latency (×) and throughput (÷). */
  roundNoise?: number;
  name?: string;
  id?: string;
}

function normal(rng: Rng): number {
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function buildLevel(spec: LevelSpec, rng: Rng, factor: number, startedAt: string): LevelReport {
  const seconds = spec.seconds ?? 5;
  const sigma = spec.sigma ?? 0.3;
  const jitter = spec.secondNoise ?? 0.03;
  const perSecond = spec.valuesPerSecond ?? 1000;
  const errorRate = spec.errorRate ?? 0;
  const whole = createHistogram();
  const series: IntervalSample[] = [];
  let success = 0;
  let failures = 0;
  for (let s = 0; s < seconds; s++) {
    const secondFactor = 1 + jitter * (2 * rng() - 1);
    const medianUs = spec.medianUs * factor * secondFactor;
    const h = createHistogram();
    for (let i = 0; i < perSecond; i++) {
      const v = medianUs * Math.exp(sigma * normal(rng));
      recordUs(h, v);
      recordUs(whole, v);
    }
    const rps = (spec.successRps / factor) * (1 + jitter * (2 * rng() - 1));
    const ok = Math.round(rps);
    const failed = Math.round((ok * errorRate) / (1 - errorRate));
    success += ok;
    failures += failed;
    const sum = summarizeHistogram(h);
    destroyHistogram(h);
    const total = ok + failed;
    series.push({
      startMs: s * 1000,
      durationMs: 1000,
      success: ok,
      failures: failed,
      successRps: ok,
      p50Us: sum.p50,
      p99Us: sum.p99,
      maxUs: sum.max,
      generatorCpuPercent: spec.generatorBound ? 99 : 40,
      eventLoopDelayP99Us: 200,
      ...(spec.serverCpuUsPerRequest !== undefined
        ? {
            serverCpuPercent: (spec.serverCpuUsPerRequest * factor * total) / 10_000,
            serverRssBytes: 50e6,
          }
        : {}),
    });
  }
  const latencyUs = summarizeHistogram(whole);
  const latency = encodeHistogram(whole);
  destroyHistogram(whole);
  const emptyFailures = createHistogram();
  const failureLatency = encodeHistogram(emptyFailures);
  const failureLatencyUs = summarizeHistogram(emptyFailures);
  destroyHistogram(emptyFailures);
  const durationMs = seconds * 1000;
  const total = success + failures;
  const model = spec.model ?? 'closed';
  return {
    scenario: spec.scenario ?? 'transform',
    model,
    level: spec.level,
    connections: model === 'closed' ? spec.level : 64,
    pipelining: 1,
    ...(model === 'open' ? { offeredRps: spec.level } : {}),
    startedAt,
    warmupMs: 1000,
    durationMs,
    cooldownMs: 0,
    counts: {
      total,
      success,
      failures: { connect: 0, timeout: 0, reset: 0, httpStatus: failures, check: 0 },
    },
    errorRate: total > 0 ? failures / total : 0,
    throughput: {
      successRps: (success * 1000) / durationMs,
      totalRps: (total * 1000) / durationMs,
    },
    latencyUs,
    failureLatencyUs,
    histograms: { latency, failures: failureLatency },
    bytes: { sent: total * 400, received: total * 1200 },
    series,
    generator: {
      cpuPercentMean: spec.generatorBound ? 99 : 40,
      cpuPercentMax: spec.generatorBound ? 100 : 45,
      cpuUsPerRequest: 35,
      eventLoopDelayP99Us: 200,
      generatorBound: spec.generatorBound ?? false,
      note: spec.generatorBound
        ? 'generator CPU at 99% of a core: the generator limited this level'
        : 'generator had headroom',
    },
    ...(spec.serverCpuUsPerRequest !== undefined
      ? {
          server: {
            cpuPercentMean: 50,
            cpuUsPerRequest: spec.serverCpuUsPerRequest * factor,
            rssBytesMax: 60e6,
            rssBytesMean: 50e6,
          },
        }
      : {}),
    hlogFile: `${spec.scenario ?? 'transform'}-${spec.level}.hlog`,
  };
}

/** A schema-valid run report with the given levels (throws if it would not validate). */
export function buildRound(spec: RoundSpec): RunReport {
  const rng = createRng(spec.seed);
  const noise = spec.roundNoise ?? 0.01;
  const factor = 1 + noise * (2 * rng() - 1);
  const startedAt = '2026-11-29T03:00:00.000Z';
  const report: RunReport = {
    schemaVersion: 1,
    id: spec.id ?? `run-${spec.seed}`,
    name: spec.name ?? 'reframe-pr',
    createdAt: '2026-11-29T03:10:00.000Z',
    startedAt,
    finishedAt: '2026-11-29T03:09:00.000Z',
    partial: false,
    outcome: 'ok',
    target: { kind: 'url', url: 'http://127.0.0.1:3000', product: 'reframe' },
    environment: {
      hostname: 'bench-host',
      cpuModel: 'Test CPU @ 2.0GHz',
      cpus: 2,
      memoryBytes: 8 * 1024 ** 3,
      os: 'linux 6.1.0 x64',
      nodeVersion: 'v20.20.2',
      undiciVersion: '7.30.2',
      toolVersion: '0.1.0',
      gitSha: '1a2b3c4d5e6f',
      gitDirty: false,
    },
    config: {
      hash: 'sha256-test',
      resolved: { name: spec.name ?? 'reframe-pr', levels: spec.levels.map((l) => l.level) },
    },
    levels: spec.levels.map((l) => buildLevel(l, rng, factor, startedAt)),
    notes: [],
  };
  return RunReportSchema.parse(report);
}

/** `count` rounds with consecutive seeds. */
export function buildRounds(count: number, spec: RoundSpec): RunReport[] {
  return Array.from({ length: count }, (_, i) =>
    buildRound({ ...spec, seed: spec.seed + i, id: `${spec.id ?? 'run'}-${i + 1}` }),
  );
}
