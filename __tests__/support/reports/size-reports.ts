/**
 * Run reports of one product on several VM sizes, with chosen throughput and latency per level,
 * for the size comparison's tests. Latency summaries are written out rather than recorded into
 * histograms: the comparison reads only the summaries, and hand-picked figures make every
 * expected value something a reader can check with a calculator.
 */
import type { VmPrice } from '../../../src/core/pricing/vm-price.js';
import { buildAggregateReport, type AggregateReport } from '../../../src/core/report/aggregate.js';
import type { LatencySummary, LevelReport, RunReport } from '../../../src/core/report/model.js';
import { RunReportSchema } from '../../../src/core/report/model.js';
import { parseSlo, type Slo } from '../../../src/core/stats/slo.js';

/** One level to write. */
export interface SizeLevelSpec {
  /** Scenario (default `mt-to-mx`). */
  scenario?: string;
  /** Connections (closed) or offered req/s (open). */
  level: number;
  /** Load model (default closed). */
  model?: 'closed' | 'open';
  /** Successful responses per second. */
  rps: number;
  /** p99 latency of successes, ms. */
  p99Ms: number;
  /** Median latency, ms (default a third of p99). */
  p50Ms?: number;
  /** Failures / total (default 0). */
  errorRate?: number;
  /** The generator saturated at this level. */
  generatorBound?: boolean;
  /** No request completed (a target that stopped answering). */
  empty?: boolean;
}

/** One report to write. */
export interface SizeReportSpec {
  /** VM size; omitted for a local run. */
  vmSize?: string;
  /** Region (default westeurope; omitted with vmSize). */
  region?: string;
  /** Product (default reframe). */
  product?: string;
  /** Run id (default from the size). */
  id?: string;
  /** Start of the run (default 2026-11-29T03:00:00Z). */
  startedAt?: string;
  /** Image digest (default the same for every size). */
  imageDigest?: string;
  /** How the run ended (default ok). */
  outcome?: RunReport['outcome'];
  /** Levels. */
  levels: SizeLevelSpec[];
}

const DURATION_MS = 10_000;

function summary(p50Us: number, p99Us: number, count: number): LatencySummary {
  if (count === 0) {
    return {
      count: 0,
      min: 0,
      mean: 0,
      stdev: 0,
      p50: 0,
      p75: 0,
      p90: 0,
      p95: 0,
      p99: 0,
      p999: 0,
      p9999: 0,
      max: 0,
    };
  }
  return {
    count,
    min: Math.round(p50Us / 4),
    mean: Math.round(p50Us * 1.2),
    stdev: Math.round(p50Us / 2),
    p50: p50Us,
    p75: Math.round(p50Us + (p99Us - p50Us) * 0.25),
    p90: Math.round(p50Us + (p99Us - p50Us) * 0.5),
    p95: Math.round(p50Us + (p99Us - p50Us) * 0.75),
    p99: p99Us,
    p999: Math.round(p99Us * 1.5),
    p9999: Math.round(p99Us * 2),
    max: Math.round(p99Us * 3),
  };
}

function level(spec: SizeLevelSpec, startedAt: string): LevelReport {
  const scenario = spec.scenario ?? 'mt-to-mx';
  const model = spec.model ?? 'closed';
  const errorRate = spec.empty ? 0 : (spec.errorRate ?? 0);
  const success = spec.empty ? 0 : Math.round((spec.rps * DURATION_MS) / 1000);
  const total = spec.empty ? 0 : Math.round(success / (1 - errorRate));
  const failures = total - success;
  const p99Us = Math.round(spec.p99Ms * 1000);
  const p50Us = Math.round((spec.p50Ms ?? spec.p99Ms / 3) * 1000);
  return {
    scenario,
    model,
    level: spec.level,
    connections: model === 'closed' ? spec.level : 64,
    pipelining: 1,
    ...(model === 'open' ? { offeredRps: spec.level } : {}),
    startedAt,
    warmupMs: 2000,
    durationMs: DURATION_MS,
    cooldownMs: 0,
    counts: {
      total,
      success,
      failures: { connect: 0, timeout: 0, reset: 0, httpStatus: 0, check: failures },
    },
    errorRate: total > 0 ? failures / total : 0,
    throughput: {
      successRps: (success * 1000) / DURATION_MS,
      totalRps: (total * 1000) / DURATION_MS,
    },
    latencyUs: summary(p50Us, p99Us, success),
    failureLatencyUs: summary(0, 0, 0),
    histograms: { latency: '', failures: '' },
    bytes: { sent: total * 400, received: total * 1200 },
    series: [],
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
    hlogFile: `${scenario}-${spec.level}.hlog`,
  };
}

