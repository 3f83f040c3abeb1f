/**
 * The VM-size comparison: the run reports of one product on different VM sizes (one matrix leg
 * each) brought together. For each scenario and size it finds the highest throughput that meets
 * the SLO, divides it by the vCPUs and by the smallest size's per-vCPU figure (scaling
 * efficiency), prices it (cost per million requests = hourly price / (req/s × 3600) × 10⁶) and
 * ends in one sentence saying which size serves the scenario at the lowest cost.
 *
 * Levels whose load generator saturated are never trusted (they describe the generator, not the
 * size), and every gap (no level meets the SLO, no price, unknown vCPUs, a scenario not run on a
 * size) is said in words instead of leaving a blank a reader might take for zero. Defined with
 * zod like `model.ts`: one definition gives the types and `schemas/aggregate.schema.json`.
 */
import { z } from 'zod';
import { describeVmSize } from '../azure/vm-sizes.js';
import { inputError } from '../errors.js';
import {
  MissingVmPriceSchema,
  VmPriceSchema,
  type MissingVmPrice,
  type VmPlacement,
  type VmPrice,
} from '../pricing/vm-price.js';
import { levelLabel } from '../stats/metric-format.js';
import { judgeLevelAgainstSlo, type Slo } from '../stats/slo.js';
import type { LevelReport, RunReport } from './model.js';
import { formatCostPerMillion, formatRatioPercent, formatRps, formatUs } from './units.js';

/** Version of the aggregate format written by this code; bump on any change a reader would misread. */
export const AGGREGATE_SCHEMA_VERSION = 1;

/** How one level fares against the SLO. */
export const LevelSloStatusSchema = z
  .enum(['meets', 'breaks', 'generator-bound', 'no-data'])
  .describe('generator-bound and no-data levels are not judged: their numbers are not trusted');

/** One level of one size, judged against the SLO. */
export const AggregateLevelSchema = z.object({
  level: z.number().positive().describe('Connections (closed) or offered req/s (open)'),
  model: z.enum(['closed', 'open']).describe('Load model'),
  throughputRps: z.number().nonnegative().describe('Successful responses per second'),
  p50Us: z.number().nonnegative().describe('Median latency of successes, µs'),
  p99Us: z.number().nonnegative().describe('99th percentile latency of successes, µs'),
  errorRate: z.number().min(0).max(1).describe('Failures / total'),
  status: LevelSloStatusSchema,
  reason: z.string().describe('The judgement in words'),
});
/** One level of one size, judged against the SLO. */
export type AggregateLevel = z.infer<typeof AggregateLevelSchema>;

/** What stopped the search for more throughput above the chosen level. */
export const ThroughputLimitSchema = z
  .enum(['slo', 'saturation', 'highest-level', 'generator'])
  .describe(
    'slo: the next level broke the SLO; saturation: higher levels met it with less throughput; highest-level: nothing higher was tested; generator: higher levels were generator-bound',
  );
/** What stopped the search for more throughput above the chosen level. */
export type ThroughputLimit = z.infer<typeof ThroughputLimitSchema>;

/** One scenario on one size. */
export const SizeResultSchema = z.object({
  vmSize: z.string().describe('ARM size name'),
  region: z.string().describe('ARM region name'),
  label: z.string().describe('How renderings name the size (with the region when regions differ)'),
  vCpus: z.number().int().positive().nullable().describe('vCPUs of the size; null if unknown'),
  status: z
    .enum(['meets-slo', 'no-level-meets-slo', 'not-run'])
    .describe('Whether some trusted level met the SLO, none did, or the scenario was not run'),
  best: AggregateLevelSchema.nullable().describe(
    'The level with the highest throughput among those meeting the SLO; null if none',
  ),
  limit: ThroughputLimitSchema.nullable().describe('Why `best` is the highest; null without best'),
  throughputPerVcpuRps: z
    .number()
    .nonnegative()
    .nullable()
    .describe('Best throughput / vCPUs, req/s; null without best or vCPUs'),
  scalingEfficiency: z
    .number()
    .nonnegative()
    .nullable()
    .describe('Per-vCPU throughput relative to the scaling baseline (1 = same per vCPU)'),
  hourlyPrice: z.number().positive().nullable().describe('Price of one hour; null if none'),
  currency: z.string().nullable().describe('Currency of the price and cost'),
  costPerMillionRequests: z
    .number()
    .nonnegative()
    .nullable()
    .describe('hourlyPrice / (best throughput × 3600) × 1,000,000; null without both'),
  levels: z.array(AggregateLevelSchema).describe('Every level of the scenario on this size'),
  summary: z.string().describe('The result in words'),
});
/** One scenario on one size. */
export type SizeResult = z.infer<typeof SizeResultSchema>;

