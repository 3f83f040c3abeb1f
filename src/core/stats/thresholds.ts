/**
 * Thresholds: limits a run must respect. Absolute ones read one report (`p99 < 50ms`,
 * `errorRate < 0.1%`, `rps > 2000`); relative ones read a comparison (`p99` may not grow by
 * more than +10% warn / +20% fail). A missing baseline or a generator-bound level never fails a
 * run: an infrastructure problem is not a performance regression.
 */
import type {
  ComparedMetric,
  Comparison,
  MetricComparison,
  ThresholdResult,
} from '../report/comparison-model.js';
import type {
  BenchmarkThresholdResult,
  CommandBenchmarkReport,
  LevelReport,
  RunReport,
} from '../report/model.js';
import { formatCpuUsPerRequest, formatRatioPercent, formatRps, formatUs } from '../report/units.js';
import { formatChange, formatInterval, formatLimit, metricLabel } from './metric-format.js';
import { isComparedAbsolutely, isHigherBetter } from './metric-samples.js';

/** Metrics an absolute threshold can read from a level. */
export type AbsoluteMetric =
  | 'p50'
  | 'p75'
  | 'p90'
  | 'p95'
  | 'p99'
  | 'p999'
  | 'p9999'
  | 'max'
  | 'mean'
  | 'successRps'
  | 'totalRps'
  | 'errorRate'
  | 'backPressureRate'
  | 'rateLimitedRate'
  | 'serverCpuUsPerRequest';

/** Comparison operators of absolute thresholds. */
export type ThresholdOperator = '<' | '<=' | '>' | '>=';

/** A limit on a value of the run itself. */
export interface AbsoluteThreshold {
  /** Discriminant. */
  kind: 'absolute';
  /** The threshold as written, for messages and reports. */
  source: string;
  /** Metric read from each level. */
  metric: AbsoluteMetric;
  /** The value must satisfy `value <operator> limit`. */
  operator: ThresholdOperator;
  /** Limit in the metric's base unit: µs, req/s or a fraction (0.001 = 0.1%). */
  limit: number;
  /** Status when the limit is not met. */
  severity: 'warn' | 'fail';
  /** Only levels of this scenario, when set. */
  scenario?: string;
}

/** A limit on the change against the baseline. */
export interface RelativeThreshold {
  /** Discriminant. */
  kind: 'relative';
  /** The threshold as written. */
  source: string;
  /** Compared metric the change is read from. */
  metric: ComparedMetric;
  /** Change (signed, in the bad direction) beyond which the status is `warn`. */
  warn?: number;
  /** Change (signed, in the bad direction) the whole interval must pass for `fail`. */
  fail?: number;
  /** Only levels of this scenario, when set. */
  scenario?: string;
}

/** A limit on the estimate of command benchmarks (`kind: command` scenarios), in their unit. */
export interface BenchmarkThreshold {
  /** Discriminant. */
  kind: 'benchmark';
  /** The threshold in words, e.g. `parse_mt/* <= 2000 ns/iter`. */
  source: string;
  /** Benchmark name, or a pattern where `*` stands for any characters (`/` included). */
  pattern: string;
  /** `max` gives `<=`, `min` gives `>=`. */
  operator: '<=' | '>=';
  /** Limit, in `unit`. */
  limit: number;
  /** Unit of the limit; a benchmark in another unit is not judged. */
  unit: string;
  /** Status when the limit is not met. */
  severity: 'warn' | 'fail';
  /** Only benchmarks of this scenario, when set. */
  scenario?: string;
}

/** A parsed threshold. */
export type Threshold = AbsoluteThreshold | RelativeThreshold | BenchmarkThreshold;

/** Object form of a benchmark threshold, as written in a config file. */
export interface BenchmarkThresholdInput {
  /** Benchmark name or pattern with `*`, e.g. `parse_mt/*`. */
  benchmark: string;
  /** The estimate may be at most this (times). */
  max?: number;
  /** The estimate must be at least this (rates). */
  min?: number;
  /** Unit of the limit: the benchmark's own (`ns/iter`, `msg/s`, …). */
  unit: string;
  /** `fail` (default) or `warn`. */
  severity?: 'warn' | 'fail';
  /** Only benchmarks of this scenario. */
  scenario?: string;
}