/** A schema-valid run report of one size. */
export function sizeReport(spec: SizeReportSpec): RunReport {
  const startedAt = spec.startedAt ?? '2026-11-29T03:00:00.000Z';
  const product = spec.product ?? 'reframe';
  const report: RunReport = {
    schemaVersion: 1,
    id: spec.id ?? `nightly-${spec.vmSize ?? 'local'}`,
    name: 'reframe-nightly',
    createdAt: '2026-11-29T03:30:00.000Z',
    startedAt,
    finishedAt: '2026-11-29T03:20:00.000Z',
    partial: spec.outcome === 'interrupted',
    outcome: spec.outcome ?? 'ok',
    target: {
      kind: 'image',
      url: 'http://10.0.0.4:3000',
      product,
      image: `benchacr.azurecr.io/${product}:2.1.0`,
      imageDigest: spec.imageDigest ?? `benchacr.azurecr.io/${product}@sha256:${'ab'.repeat(32)}`,
    },
    environment: {
      hostname: 'bench-load-0',
      cpuModel: 'Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz',
      cpus: 4,
      memoryBytes: 16 * 1024 ** 3,
      os: 'linux 6.8.0 x64',
      nodeVersion: 'v24.11.0',
      undiciVersion: '7.30.2',
      toolVersion: '0.1.0',
      gitSha: '1a2b3c4d5e6f',
      ...(spec.vmSize !== undefined && {
        vmSize: spec.vmSize,
        region: spec.region ?? 'westeurope',
      }),
    },
    config: { hash: 'sha256-test', resolved: { name: 'reframe-nightly' } },
    levels: spec.levels.map((l) => level(l, startedAt)),
    notes: [],
  };
  return RunReportSchema.parse(report);
}

/** A price from the API, fetched at a fixed time. */
export function apiPrice(vmSize: string, hourlyPrice: number, region = 'westeurope'): VmPrice {
  return {
    vmSize,
    region,
    hourlyPrice,
    currency: 'USD',
    source: 'retail-prices-api',
    fetchedAt: '2026-11-29T04:00:00.000Z',
    meter: {
      meterName: vmSize.replace(/^Standard_/, '').replace(/_/g, ' '),
      productName: 'Virtual Machines Dsv5 Series',
      skuName: vmSize.replace(/^Standard_/, '').replace(/_/g, ' '),
      effectiveStartDate: '2026-05-01T00:00:00Z',
    },
  };
}

/** The nightly sweep the renderers' golden files show: four sizes, two scenarios. */
export function nightlySweep(): RunReport[] {
  const mx = (l: Omit<SizeLevelSpec, 'scenario'>): SizeLevelSpec => ({
    ...l,
    scenario: 'mx-to-mt',
  });
  return [
    sizeReport({
      vmSize: 'Standard_D2s_v5',
      levels: [
        { level: 8, rps: 2400, p99Ms: 12 },
        { level: 32, rps: 2600, p99Ms: 48 },
        { level: 128, rps: 2650, p99Ms: 190 },
        mx({ level: 8, rps: 1000, p99Ms: 70 }),
        mx({ level: 32, rps: 1100, p99Ms: 200 }),
      ],
    }),
    sizeReport({
      vmSize: 'Standard_D4s_v5',
      levels: [
        { level: 8, rps: 4000, p99Ms: 6 },
        { level: 32, rps: 5000, p99Ms: 20 },
        { level: 128, rps: 5300, p99Ms: 60, errorRate: 0.002 },
        mx({ level: 8, rps: 2000, p99Ms: 30 }),
        mx({ level: 32, rps: 2400, p99Ms: 80 }),
      ],
    }),
    sizeReport({
      vmSize: 'Standard_D8s_v5',
      levels: [
        { level: 8, rps: 5000, p99Ms: 4 },
        { level: 32, rps: 9800, p99Ms: 15 },
        { level: 128, rps: 11000, p99Ms: 45 },
        mx({ level: 8, rps: 3000, p99Ms: 20 }),
        mx({ level: 32, rps: 4400, p99Ms: 40 }),
        mx({ level: 128, rps: 4300, p99Ms: 49 }),
      ],
    }),
    sizeReport({
      vmSize: 'Standard_D16s_v5',
      levels: [
        { level: 8, rps: 5100, p99Ms: 3 },
        { level: 32, rps: 12000, p99Ms: 12 },
        { level: 128, rps: 16000, p99Ms: 30, generatorBound: true },
      ],
    }),
  ];
}

/** Prices of the sweep: invented round figures, not Azure's; Standard_D16s_v5 has none. */
export function nightlyPrices(): VmPrice[] {
  return [
    apiPrice('Standard_D2s_v5', 0.096),
    apiPrice('Standard_D4s_v5', 0.192),
    apiPrice('Standard_D8s_v5', 0.384),
  ];
}

/** The sweep's SLO: `p99 < 50ms`, with the default error-rate limit. */
export function sweepSlo(): Slo {
  const parsed = parseSlo('p99 < 50ms');
  if ('errors' in parsed) throw new Error(parsed.errors.join('; '));
  return parsed.slo;
}

/** The sweep of the golden files: three sizes priced by the API, one without a price. */
export function goldenComparison(): AggregateReport {
  return buildAggregateReport({
    reports: nightlySweep().map((report) => ({
      report,
      source: `artifacts/bench-${report.environment.vmSize}/result.json`,
    })),
    slo: sweepSlo(),
    prices: nightlyPrices(),
    missingPrices: [
      {
        vmSize: 'Standard_D16s_v5',
        region: 'westeurope',
        reason:
          'the Retail Prices API answered 503 to /api/retail/prices, 4 times; cloud.prices.table has no price for it either',
      },
    ],
    createdAt: new Date('2026-11-29T05:00:00.000Z'),
  });
}
