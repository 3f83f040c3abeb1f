/**
 * `summary.md`: what a reader of a job summary or a report directory looks at first. It must fit
 * in a PR comment (65,536 characters) with room to spare, so it stops adding rows at
 * `MARKDOWN_MAX_CHARS` and points to the full report instead.
 */
import { describeMachineNoise } from './build-level-report.js';
import type { LevelReport, RunReport } from './model.js';
import { totalFailures } from './model.js';
import {
  describeDropped,
  describeFailureDetails,
  describeFailures,
  describeRefusals,
  hasRefusals,
  refusedRate,
} from './level-health.js';
import { describeSetupStep } from './setup-steps.js';
import {
  describeBenchmarkRounds,
  describeBenchmarkThresholds,
  describeCommandBenchmarks,
} from './command-benchmarks.js';
import {
  formatBytes,
  formatCount,
  formatCpuPercent,
  formatCpuUsPerRequest,
  formatDurationMs,
  formatRatioPercent,
  formatRps,
  formatUs,
  formatUtc,
} from './units.js';
import { escapeMarkdown } from './markdown-text.js';

/** Upper bound on the length of `summary.md`, in characters. */
export const MARKDOWN_MAX_CHARS = 60_000;

/** Most generator warnings listed one by one; the rest are counted. */
const MAX_WARNINGS = 20;
/** Most notes listed; the rest are counted. */
const MAX_NOTES = 20;
/** Longest single free-text line (notes, environment values) before it is cut. */
const MAX_LINE_CHARS = 500;

const escapeMd = (text: string): string => escapeMarkdown(text, MAX_LINE_CHARS);

function targetLabel(report: RunReport): string {
  const t = report.target;
  const what = t.product ?? t.image ?? t.url;
  return what === t.url ? t.url : `${what} (${t.url})`;
}

function levelLabel(l: LevelReport): string {
  return l.model === 'open' ? `${formatRps(l.level)} req/s` : `${l.level} conn`;
}

function tableRow(l: LevelReport, refusals: boolean): string {
  const cells = [
    levelLabel(l) + (l.generator.generatorBound ? ' ⚠' : ''),
    formatRps(l.throughput.successRps),
    formatUs(l.latencyUs.p50),
    formatUs(l.latencyUs.p99),
    formatUs(l.latencyUs.p999),
    formatRatioPercent(l.errorRate),
    ...(refusals ? [formatRatioPercent(refusedRate(l))] : []),
    formatCpuPercent(l.generator.cpuPercentMean),
    l.server ? formatCpuUsPerRequest(l.server.cpuUsPerRequest) : '-',
  ];
  return `| ${cells.join(' | ')} |`;
}