/** True for the object form of a benchmark threshold. */
function isBenchmarkInput(
  input: string | RelativeThresholdInput | BenchmarkThresholdInput,
): input is BenchmarkThresholdInput {
  return typeof input === 'object' && 'benchmark' in input;
}

/** Parses `{ benchmark, max | min, unit }`, or explains what to write. */
function parseBenchmarkThreshold(input: BenchmarkThresholdInput): Threshold | ThresholdError {
  const pattern = String(input.benchmark ?? '').trim();
  const example = "e.g. { benchmark: 'parse_mt/*', max: 2000, unit: ns/iter }";
  if (pattern === '') return { error: `a benchmark threshold needs a benchmark name; ${example}` };
  const unit = String(input.unit ?? '').trim();
  if (unit === '') {
    return { error: `benchmark threshold "${pattern}": give the unit of the limit; ${example}` };
  }
  const given = [input.max, input.min].filter((x) => x !== undefined);
  if (given.length !== 1) {
    return {
      error: `benchmark threshold "${pattern}": give exactly one of max (times: at most) or min (rates: at least); ${example}`,
    };
  }
  const limit = given[0]!;
  if (!Number.isFinite(limit)) {
    return { error: `benchmark threshold "${pattern}": the limit must be a number` };
  }
  const operator = input.max !== undefined ? '<=' : '>=';
  const severity = input.severity ?? 'fail';
  const out: BenchmarkThreshold = {
    kind: 'benchmark',
    source: `${severity === 'warn' ? 'warn: ' : ''}${pattern} ${operator} ${limit} ${unit}`,
    pattern,
    operator,
    limit,
    unit,
    severity,
  };
  if (input.scenario !== undefined) out.scenario = input.scenario;
  return out;
}

/** A parse failure, with what to write instead. */
export interface ThresholdError {
  /** The problem and an example of what works. */
  error: string;
}

/** Object form of a relative threshold, as written in a config file. */
export interface RelativeThresholdInput {
  /** Metric name or alias, e.g. `p99`, `rps`, `errorRate`. */
  metric: string;
  /** Warn limit, e.g. `+10%` (latency) or `-5%` (throughput) or `+0.5pp` (error rate). */
  warn?: string;
  /** Fail limit, same syntax as `warn`. */
  fail?: string;
  /** Only levels of this scenario. */
  scenario?: string;
}

const ABSOLUTE_ALIASES: Record<string, AbsoluteMetric> = {
  p50: 'p50',
  median: 'p50',
  p75: 'p75',
  p90: 'p90',
  p95: 'p95',
  p99: 'p99',
  p999: 'p999',
  'p99.9': 'p999',
  p9999: 'p9999',
  'p99.99': 'p9999',
  max: 'max',
  mean: 'mean',
  rps: 'successRps',
  throughput: 'successRps',
  successrps: 'successRps',
  totalrps: 'totalRps',
  errors: 'errorRate',
  errorrate: 'errorRate',
  'error-rate': 'errorRate',
  backpressurerate: 'backPressureRate',
  'back-pressure-rate': 'backPressureRate',
  ratelimitedrate: 'rateLimitedRate',
  'rate-limited-rate': 'rateLimitedRate',
  servercpuusperrequest: 'serverCpuUsPerRequest',
  'cpu-per-request': 'serverCpuUsPerRequest',
  cpuperrequest: 'serverCpuUsPerRequest',
};

const TIME_UNITS: Record<string, number> = { us: 1, µs: 1, μs: 1, ms: 1000, s: 1_000_000 };

const KNOWN_METRICS =
  'p50, p75, p90, p95, p99, p99.9, p99.99, max, mean, rps, totalRps, errorRate, backPressureRate, rateLimitedRate, serverCpuUsPerRequest';