/** The one-sentence answer for a scenario. */
export const RecommendationSchema = z.object({
  basis: z
    .enum(['lowest-cost', 'highest-throughput', 'none'])
    .describe('lowest-cost when priced sizes meet the SLO; highest-throughput without prices'),
  vmSize: z.string().nullable().describe('The recommended size; null when none meets the SLO'),
  region: z.string().nullable().describe('Its region'),
  sentence: z.string().describe('The recommendation in one sentence'),
});
/** The one-sentence answer for a scenario. */
export type Recommendation = z.infer<typeof RecommendationSchema>;

/** One scenario across sizes. */
export const ScenarioComparisonSchema = z.object({
  scenario: z.string().describe('Scenario name'),
  sizes: z.array(SizeResultSchema).describe('One entry per size, fewest vCPUs first'),
  scalingBaseline: z
    .object({
      vmSize: z.string(),
      region: z.string(),
      vCpus: z.number().int().positive(),
    })
    .nullable()
    .describe('The smallest size with a result, which scaling efficiency is relative to'),
  recommendation: RecommendationSchema,
  notes: z.array(z.string()).describe('Remarks on this scenario, in words'),
});
/** One scenario across sizes. */
export type ScenarioComparison = z.infer<typeof ScenarioComparisonSchema>;

/** One size that took part, with the run it comes from and its price. */
export const ComparedSizeSchema = z.object({
  vmSize: z.string().describe('ARM size name'),
  region: z.string().describe('ARM region name'),
  label: z.string().describe('How renderings name the size'),
  vCpus: z.number().int().positive().nullable().describe('vCPUs; null if unknown'),
  vCpusSource: z
    .enum(['vm-size-table', 'given', 'unknown'])
    .describe('vm-size-table: src/core/azure/vm-sizes.ts; given: passed by the caller'),
  run: z.object({
    id: z.string().describe('Run id of the report'),
    name: z.string().describe('Config name'),
    startedAt: z.string().describe('Start of the run, ISO 8601 UTC'),
    outcome: z.enum(['ok', 'target-failure', 'interrupted']).describe('How the run ended'),
    partial: z.boolean().describe('True when the run was interrupted'),
    gitSha: z.string().optional().describe('Commit of the config repository'),
    image: z.string().optional().describe('Product image'),
    imageDigest: z.string().optional().describe('Resolved image digest'),
    source: z.string().optional().describe('Where the report was read from (file or blob path)'),
  }),
  price: VmPriceSchema.nullable().describe('The hourly price used; null if none'),
  priceMissing: z.string().optional().describe('Why there is no price'),
});
/** One size that took part. */
export type ComparedSize = z.infer<typeof ComparedSizeSchema>;

/** The whole comparison (`aggregate.json`). */
export const AggregateReportSchema = z
  .object({
    schemaVersion: z.literal(AGGREGATE_SCHEMA_VERSION),
    product: z.string().describe('Product (or config name) every report is of'),
    createdAt: z.string().describe('When the comparison was made, ISO 8601 UTC'),
    slo: z.object({
      sources: z.array(z.string()).describe('Each limit as written'),
      label: z.string().describe('The SLO in words, e.g. "p99 < 50 ms (error rate < 0.1%)"'),
      limits: z
        .array(
          z.object({
            metric: z.string().describe('p50 … p9999, max, mean or errorRate'),
            operator: z.enum(['<', '<=']),
            limit: z.number().nonnegative().describe('µs for latency, a fraction for errorRate'),
          }),
        )
        .describe('Each limit as parsed, latency first'),
      defaultErrorRate: z.boolean().describe('True when the error-rate limit is the default'),
    }),
    currency: z.string().nullable().describe('Currency of every cost; null without prices'),
    sizes: z.array(ComparedSizeSchema).describe('Sizes compared, fewest vCPUs first'),
    scenarios: z.array(ScenarioComparisonSchema),
    missingPrices: z.array(MissingVmPriceSchema).describe('Sizes without a price, and why'),
    notes: z.array(z.string()).describe('Reports left out and other remarks, in words'),
  })
  .describe('bench-action VM-size comparison (aggregate.json)');
