/**
 * The results table the CLI prints when a run ends: the same figures as `summary.md`, aligned
 * for a fixed-width terminal, with generator-bound levels and failures spelled out in words so
 * they survive copy-paste and colourless logs.
 */
import { describeMachineNoise } from './build-level-report.js';
import {
  describeDropped,
  describeFailureDetails,
  describeFailures,
  describeRefusals,
  hasRefusals,
  refusedRate,
} from './level-health.js';
import { describeSetupStep } from './setup-steps.js';
import { describeBenchmarkThresholds, describeCommandBenchmarks } from './command-benchmarks.js';
import type { LevelReport, RunReport } from './model.js';

export { describeFailures };
import {
  formatCount,
  formatCpuPercent,
  formatCpuUsPerRequest,
  formatRatioPercent,
  formatRps,
  formatUs,
  formatUtc,
} from './units.js';

/** Options of `renderTerminalSummary`. */
export interface TerminalSummaryOptions {
  /** Use ANSI colours (only when writing to a TTY that wants them). */
  color: boolean;
}

const ANSI = { bold: '1', red: '31', yellow: '33', dim: '2' } as const;

type Paint = (style: keyof typeof ANSI, text: string) => string;

const HEADERS = [
  'scenario',
  'level',
  'req/s',
  'p50',
  'p99',
  'p99.9',
  'max',
  'errors',
  'gen CPU',
  'srv CPU/req',
];
/** Columns aligned left (text); the rest are right-aligned numbers. */
const LEFT = new Set([0, 1]);

function levelLabel(l: LevelReport): string {
  return l.model === 'open' ? `${formatRps(l.level)} req/s` : `${l.level} conn`;
}

/** The column of refusals (503 and 429, not errors), after `errors`, shown only when any. */
const REFUSED_AT = HEADERS.indexOf('errors') + 1;

function cells(l: LevelReport, refusals: boolean): string[] {
  return [
    l.scenario,
    levelLabel(l),
    formatRps(l.throughput.successRps),
    formatUs(l.latencyUs.p50),
    formatUs(l.latencyUs.p99),
    formatUs(l.latencyUs.p999),
    formatUs(l.latencyUs.max),
    formatRatioPercent(l.errorRate),
    ...(refusals ? [formatRatioPercent(refusedRate(l))] : []),
    formatCpuPercent(l.generator.cpuPercentMean),
    l.server ? formatCpuUsPerRequest(l.server.cpuUsPerRequest) : '-',
  ];
}

/** Renders the end-of-run table for the terminal. */
export function renderTerminalSummary(report: RunReport, opts: TerminalSummaryOptions): string {
  const paint: Paint = opts.color
    ? (style, text) => `\u001b[${ANSI[style]}m${text}\u001b[0m`
    : (_style, text) => text;
  const refusals = hasRefusals(report.levels);
  const headers = refusals
    ? [...HEADERS.slice(0, REFUSED_AT), 'refused', ...HEADERS.slice(REFUSED_AT)]
    : HEADERS;
  const genAt = headers.indexOf('gen CPU');
  const rows = report.levels.map((l) => cells(l, refusals));
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  // Pad before painting: escape codes have no width on screen but do have length.
  const pad = (text: string, i: number) =>
    LEFT.has(i) ? text.padEnd(widths[i] ?? 0) : text.padStart(widths[i] ?? 0);
  const out: string[] = [];
  out.push(
    paint('bold', `${report.name}: ${report.target.url}, ${formatUtc(report.startedAt)}`) +
      (report.partial ? paint('yellow', ' (partial)') : ''),
    '',
  );
  if (report.levels.length === 0) {
    out.push('No level was measured.');
  } else {
    out.push(paint('bold', headers.map(pad).join('  ').trimEnd()));
    report.levels.forEach((l, li) => {
      const row = rows[li] ?? [];
      const line = row
        .map((c, i) => {
          const text = pad(c, i);
          if (i === 7 && l.errorRate > 0) return paint('red', text);
          if (i === genAt && l.generator.generatorBound) return paint('yellow', text);
          if (refusals && i === REFUSED_AT && refusedRate(l) > 0) return paint('yellow', text);
          return text;
        })
        .join('  ')
        .trimEnd();
      out.push(line);
    });
  }
  const remarks: string[] = [];
  for (const line of describeCommandBenchmarks(report.benchmarks ?? [])) remarks.push(line);
  for (const line of describeBenchmarkThresholds(report.benchmarkThresholds ?? [])) {
    remarks.push(`threshold ${line}`);
  }
  for (const step of report.setup ?? []) {
    const line = describeSetupStep(step);
    remarks.push(step.ok ? paint('dim', line) : paint('red', line));
  }
  for (const l of report.levels) {
    const where = `${l.scenario} @ ${levelLabel(l)}`;
    if (l.generator.generatorBound) {
      remarks.push(paint('yellow', `GENERATOR-BOUND ${where}: ${l.generator.note}`));
    }
    const noise = describeMachineNoise(l);
    if (noise) remarks.push(paint('yellow', `NOISY MACHINE ${where}: ${noise}`));
    const failures = describeFailures(l.counts.failures);
    if (failures) {
      const details = describeFailureDetails(l.counts);
      remarks.push(
        paint(
          'red',
          `failures ${where}: ${failures} (of ${formatCount(l.counts.total)})${details ? `: ${details}` : ''}`,
        ),
      );
    }
    const dropped = describeDropped(l.counts);
    if (dropped) remarks.push(paint('red', `dropped ${where}: ${dropped}`));
    const refused = describeRefusals(l);
    if (refused) {
      remarks.push(paint('yellow', `refused ${where}: ${refused} (not failures, not in errors)`));
    }
  }
  if (remarks.length > 0) out.push('', ...remarks);
  if (report.notes.length > 0) out.push('', ...report.notes.map((n) => paint('dim', `note: ${n}`)));
  return `${out.join('\n')}\n`;
}