/** True when parsing failed. */
export function isThresholdError(x: Threshold | ThresholdError): x is ThresholdError {
  return 'error' in x;
}

function kindOfMetric(metric: AbsoluteMetric): 'time' | 'rate' | 'fraction' {
  if (metric === 'successRps' || metric === 'totalRps') return 'rate';
  if (metric === 'errorRate' || metric === 'backPressureRate' || metric === 'rateLimitedRate')
    return 'fraction';
  return 'time';
}

function resolveMetric(name: string): AbsoluteMetric | undefined {
  return ABSOLUTE_ALIASES[name.toLowerCase()];
}

function toComparedMetric(metric: AbsoluteMetric): ComparedMetric | undefined {
  switch (metric) {
    case 'p50':
    case 'p99':
    case 'p999':
    case 'successRps':
    case 'errorRate':
    case 'serverCpuUsPerRequest':
      return metric;
    default:
      return undefined;
  }
}

/** Converts `50` + `ms` etc. to the metric's base unit, or explains why it cannot. */
function convertValue(
  text: string,
  metric: AbsoluteMetric,
  value: number,
  unitRaw: string,
): number | ThresholdError {
  const unit = unitRaw.trim();
  switch (kindOfMetric(metric)) {
    case 'time': {
      if (unit === '')
        return { error: `"${text}": add a time unit (us, ms or s), e.g. "${metric} < 50ms"` };
      const factor = TIME_UNITS[unit];
      if (factor === undefined)
        return { error: `"${text}": unknown time unit "${unit}"; use us, ms or s` };
      return value * factor;
    }
    case 'rate': {
      const m = /^([kM]?)(rps|req\/s|\/s)?$/.exec(unit);
      if (!m)
        return {
          error: `"${text}": unknown rate unit "${unit}"; write e.g. "rps > 2000", "rps > 1.5k" or "rps > 2000/s"`,
        };
      return value * (m[1] === 'k' ? 1000 : m[1] === 'M' ? 1_000_000 : 1);
    }
    case 'fraction': {
      if (unit !== '%')
        return {
          error: `"${text}": write the ${ABSOLUTE_LABELS[metric]} as a percentage, e.g. "${metric} < 0.1%"`,
        };
      if (value > 100)
        return { error: `"${text}": ${withArticle(ABSOLUTE_LABELS[metric])} cannot exceed 100%` };
      return value / 100;
    }
  }
}

const ABSOLUTE_RE =
  /^\s*(?:(warn|fail)\s*:\s*)?([A-Za-z][\w.-]*)\s*(<=|>=|<|>|≤|≥)\s*(\d+(?:\.\d+)?|\.\d+)\s*(\S*)\s*$/;
const RELATIVE_RE =
  /^\s*([A-Za-z][\w.-]*)\s+(?:(warn|fail)\s+)?([+\-−]?\d+(?:\.\d+)?\s*(?:%|pp))(?:\s+(warn|fail)\s+([+\-−]?\d+(?:\.\d+)?\s*(?:%|pp)))?\s*$/;

/**
 * Parses one threshold: a string (`p99 < 50ms`, `warn: p50 <= 800us`, `errorRate < 0.1%`,
 * `rps > 2000`, `successRps >= 1.5k`, `p99 +20%`, `p99 warn +10% fail +20%`) or the object form
 * `{ metric: 'p99', warn: '+10%', fail: '+20%' }`. Returns `{ error }` with a fix on failure.
 */