/** The whole comparison. */
export type AggregateReport = z.infer<typeof AggregateReportSchema>;

/** A report and where it was read from. */
export interface SourcedRunReport {
  /** The run report. */
  report: RunReport;
  /** File or blob path, named in notes and recorded with the size. */
  source?: string;
}

/** What `buildAggregateReport` compares. */
export interface AggregateInput {
  /** Run reports of one product, one per VM size (and region); a source path may come along. */
  reports: readonly (RunReport | SourcedRunReport)[];
  /** The SLO a level must meet (`parseSlo`). */
  slo: Slo;
  /** Prices found, e.g. `lookupVmPrices(...).prices`. */
  prices?: readonly VmPrice[];
  /** Sizes without a price and why, e.g. `lookupVmPrices(...).missingPrices`. */
  missingPrices?: readonly MissingVmPrice[];
  /** vCPUs of sizes missing from `src/core/azure/vm-sizes.ts`, by size name. */
  vCpus?: Readonly<Record<string, number>>;
  /** When the comparison is made (default: now). */
  createdAt?: Date;
}

const SECONDS_PER_HOUR = 3600;
const REQUESTS_PER_MILLION = 1_000_000;

/** Cost of a million requests at `throughputRps` on a VM costing `hourlyPrice` an hour. */
export function costPerMillionRequests(hourlyPrice: number, throughputRps: number): number | null {
  if (!(throughputRps > 0) || !(hourlyPrice > 0)) return null;
  return (hourlyPrice / (throughputRps * SECONDS_PER_HOUR)) * REQUESTS_PER_MILLION;
}

/** The sizes and regions of `reports`, once each, for asking prices (`lookupVmPrices`). */
export function vmPlacementsOf(reports: readonly (RunReport | SourcedRunReport)[]): VmPlacement[] {
  const seen = new Map<string, VmPlacement>();
  for (const r of reports.map(toSourced)) {
    const { vmSize, region } = r.report.environment;
    if (vmSize === undefined || region === undefined) continue;
    seen.set(placementKey(vmSize, region), { vmSize, region });
  }
  return [...seen.values()];
}

function toSourced(r: RunReport | SourcedRunReport): SourcedRunReport {
  return 'schemaVersion' in r ? { report: r } : r;
}

function placementKey(vmSize: string, region: string): string {
  return `${vmSize}\u0000${region}`;
}