/** The level table's head; `refused` (503 and 429, not errors) only when a level had any. */
function tableHeader(refusals: boolean): string[] {
  return refusals
    ? [
        '| level | req/s | p50 | p99 | p99.9 | errors | refused | generator CPU | server CPU/req |',
        '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      ]
    : [
        '| level | req/s | p50 | p99 | p99.9 | errors | generator CPU | server CPU/req |',
        '|---:|---:|---:|---:|---:|---:|---:|---:|',
      ];
}

function headLines(report: RunReport): string[] {
  const lines = [
    `## ${escapeMd(report.name)}: ${escapeMd(targetLabel(report))}, ${formatUtc(report.startedAt)}`,
    '',
  ];
  const levels = report.levels.length;
  const status =
    report.outcome === 'ok'
      ? report.partial
        ? 'Partial run'
        : 'Completed'
      : report.outcome === 'interrupted'
        ? 'Interrupted: partial results'
        : 'Target failure';
  const took = formatDurationMs(Date.parse(report.finishedAt) - Date.parse(report.startedAt));
  lines.push(`${status}: ${levels} level(s) in ${took}. Run \`${escapeMd(report.id)}\`.`, '');
  const bound = report.levels.filter((l) => l.generator.generatorBound);
  for (const l of bound.slice(0, MAX_WARNINGS)) {
    lines.push(
      `> ⚠ **${escapeMd(l.scenario)} @ ${levelLabel(l)}**: ${escapeMd(l.generator.note)}.`,
    );
    lines.push('>');
  }
  if (bound.length > MAX_WARNINGS) {
    lines.push(
      `> ⚠ ${bound.length - MAX_WARNINGS} more generator-bound level(s): see result.json.`,
    );
    lines.push('>');
  }
  if (bound.length > 0) {
    lines.pop();
    lines.push('');
  }
  const noisy = report.levels.flatMap((l) => {
    const noise = describeMachineNoise(l);
    return noise ? [{ l, noise }] : [];
  });
  for (const { l, noise } of noisy.slice(0, MAX_WARNINGS)) {
    lines.push(`> Machine at **${escapeMd(l.scenario)} @ ${levelLabel(l)}**: ${escapeMd(noise)}.`);
    lines.push('>');
  }
  if (noisy.length > MAX_WARNINGS) {
    lines.push(
      `> ${noisy.length - MAX_WARNINGS} more level(s) on a noisy machine: see result.json.`,
    );
    lines.push('>');
  }
  if (noisy.length > 0) {
    lines.pop();
    lines.push('');
  }
  return lines;
}

/** One line per level with failures or dropped arrivals: classes, statuses, reasons. */
function failureLines(report: RunReport): string[] {
  const failing = report.levels.filter(
    (l) => totalFailures(l.counts.failures) > 0 || (l.counts.droppedSends ?? 0) > 0,
  );
  if (failing.length === 0) return [];
  const lines = ['### Failures', ''];
  for (const l of failing.slice(0, MAX_WARNINGS)) {
    const parts: string[] = [];
    const classes = describeFailures(l.counts.failures);
    if (classes) {
      const details = describeFailureDetails(l.counts);
      parts.push(
        `${classes} of ${formatCount(l.counts.total)} requests${details ? ` (${details})` : ''}`,
      );
    }
    const dropped = describeDropped(l.counts);
    if (dropped) parts.push(dropped);
    lines.push(`- **${escapeMd(l.scenario)} @ ${levelLabel(l)}**: ${escapeMd(parts.join('; '))}`);
  }
  if (failing.length > MAX_WARNINGS) {
    lines.push(`- … ${failing.length - MAX_WARNINGS} more level(s) with failures in result.json`);
  }
  lines.push('');
  return lines;
}

/** One line per level with refusals (503 back-pressure, 429 rate limit), apart from failures. */
function refusalLines(report: RunReport): string[] {
  const refusing = report.levels.flatMap((l) => {
    const refused = describeRefusals(l);
    return refused ? [{ l, refused }] : [];
  });
  if (refusing.length === 0) return [];
  const lines = ['### Back-pressure and rate limits', ''];
  for (const { l, refused } of refusing.slice(0, MAX_WARNINGS)) {
    lines.push(`- **${escapeMd(l.scenario)} @ ${levelLabel(l)}**: ${escapeMd(refused)}`);
  }
  if (refusing.length > MAX_WARNINGS) {
    lines.push(`- … ${refusing.length - MAX_WARNINGS} more level(s) with refusals in result.json`);
  }
  lines.push(
    '',
    'Refusals are counted apart: they are not failures and not in the error rate.',
    '',
  );
  return lines;
}

/** The setup and teardown requests, one line each, when the run had any. */
function setupLines(report: RunReport): string[] {
  const steps = report.setup ?? [];
  if (steps.length === 0) return [];
  const lines = ['### Setup and teardown', ''];
  for (const step of steps.slice(0, MAX_NOTES))
    lines.push(`- ${escapeMd(describeSetupStep(step))}`);
  if (steps.length > MAX_NOTES) lines.push(`- … ${steps.length - MAX_NOTES} more in result.json`);
  lines.push('');
  return lines;
}

/** The command benchmarks, one line each with unit and verdict, when the run had any. */
function benchmarkLines(report: RunReport): string[] {
  const benchmarks = report.benchmarks ?? [];
  if (benchmarks.length === 0) return [];
  const lines = ['### Command benchmarks', ''];
  for (const line of describeCommandBenchmarks(benchmarks)) lines.push(`- ${escapeMd(line)}`);
  if (report.benchmarkComparison) {
    lines.push('', escapeMd(describeBenchmarkRounds(report.benchmarkComparison)));
  }
  const limits = describeBenchmarkThresholds(report.benchmarkThresholds ?? []);
  if (limits.length > 0) {
    lines.push('', '#### Benchmark thresholds', '');
    for (const line of limits) lines.push(`- ${escapeMd(line)}`);
  }
  lines.push('', 'Every figure of `benchmarks.csv`, with its unit, is beside this file.', '');
  return lines;
}

function tailLines(report: RunReport): string[] {
  const lines: string[] = [
    ...benchmarkLines(report),
    ...setupLines(report),
    ...failureLines(report),
    ...refusalLines(report),
  ];
  if (report.notes.length > 0) {
    lines.push('### Notes', '');
    for (const note of report.notes.slice(0, MAX_NOTES)) lines.push(`- ${escapeMd(note)}`);
    if (report.notes.length > MAX_NOTES) {
      lines.push(`- … ${report.notes.length - MAX_NOTES} more in result.json`);
    }
    lines.push('');
  }
  const e = report.environment;
  const env: [string, string | undefined][] = [
    ['Host', e.hostname],
    ['CPU', `${e.cpuModel}, ${e.cpus} logical CPUs`],
    ['Memory', formatBytes(e.memoryBytes)],
    ['OS', e.os],
    ['Node.js', e.nodeVersion],
    ['undici', e.undiciVersion],
    ['bench-action', e.toolVersion],
    ['Commit', e.gitSha === undefined ? undefined : `${e.gitSha}${e.gitDirty ? ' (dirty)' : ''}`],
    ['VM size', e.vmSize],
    ['Region', e.region],
    ['Image', report.target.image],
    ['Image digest', report.target.imageDigest],
    ['Config', report.config.path],
    ['Config hash', report.config.hash],
  ];
  lines.push('<details><summary>Environment</summary>', '');
  for (const [k, v] of env) if (v !== undefined && v !== '') lines.push(`- ${k}: ${escapeMd(v)}`);
  lines.push('', '</details>', '');
  return lines;
}

const LEGEND =
  'p50/p99/p99.9: latency of successful requests. Generator CPU: the load generator’s own use of one core; ⚠ marks levels it limited. Server CPU/req: target CPU time per completed request.\n\n';

/** Renders `summary.md`, never longer than `MARKDOWN_MAX_CHARS`. */
export function renderMarkdownReport(report: RunReport): string {
  const head = headLines(report).join('\n') + '\n';
  const tail = tailLines(report).join('\n');
  const pointer = (omitted: number) =>
    `\n_${omitted} more level(s) not shown: the full figures are in result.json and results.csv._\n\n`;
  // Reserve room for the truncation pointer so adding it can never break the limit.
  let budget =
    MARKDOWN_MAX_CHARS -
    head.length -
    tail.length -
    LEGEND.length -
    pointer(report.levels.length).length;
  const scenarios = [...new Set(report.levels.map((l) => l.scenario))];
  const refusals = hasRefusals(report.levels);
  let body = '';
  let shown = 0;
  outer: for (const scenario of scenarios) {
    const section = [`### ${escapeMd(scenario)}`, '', ...tableHeader(refusals)].join('\n') + '\n';
    if (section.length > budget) break;
    let text = section;
    let rows = 0;
    for (const l of report.levels) {
      if (l.scenario !== scenario) continue;
      const row = tableRow(l, refusals) + '\n';
      if (text.length + row.length + 1 > budget) {
        if (rows > 0) body += text + '\n';
        break outer;
      }
      text += row;
      rows++;
      shown++;
    }
    body += text + '\n';
    budget -= text.length + 1;
  }
  if (shown < report.levels.length) body += pointer(report.levels.length - shown);
  else if (report.levels.length === 0) body += '_No level was measured._\n\n';
  if (shown > 0) body += LEGEND;
  return head + body + tail;
}