export function parseThreshold(
  input: string | RelativeThresholdInput | BenchmarkThresholdInput,
): Threshold | ThresholdError {
  if (isBenchmarkInput(input)) return parseBenchmarkThreshold(input);
  if (typeof input !== 'string') return parseRelativeObject(input);
  const text = input.trim();
  if (text === '') return { error: 'empty threshold; write e.g. "p99 < 50ms" or "p99 +20%"' };
  const abs = ABSOLUTE_RE.exec(text);
  if (abs) {
    const [, severity, name = '', opRaw = '', valueText = '', unit = ''] = abs;
    const metric = resolveMetric(name);
    if (!metric)
      return { error: `"${text}": unknown metric "${name}"; use one of ${KNOWN_METRICS}` };
    const limit = convertValue(text, metric, Number(valueText), unit);
    if (typeof limit !== 'number') return limit;
    const operator = (opRaw === '≤' ? '<=' : opRaw === '≥' ? '>=' : opRaw) as ThresholdOperator;
    return {
      kind: 'absolute',
      source: text,
      metric,
      operator,
      limit,
      severity: severity === 'warn' ? 'warn' : 'fail',
    };
  }
  const rel = RELATIVE_RE.exec(text);
  if (rel) {
    const [, name = '', firstKind, first = '', secondKind, second] = rel;
    if (secondKind !== undefined && (firstKind === undefined || firstKind === secondKind)) {
      return {
        error: `"${text}": write "warn" before one limit and "fail" before the other, e.g. "p99 warn +10% fail +20%"`,
      };
    }
    const limits: { warn?: string; fail?: string } = {};
    limits[firstKind === 'warn' ? 'warn' : 'fail'] = first;
    if (secondKind !== undefined && second !== undefined)
      limits[secondKind as 'warn' | 'fail'] = second;
    return parseRelativeObject({ metric: name, ...limits }, text);
  }
  return {
    error: `"${text}": not a threshold; write "<metric> <op> <value><unit>" (e.g. "p99 < 50ms", "errorRate < 0.1%", "rps > 2000") or "<metric> +<n>%" (e.g. "p99 +20%")`,
  };
}

/** Parses a signed change (`+10%`, `-5%`, `+0.5pp`) for `metric`, in its bad direction. */
function parseChange(
  text: string,
  metric: ComparedMetric,
  what: string,
  source: string,
): number | ThresholdError {
  const m = /^([+\-−]?)(\d+(?:\.\d+)?)\s*(%|pp)$/.exec(text.trim());
  if (!m)
    return {
      error: `"${source}": ${what} "${text}" is not a change; write e.g. "+10%" (or "+0.5pp" for the error rate)`,
    };
  const [, sign = '', digits = '', unit = ''] = m;
  const absolute = isComparedAbsolutely(metric);
  if (absolute && unit !== 'pp') {
    return {
      error: `"${source}": error-rate changes are in percentage points; write e.g. "+0.5pp"`,
    };
  }
  if (!absolute && unit !== '%') {
    return {
      error: `"${source}": ${metricLabel(metric)} changes are relative; write e.g. "${isHigherBetter(metric) ? '-5%' : '+10%'}"`,
    };
  }
  const magnitude = Number(digits) / 100;
  const badSign = isHigherBetter(metric) ? -1 : 1;
  const given = sign === '' ? badSign : sign === '+' ? 1 : -1;
  if (given !== badSign) {
    const fixed = `${badSign > 0 ? '+' : '-'}${digits}${unit}`;
    return {
      error: `"${source}": ${metricLabel(metric)} gets worse as it ${badSign > 0 ? 'rises' : 'falls'}; write ${what} "${fixed}"`,
    };
  }
  if (magnitude === 0)
    return {
      error: `"${source}": a ${what} limit of 0 would flag every run; use at least the noise level`,
    };
  return badSign * magnitude;
}