function productOf(report: RunReport): string {
  return report.target.product ?? report.name;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A size with everything the scenarios need. */
interface SizeRun {
  size: ComparedSize;
  report: RunReport;
  /** The price in the comparison's currency, if any. */
  price: VmPrice | null;
}

function toLevel(level: LevelReport, judged: { status: AggregateLevel['status']; reason: string }) {
  return {
    level: level.level,
    model: level.model,
    throughputRps: level.throughput.successRps,
    p50Us: level.latencyUs.p50,
    p99Us: level.latencyUs.p99,
    errorRate: level.errorRate,
    status: judged.status,
    reason: judged.reason,
  } satisfies AggregateLevel;
}

function shortLevel(l: Pick<AggregateLevel, 'model' | 'level'>): string {
  return levelLabel(l.model, l.level);
}

/** The highest throughput meeting the SLO and what stopped the search above it. */
function findBest(levels: readonly AggregateLevel[]): {
  best: AggregateLevel | null;
  limit: ThroughputLimit | null;
  above: AggregateLevel | undefined;
} {
  let best: AggregateLevel | null = null;
  for (const l of levels) {
    if (l.status !== 'meets') continue;
    if (best === null || l.throughputRps > best.throughputRps) best = l;
  }
  if (best === null) return { best, limit: null, above: undefined };
  const higher = levels
    .filter((l) => l.model === best.model && l.level > best.level)
    .sort((a, b) => a.level - b.level);
  const judged = higher.find((l) => l.status !== 'generator-bound');
  if (judged) {
    return { best, limit: judged.status === 'meets' ? 'saturation' : 'slo', above: judged };
  }
  if (higher.length > 0) return { best, limit: 'generator', above: higher[0] };
  return { best, limit: 'highest-level', above: undefined };
}

function describeLevelFigures(l: AggregateLevel): string {
  return `p99 ${formatUs(l.p99Us)}, errors ${formatRatioPercent(l.errorRate)}`;
}

function sizeSummary(
  status: SizeResult['status'],
  best: AggregateLevel | null,
  limit: ThroughputLimit | null,
  above: AggregateLevel | undefined,
  levels: readonly AggregateLevel[],
): string {
  if (status === 'not-run') return 'This scenario was not run on this size.';
  const bound = levels.filter((l) => l.status === 'generator-bound');
  if (best === null) {
    const judged = levels.filter((l) => l.status === 'breaks');
    if (judged.length === 0) {
      return bound.length > 0
        ? `No level was judged: ${plural(bound.length, 'level was', 'levels were')} generator-bound and the rest had no data; add load agents and run again.`
        : 'No level had data to judge.';
    }
    const lowest = [...judged].sort((a, b) => a.level - b.level)[0]!;
    const tail =
      bound.length > 0
        ? `; ${plural(bound.length, 'generator-bound level was', 'generator-bound levels were')} not trusted`
        : '';
    return `No level met the SLO: even ${shortLevel(lowest)} broke it (${lowest.reason})${tail}.`;
  }
  const head = `${formatRps(best.throughputRps)} req/s at ${shortLevel(best)} (${describeLevelFigures(best)})`;
  switch (limit) {
    case 'slo':
      return `${head}; ${shortLevel(above!)} ${above!.status === 'no-data' ? 'had no data' : `broke the SLO (${above!.reason})`}.`;
    case 'saturation':
      return `${head}; higher levels met the SLO with no more throughput, so the size is saturated.`;
    case 'generator':
      return `${head}; ${shortLevel(above!)} and above were generator-bound and not trusted, so the size may serve more.`;
    case 'highest-level':
    default:
      return `${head}; this is the highest level tested, so the size may serve more.`;
  }
}

/** Picks one report per size and region, sets vCPUs and prices; notes what was left out. */
function collectSizes(
  input: AggregateInput,
  notes: string[],
): { runs: SizeRun[]; currency: string | null; missing: MissingVmPrice[] } {
  const sourced = input.reports.map(toSourced);
  const byPlacement = new Map<string, SourcedRunReport[]>();
  for (const r of sourced) {
    const { vmSize, region } = r.report.environment;
    const name = r.source ?? `run ${r.report.id}`;
    if (vmSize === undefined || region === undefined) {
      notes.push(
        `${name} was left out: it names no VM size and region (a local run), so it cannot be compared by size.`,
      );
      continue;
    }
    const key = placementKey(vmSize, region);
    byPlacement.set(key, [...(byPlacement.get(key) ?? []), r]);
  }
  if (byPlacement.size === 0) {
    throw inputError(
      'AGGREGATE_NO_SIZES',
      'None of the reports names a VM size and region, so there is nothing to compare by size.',
    );
  }
  const regions = new Set([...byPlacement.values()].map((l) => l[0]!.report.environment.region));
  const currencies = new Map<string, number>();
  for (const p of input.prices ?? [])
    currencies.set(p.currency, (currencies.get(p.currency) ?? 0) + 1);
  // One currency per comparison: the most common one; prices in another are not comparable.
  const currency =
    [...currencies].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  const missing: MissingVmPrice[] = [];
  const runs: SizeRun[] = [];
  for (const list of byPlacement.values()) {
    const ordered = [...list].sort(
      (a, b) => Date.parse(b.report.startedAt) - Date.parse(a.report.startedAt),
    );
    const chosen = ordered[0]!;
    const { report } = chosen;
    const vmSize = report.environment.vmSize!;
    const region = report.environment.region!;
    if (ordered.length > 1) {
      notes.push(
        `${vmSize} in ${region} has ${ordered.length} reports; the latest (${chosen.source ?? `run ${report.id}`}, started ${report.startedAt}) is used.`,
      );
    }
    const given = input.vCpus?.[vmSize];
    const table = describeVmSize(vmSize).vCpus;
    const vCpus = given ?? table ?? null;
    const vCpusSource =
      given !== undefined ? 'given' : table !== undefined ? 'vm-size-table' : 'unknown';
    if (vCpus === null) {
      notes.push(
        `${vmSize}: vCPU count unknown (not in src/core/azure/vm-sizes.ts), so its per-vCPU throughput and scaling are left out.`,
      );
    }
    const found = (input.prices ?? []).find((p) => p.vmSize === vmSize && p.region === region);
    let price: VmPrice | null = null;
    let priceMissing: string | undefined;
    if (found && found.currency === currency) {
      price = found;
    } else if (found) {
      priceMissing = `its price is in ${found.currency}, the others in ${currency}; costs in different currencies are not compared`;
    } else {
      priceMissing =
        input.missingPrices?.find((m) => m.vmSize === vmSize && m.region === region)?.reason ??
        'no price was given for it';
    }
    if (priceMissing !== undefined) missing.push({ vmSize, region, reason: priceMissing });
    if (report.outcome !== 'ok' || report.partial) {
      notes.push(
        `${vmSize} in ${region}: the run ${report.outcome === 'ok' ? 'was partial' : `ended with ${report.outcome}`}; only the levels it measured are compared.`,
      );
    }
    const size: ComparedSize = {
      vmSize,
      region,
      label: regions.size > 1 ? `${vmSize} in ${region}` : vmSize,
      vCpus,
      vCpusSource,
      run: {
        id: report.id,
        name: report.name,
        startedAt: report.startedAt,
        outcome: report.outcome,
        partial: report.partial,
        ...(report.environment.gitSha !== undefined && { gitSha: report.environment.gitSha }),
        ...(report.target.image !== undefined && { image: report.target.image }),
        ...(report.target.imageDigest !== undefined && {
          imageDigest: report.target.imageDigest,
        }),
        ...(chosen.source !== undefined && { source: chosen.source }),
      },
      price,
      ...(priceMissing !== undefined && { priceMissing }),
    };
    runs.push({ size, report, price });
  }
  runs.sort(
    (a, b) =>
      (a.size.vCpus ?? Number.POSITIVE_INFINITY) - (b.size.vCpus ?? Number.POSITIVE_INFINITY) ||
      a.size.vmSize.localeCompare(b.size.vmSize) ||
      a.size.region.localeCompare(b.size.region),
  );
  return { runs, currency: runs.some((r) => r.price) ? currency : null, missing };
}

function scenarioSize(run: SizeRun, scenario: string, slo: Slo): SizeResult {
  const levelReports = run.report.levels.filter((l) => l.scenario === scenario);
  const levels = levelReports.map((l) => toLevel(l, judgeLevelAgainstSlo(run.report, l, slo)));
  const status: SizeResult['status'] =
    levelReports.length === 0
      ? 'not-run'
      : levels.some((l) => l.status === 'meets')
        ? 'meets-slo'
        : 'no-level-meets-slo';
  const { best, limit, above } = findBest(levels);
  const vCpus = run.size.vCpus;
  const hourlyPrice = run.price?.hourlyPrice ?? null;
  return {
    vmSize: run.size.vmSize,
    region: run.size.region,
    label: run.size.label,
    vCpus,
    status,
    best,
    limit,
    throughputPerVcpuRps: best && vCpus !== null ? best.throughputRps / vCpus : null,
    scalingEfficiency: null,
    hourlyPrice,
    currency: run.price?.currency ?? null,
    costPerMillionRequests:
      best && hourlyPrice !== null ? costPerMillionRequests(hourlyPrice, best.throughputRps) : null,
    levels,
    summary: sizeSummary(status, best, limit, above, levels),
  };
}

function recommend(scenario: string, sizes: readonly SizeResult[], slo: Slo): Recommendation {
  const meeting = sizes.filter((s) => s.best !== null);
  const under = `under ${slo.label}`;
  if (meeting.length === 0) {
    const ran = sizes.filter((s) => s.status !== 'not-run');
    const levels = ran.flatMap((s) => s.levels);
    const bound = levels.filter((l) => l.status === 'generator-bound').length;
    const broke = levels.filter((l) => l.status === 'breaks').length;
    const why =
      broke === 0
        ? 'no level could be judged (generator-bound or without data); add load agents and run again'
        : bound > 0
          ? `every judged level broke the SLO, and ${plural(bound, 'generator-bound level was', 'generator-bound levels were')} not trusted`
          : 'every level tested broke the SLO';
    const subject = ran.length === 1 ? ran[0]!.label : 'No VM size';
    return {
      basis: 'none',
      vmSize: null,
      region: null,
      sentence:
        ran.length === 1
          ? `${subject}, the only size compared, does not serve ${scenario} ${under}: ${why}.`
          : `${subject} serves ${scenario} ${under}: ${why}.`,
    };
  }
  const only = sizes.length === 1;
  const priced = meeting.filter((s) => s.costPerMillionRequests !== null);
  const mayServeMore = (s: SizeResult) =>
    s.limit === 'highest-level' || s.limit === 'generator'
      ? '; it met the SLO at the highest load trusted, so it may serve more'
      : '';
  if (priced.length > 0) {
    const best = [...priced].sort(
      (a, b) =>
        a.costPerMillionRequests! - b.costPerMillionRequests! ||
        b.best!.throughputRps - a.best!.throughputRps ||
        a.label.localeCompare(b.label),
    )[0]!;
    const cost = `${formatCostPerMillion(best.costPerMillionRequests!)} ${best.currency} per million requests`;
    const unpriced = meeting.filter((s) => s.costPerMillionRequests === null).map((s) => s.label);
    const tail =
      unpriced.length > 0
        ? `; ${listWords(unpriced)} also ${unpriced.length === 1 ? 'meets' : 'meet'} the SLO but ${unpriced.length === 1 ? 'has' : 'have'} no price, so ${unpriced.length === 1 ? 'it is' : 'they are'} not ranked`
        : '';
    const sentence = only
      ? `${best.label} is the only size compared: it serves ${scenario} at ${cost} ${under}${mayServeMore(best)}.`
      : priced.length === 1 && meeting.length === 1
        ? `${best.label} is the only size that serves ${scenario} ${under}, at ${cost}${mayServeMore(best)}.`
        : `${best.label} serves ${scenario} at the lowest cost, ${cost} ${under}${mayServeMore(best)}${tail}.`;
    return { basis: 'lowest-cost', vmSize: best.vmSize, region: best.region, sentence };
  }
  const top = [...meeting].sort(
    (a, b) => b.best!.throughputRps - a.best!.throughputRps || a.label.localeCompare(b.label),
  )[0]!;
  const rps = `${formatRps(top.best!.throughputRps)} req/s`;
  const sentence = only
    ? `${top.label} is the only size compared: it serves ${scenario} at ${rps} ${under}${mayServeMore(top)}; without a price the cost per million requests is unknown.`
    : `${top.label} serves ${scenario} with the most throughput, ${rps} ${under}${mayServeMore(top)}; no size that meets the SLO has a price, so the cost per million requests is unknown.`;
  return { basis: 'highest-throughput', vmSize: top.vmSize, region: top.region, sentence };
}

function compareScenario(scenario: string, runs: readonly SizeRun[], slo: Slo): ScenarioComparison {
  const sizes = runs.map((r) => scenarioSize(r, scenario, slo));
  const notes: string[] = [];
  const withResult = sizes.filter((s) => s.throughputPerVcpuRps !== null);
  const baseline = withResult[0];
  if (baseline) {
    for (const s of sizes) {
      if (s.throughputPerVcpuRps !== null)
        s.scalingEfficiency =
          baseline.throughputPerVcpuRps! > 0
            ? s.throughputPerVcpuRps / baseline.throughputPerVcpuRps!
            : null;
    }
    const smaller = sizes.filter(
      (s) => s.vCpus !== null && s.vCpus < baseline.vCpus! && s.status !== 'not-run',
    );
    if (smaller.length > 0) {
      notes.push(
        `Scaling efficiency is relative to ${baseline.label}, the smallest size that met the SLO; ${listWords(smaller.map((s) => s.label))} did not.`,
      );
    }
  }
  const notRun = sizes.filter((s) => s.status === 'not-run').map((s) => s.label);
  if (notRun.length > 0) notes.push(`Not run on ${listWords(notRun)}.`);
  const bound = sizes.flatMap((s) =>
    s.levels
      .filter((l) => l.status === 'generator-bound')
      .map((l) => `${s.label} at ${shortLevel(l)}`),
  );
  if (bound.length > 0) {
    notes.push(
      `Generator-bound, so not trusted: ${listWords(bound)}. The load generator, not the size, set those numbers; add load agents to measure them.`,
    );
  }
  return {
    scenario,
    sizes,
    scalingBaseline: baseline
      ? { vmSize: baseline.vmSize, region: baseline.region, vCpus: baseline.vCpus! }
      : null,
    recommendation: recommend(scenario, sizes, slo),
    notes,
  };
}

/**
 * Compares the reports of one product across VM sizes under `slo`. Throws an input error when
 * the reports are of different products (`AGGREGATE_MIXED_PRODUCTS`), or when none names a VM
 * size (`AGGREGATE_NO_SIZES`); everything else that is missing is said in the notes.
 */
export function buildAggregateReport(input: AggregateInput): AggregateReport {
  if (input.reports.length === 0) {
    throw inputError('AGGREGATE_NO_REPORTS', 'There are no reports to compare.');
  }
  const sourced = input.reports.map(toSourced);
  const products = [...new Set(sourced.map((r) => productOf(r.report)))];
  if (products.length > 1) {
    throw inputError(
      'AGGREGATE_MIXED_PRODUCTS',
      `The reports are of ${products.length} products (${products.join(', ')}); a size comparison is of one product.`,
    );
  }
  const notes: string[] = [];
  const { runs, currency, missing } = collectSizes(input, notes);
  const digests = [
    ...new Set(
      runs.map((r) => r.size.run.imageDigest ?? r.size.run.image).filter((d) => d !== undefined),
    ),
  ];
  if (digests.length > 1) {
    notes.push(
      `The sizes ran ${digests.length} different images (${digests.join(', ')}): differences between sizes are not only the VM size.`,
    );
  }
  for (const r of runs) {
    if (r.price?.note) notes.push(`${r.size.label}: ${r.price.note}`);
  }
  const scenarios: string[] = [];
  for (const r of runs) {
    for (const l of r.report.levels)
      if (!scenarios.includes(l.scenario)) scenarios.push(l.scenario);
  }
  if (scenarios.length === 0) notes.push('No report has any measured level.');
  return {
    schemaVersion: AGGREGATE_SCHEMA_VERSION,
    product: products[0]!,
    createdAt: (input.createdAt ?? new Date()).toISOString(),
    slo: {
      sources: input.slo.sources,
      label: input.slo.label,
      limits: input.slo.thresholds.map((t) => ({
        metric: t.metric,
        // parseSlo accepts only upper limits.
        operator: t.operator === '<=' ? '<=' : '<',
        limit: t.limit,
      })),
      defaultErrorRate: input.slo.defaultErrorRate,
    },
    currency,
    sizes: runs.map((r) => r.size),
    scenarios: scenarios.map((s) => compareScenario(s, runs, input.slo)),
    missingPrices: missing,
    notes,
  };
}