function parseRelativeObject(
  input: RelativeThresholdInput,
  sourceText?: string,
): Threshold | ThresholdError {
  const source =
    sourceText ??
    [
      input.metric,
      input.warn !== undefined ? `warn ${input.warn}` : '',
      input.fail !== undefined ? `fail ${input.fail}` : '',
    ]
      .filter(Boolean)
      .join(' ');
  const resolved = resolveMetric(String(input.metric ?? ''));
  const metric = resolved ? toComparedMetric(resolved) : undefined;
  if (!metric) {
    return {
      error: `"${source}": relative thresholds apply to p50, p99, p99.9, rps, errorRate or serverCpuUsPerRequest, not "${input.metric}"`,
    };
  }
  if (input.warn === undefined && input.fail === undefined) {
    return {
      error: `"${source}": give a warn or a fail limit, e.g. { metric: ${metric}, warn: '+10%', fail: '+20%' }`,
    };
  }
  const out: RelativeThreshold = { kind: 'relative', source, metric };
  if (input.warn !== undefined) {
    const w = parseChange(input.warn, metric, 'warn', source);
    if (typeof w !== 'number') return w;
    out.warn = w;
  }
  if (input.fail !== undefined) {
    const f = parseChange(input.fail, metric, 'fail', source);
    if (typeof f !== 'number') return f;
    out.fail = f;
  }
  if (out.warn !== undefined && out.fail !== undefined && Math.abs(out.warn) > Math.abs(out.fail)) {
    return { error: `"${source}": the warn limit must not be beyond the fail limit` };
  }
  if (input.scenario !== undefined) out.scenario = input.scenario;
  return out;
}

/** Parses many thresholds and reports every problem at once. */
export function parseThresholds(
  inputs: readonly (string | RelativeThresholdInput | BenchmarkThresholdInput)[],
): {
  thresholds: Threshold[];
  errors: string[];
} {
  const thresholds: Threshold[] = [];
  const errors: string[] = [];
  for (const input of inputs) {
    const t = parseThreshold(input);
    if (isThresholdError(t)) errors.push(t.error);
    else thresholds.push(t);
  }
  return { thresholds, errors };
}

/** A metric's value at a level, or why there is none. */
function readAbsolute(level: LevelReport, metric: AbsoluteMetric): number | string {
  switch (metric) {
    case 'successRps':
      return level.throughput.successRps;
    case 'totalRps':
      return level.throughput.totalRps;
    case 'errorRate':
      return level.errorRate;
    // Absent in version 1 reports, where 503 and 429 were failures: none was counted apart.
    case 'backPressureRate':
      return level.backPressureRate ?? 0;
    case 'rateLimitedRate':
      return level.rateLimitedRate ?? 0;
    case 'serverCpuUsPerRequest':
      return level.server?.cpuUsPerRequest ?? 'the target was not sampled at this level';
    default:
      return level.latencyUs.count > 0
        ? level.latencyUs[metric]
        : 'no successful responses at this level, so no latency';
  }
}

function formatAbsolute(metric: AbsoluteMetric, value: number): string {
  switch (kindOfMetric(metric)) {
    case 'time':
      return metric === 'serverCpuUsPerRequest' ? formatCpuUsPerRequest(value) : formatUs(value);
    case 'rate':
      return `${formatRps(value)} req/s`;
    case 'fraction':
      return formatRatioPercent(value);
  }
}

/** Display names of absolute metrics. */
const ABSOLUTE_LABELS: Record<AbsoluteMetric, string> = {
  p50: 'p50',
  p75: 'p75',
  p90: 'p90',
  p95: 'p95',
  p99: 'p99',
  p999: 'p99.9',
  p9999: 'p99.99',
  max: 'max',
  mean: 'mean',
  successRps: 'throughput',
  totalRps: 'total throughput',
  errorRate: 'error rate',
  backPressureRate: 'back-pressure rate (503)',
  rateLimitedRate: 'rate-limited rate (429)',
  serverCpuUsPerRequest: 'server CPU/request',
};

function withArticle(label: string): string {
  return /^[aeiou]/i.test(label) ? `an ${label}` : `a ${label}`;
}

function holds(value: number, op: ThresholdOperator, limit: number): boolean {
  switch (op) {
    case '<':
      return value < limit;
    case '<=':
      return value <= limit;
    case '>':
      return value > limit;
    case '>=':
      return value >= limit;
  }
}

/**
 * Evaluates every threshold at every level of `report` (the candidate). Relative thresholds read
 * `comparison`; without one (or without the level in it) they are `no-baseline`.
 */
export function evaluateThresholds(
  thresholds: readonly Threshold[],
  report: RunReport,
  comparison?: Comparison,
): ThresholdResult[] {
  const results: ThresholdResult[] = [];
  for (const t of thresholds) {
    // Benchmark limits read command benchmarks (`evaluateBenchmarkThresholds`), not levels.
    if (t.kind === 'benchmark') continue;
    for (const level of report.levels) {
      if (t.scenario !== undefined && t.scenario !== level.scenario) continue;
      const head = {
        threshold: t.source,
        kind: t.kind,
        metric: t.metric,
        scenario: level.scenario,
        model: level.model,
        level: level.level,
      };
      if (level.generator.generatorBound) {
        results.push({
          ...head,
          status: 'invalid',
          observed: null,
          limit: null,
          message: 'the load generator saturated at this level; not judged',
        });
        continue;
      }
      results.push({
        ...head,
        ...(t.kind === 'absolute' ? judgeAbsolute(t, level) : judgeRelative(t, level, comparison)),
      });
    }
  }
  return results;
}

type Judgement = Pick<ThresholdResult, 'status' | 'observed' | 'limit' | 'message'>;

function judgeAbsolute(t: AbsoluteThreshold, level: LevelReport): Judgement {
  if (level.counts.total === 0) {
    return {
      status: 'invalid',
      observed: null,
      limit: t.limit,
      message: 'no requests completed at this level; not judged',
    };
  }
  const value = readAbsolute(level, t.metric);
  if (typeof value === 'string')
    return { status: 'invalid', observed: null, limit: t.limit, message: value };
  const name = ABSOLUTE_LABELS[t.metric];
  const shown = `${name} ${formatAbsolute(t.metric, value)}`;
  const limitText = `${t.operator} ${formatAbsolute(t.metric, t.limit)}`;
  if (holds(value, t.operator, t.limit)) {
    return {
      status: 'pass',
      observed: value,
      limit: t.limit,
      message: `${shown}, within ${limitText}`,
    };
  }
  return {
    status: t.severity,
    observed: value,
    limit: t.limit,
    message: `${shown}, breaks ${limitText}`,
  };
}

function findMetric(
  comparison: Comparison | undefined,
  level: LevelReport,
  metric: ComparedMetric,
): MetricComparison | undefined {
  return comparison?.metrics.find(
    (m) =>
      m.metric === metric &&
      m.scenario === level.scenario &&
      m.model === level.model &&
      m.level === level.level,
  );
}

/**
 * Fail only when the whole interval is beyond the fail limit; a point estimate beyond a limit
 * with an interval that reaches back inside it is a warning, not a failure.
 */
function judgeRelative(
  t: RelativeThreshold,
  level: LevelReport,
  comparison?: Comparison,
): Judgement {
  const m = findMetric(comparison, level, t.metric);
  const limit = t.warn ?? t.fail ?? null;
  if (!m) {
    return {
      status: 'no-baseline',
      observed: null,
      limit,
      message: 'no baseline for this level; not judged',
    };
  }
  if (m.verdict === 'invalid')
    return { status: 'invalid', observed: null, limit, message: m.reason };
  const badSign = isHigherBetter(t.metric) ? -1 : 1;
  const badness = (x: number) => badSign * x;
  const least = m.ci ? Math.min(badness(m.ci.low), badness(m.ci.high)) : undefined;
  const label = metricLabel(t.metric);
  const shown = `${label} ${formatChange(m.change, m.changeKind)}${m.ci ? ` (interval ${formatInterval(m.ci, m.changeKind)})` : ''}`;
  const lim = (x: number) => formatLimit(x, m.changeKind);
  if (t.fail !== undefined && least !== undefined && least > badness(t.fail)) {
    return {
      status: 'fail',
      observed: m.change,
      limit: t.fail,
      message: `${shown} is entirely beyond the ${lim(t.fail)} fail limit`,
    };
  }
  if (t.fail !== undefined && badness(m.change) > badness(t.fail)) {
    return {
      status: 'warn',
      observed: m.change,
      limit: t.fail,
      message: `${shown} is beyond the ${lim(t.fail)} fail limit, but the interval is not entirely beyond it; warning only`,
    };
  }
  if (t.warn !== undefined && badness(m.change) > badness(t.warn)) {
    return {
      status: 'warn',
      observed: m.change,
      limit: t.warn,
      message: `${shown} is beyond the ${lim(t.warn)} warn limit`,
    };
  }
  return {
    status: 'pass',
    observed: m.change,
    limit,
    message: `${shown}, within ${lim(limit ?? 0)}`,
  };
}

/** A benchmark name pattern (`*`: any characters) as an anchored regular expression. */
function patternRegex(pattern: string): RegExp {
  const parts = pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*')}$`);
}

/**
 * Evaluates every benchmark threshold on the command benchmarks it names: each matching
 * benchmark's estimate (in an A/B, the candidate's) against the limit, in the limit's unit. A
 * benchmark in another unit is `invalid` (never converted), and a pattern that matches nothing
 * gives one `invalid` result, so a misspelt name is seen instead of passing in silence.
 */
export function evaluateBenchmarkThresholds(
  thresholds: readonly Threshold[],
  benchmarks: readonly CommandBenchmarkReport[],
): BenchmarkThresholdResult[] {
  const results: BenchmarkThresholdResult[] = [];
  for (const t of thresholds) {
    if (t.kind !== 'benchmark') continue;
    const re = patternRegex(t.pattern);
    const matched = benchmarks.filter(
      (b) => (t.scenario === undefined || b.scenario === t.scenario) && re.test(b.name),
    );
    if (matched.length === 0) {
      const known = benchmarks.map((b) => b.name).slice(0, 10);
      results.push({
        threshold: t.source,
        scenario: t.scenario ?? '',
        benchmark: t.pattern,
        unit: t.unit,
        status: 'invalid',
        observed: null,
        limit: t.limit,
        message: `no benchmark${t.scenario !== undefined ? ` of scenario ${t.scenario}` : ''} matches "${t.pattern}"${known.length > 0 ? ` (the run has ${known.join(', ')}${benchmarks.length > known.length ? ', …' : ''})` : ''}; not judged`,
      });
      continue;
    }
    for (const b of matched) {
      const head = {
        threshold: t.source,
        scenario: b.scenario,
        benchmark: b.name,
        unit: t.unit,
        limit: t.limit,
      };
      if (b.unit !== t.unit) {
        results.push({
          ...head,
          status: 'invalid',
          observed: null,
          message: `${b.name} is in ${b.unit}, the limit in ${t.unit}; not judged (write the limit in ${b.unit})`,
        });
        continue;
      }
      const shown = `${b.name} ${formatBenchmarkValue(b.estimate)} ${b.unit} (${b.statistic})`;
      const limitText = `${t.operator} ${formatBenchmarkValue(t.limit)} ${t.unit}`;
      const ok = holds(b.estimate, t.operator, t.limit);
      results.push({
        ...head,
        status: ok ? 'pass' : t.severity,
        observed: b.estimate,
        message: ok ? `${shown}, within ${limitText}` : `${shown}, breaks ${limitText}`,
      });
    }
  }
  return results;
}

function formatBenchmarkValue(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}

/** True when any threshold failed (`warn`, `no-baseline` and `invalid` never fail a run). */
export function hasThresholdFailure(results: readonly ThresholdResult[]): boolean {
  return results.some((r) => r.status === 'fail');
}

/**
 * The report with its thresholds evaluated and attached (`thresholds` is left out when the plan
 * sets none), against the comparison when there is one.
 */
export function attachThresholds(
  plan: { thresholds?: readonly Threshold[] },
  report: RunReport,
  comparison?: Comparison,
): RunReport {
  const thresholds = evaluateThresholds(plan.thresholds ?? [], report, comparison);
  return thresholds.length > 0 ? { ...report, thresholds } : report;
}
