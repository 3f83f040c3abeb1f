import { describe, expect, it } from 'vitest';
import { BenchError } from '../../src/core/errors.js';
import {
  AggregateReportSchema,
  buildAggregateReport,
  costPerMillionRequests,
  vmPlacementsOf,
  type AggregateInput,
  type ScenarioComparison,
} from '../../src/core/report/aggregate.js';
import { parseSlo, type Slo } from '../../src/core/stats/slo.js';
import {
  apiPrice,
  nightlyPrices,
  nightlySweep,
  sizeReport,
  type SizeLevelSpec,
} from '../support/reports/size-reports.js';

const CREATED_AT = new Date('2026-11-29T05:00:00.000Z');

function slo(text = 'p99 < 50ms'): Slo {
  const parsed = parseSlo(text);
  if ('errors' in parsed) throw new Error(parsed.errors.join('; '));
  return parsed.slo;
}

function build(input: Partial<AggregateInput> & Pick<AggregateInput, 'reports'>) {
  const report = buildAggregateReport({ slo: slo(), createdAt: CREATED_AT, ...input });
  // Every model the function builds must be one the published schema accepts.
  expect(AggregateReportSchema.safeParse(report).success).toBe(true);
  return report;
}

function scenario(report: ReturnType<typeof build>, name = 'mt-to-mx'): ScenarioComparison {
  const found = report.scenarios.find((s) => s.scenario === name);
  if (!found) throw new Error(`no scenario ${name}`);
  return found;
}

function sizeOf(s: ScenarioComparison, vmSize: string) {
  const found = s.sizes.find((x) => x.vmSize === vmSize);
  if (!found) throw new Error(`no size ${vmSize}`);
  return found;
}

/** The code of the BenchError `fn` throws. */
function thrownCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof BenchError) return error.code;
    throw error;
  }
  throw new Error('expected a BenchError');
}

function oneSize(vmSize: string, levels: SizeLevelSpec[]) {
  return sizeReport({ vmSize, levels });
}

describe('cost per million requests', () => {
  it.each([
    [0.384, 11_000, (0.384 / (11_000 * 3600)) * 1e6],
    [0.192, 5_000, (0.192 / (5_000 * 3600)) * 1e6],
    [1, 1_000_000 / 3600, 1],
  ])(
    'of a VM at %f an hour serving %f req/s is hourly price / (req/s × 3600) × 10⁶',
    (p, rps, c) => {
      expect(costPerMillionRequests(p, rps)).toBeCloseTo(c, 12);
    },
  );

  it('is unknown at no throughput rather than infinite', () => {
    expect(costPerMillionRequests(0.192, 0)).toBeNull();
  });
});

describe('the size comparison of the nightly sweep', () => {
  const report = build({ reports: nightlySweep(), prices: nightlyPrices() });
  const mt = scenario(report);

  it('lists the sizes fewest vCPUs first, with their vCPUs from the size table', () => {
    expect(report.sizes.map((s) => [s.vmSize, s.vCpus, s.vCpusSource])).toEqual([
      ['Standard_D2s_v5', 2, 'vm-size-table'],
      ['Standard_D4s_v5', 4, 'vm-size-table'],
      ['Standard_D8s_v5', 8, 'vm-size-table'],
      ['Standard_D16s_v5', 16, 'vm-size-table'],
    ]);
  });

  it('takes the highest throughput that meets the SLO on each size', () => {
    expect(mt.sizes.map((s) => [s.vmSize, s.best?.level, s.best?.throughputRps, s.limit])).toEqual([
      ['Standard_D2s_v5', 32, 2600, 'slo'],
      ['Standard_D4s_v5', 32, 5000, 'slo'],
      ['Standard_D8s_v5', 128, 11000, 'highest-level'],
      ['Standard_D16s_v5', 32, 12000, 'generator'],
    ]);
  });

  it('divides by the vCPUs and compares per-vCPU throughput with the smallest size', () => {
    expect(mt.scalingBaseline).toEqual({
      vmSize: 'Standard_D2s_v5',
      region: 'westeurope',
      vCpus: 2,
    });
    expect(mt.sizes.map((s) => s.throughputPerVcpuRps)).toEqual([1300, 1250, 1375, 750]);
    expect(mt.sizes.map((s) => s.scalingEfficiency)).toEqual([
      1,
      1250 / 1300,
      1375 / 1300,
      750 / 1300,
    ]);
  });

  it('prices each size at its throughput under the SLO, and none without a price', () => {
    expect(mt.sizes.map((s) => s.costPerMillionRequests)).toEqual([
      (0.096 / (2600 * 3600)) * 1e6,
      (0.192 / (5000 * 3600)) * 1e6,
      (0.384 / (11000 * 3600)) * 1e6,
      null,
    ]);
    expect(report.missingPrices).toEqual([
      { vmSize: 'Standard_D16s_v5', region: 'westeurope', reason: 'no price was given for it' },
    ]);
  });

  it('recommends the cheapest size in one sentence, naming unpriced sizes that also qualify', () => {
    expect(mt.recommendation).toEqual({
      basis: 'lowest-cost',
      vmSize: 'Standard_D8s_v5',
      region: 'westeurope',
      sentence:
        'Standard_D8s_v5 serves mt-to-mx at the lowest cost, 0.0097 USD per million requests under p99 < 50 ms (error rate < 0.1%); it met the SLO at the highest load trusted, so it may serve more; Standard_D16s_v5 also meets the SLO but has no price, so it is not ranked.',
    });
  });

  it('says why each size stopped where it did', () => {
    expect(mt.sizes.map((s) => s.summary)).toEqual([
      '2,600 req/s at 32 connections (p99 48 ms, errors 0%); 128 connections broke the SLO (p99 190 ms, breaks < 50 ms).',
      '5,000 req/s at 32 connections (p99 20 ms, errors 0%); 128 connections broke the SLO (p99 60 ms, breaks < 50 ms; error rate 0.2%, breaks < 0.1%).',
      '11,000 req/s at 128 connections (p99 45 ms, errors 0%); this is the highest level tested, so the size may serve more.',
      '12,000 req/s at 32 connections (p99 12 ms, errors 0%); 128 connections and above were generator-bound and not trusted, so the size may serve more.',
    ]);
    expect(mt.notes).toEqual([
      'Generator-bound, so not trusted: Standard_D16s_v5 at 128 connections. The load generator, not the size, set those numbers; add load agents to measure them.',
    ]);
  });

  it('compares against the smallest size that met the SLO when the smallest did not', () => {
    const mx = scenario(report, 'mx-to-mt');
    expect(sizeOf(mx, 'Standard_D2s_v5').status).toBe('no-level-meets-slo');
    expect(mx.scalingBaseline?.vmSize).toBe('Standard_D4s_v5');
    expect(sizeOf(mx, 'Standard_D8s_v5').scalingEfficiency).toBe(550 / 500);
    expect(mx.notes).toContain(
      'Scaling efficiency is relative to Standard_D4s_v5, the smallest size that met the SLO; Standard_D2s_v5 did not.',
    );
  });

  it('calls a size saturated when a higher level met the SLO with less throughput', () => {
    const d8 = sizeOf(scenario(report, 'mx-to-mt'), 'Standard_D8s_v5');
    expect(d8).toMatchObject({ limit: 'saturation', best: { level: 32, throughputRps: 4400 } });
  });

  it('says a scenario was not run on a size rather than leaving a blank', () => {
    const mx = scenario(report, 'mx-to-mt');
    expect(sizeOf(mx, 'Standard_D16s_v5')).toMatchObject({
      status: 'not-run',
      best: null,
      summary: 'This scenario was not run on this size.',
    });
    expect(mx.notes).toContain('Not run on Standard_D16s_v5.');
  });

  it('records the SLO as written and the prices with their source and date', () => {
    expect(report.slo).toEqual({
      sources: ['p99 < 50ms', 'errorRate < 0.1% (default)'],
      label: 'p99 < 50 ms (error rate < 0.1%)',
      limits: [
        { metric: 'p99', operator: '<', limit: 50_000 },
        { metric: 'errorRate', operator: '<', limit: 0.001 },
      ],
      defaultErrorRate: true,
    });
    expect(report.currency).toBe('USD');
    expect(report.sizes[0]?.price).toMatchObject({
      source: 'retail-prices-api',
      fetchedAt: '2026-11-29T04:00:00.000Z',
    });
  });
});

describe('levels that are not trusted', () => {
  it('never takes a generator-bound level, however much it served under the SLO', () => {
    const report = build({
      reports: [
        oneSize('Standard_D4s_v5', [
          { level: 8, rps: 3000, p99Ms: 5 },
          { level: 32, rps: 9000, p99Ms: 9, generatorBound: true },
        ]),
      ],
      prices: [apiPrice('Standard_D4s_v5', 0.192)],
    });
    const d4 = scenario(report).sizes[0]!;
    expect(d4.best?.throughputRps).toBe(3000);
    expect(d4.levels[1]).toMatchObject({ status: 'generator-bound' });
    expect(d4.limit).toBe('generator');
  });

  it('says no level was judged when every level was generator-bound', () => {
    const report = build({
      reports: [
        oneSize('Standard_D4s_v5', [{ level: 8, rps: 3000, p99Ms: 5, generatorBound: true }]),
        oneSize('Standard_D8s_v5', [{ level: 8, rps: 3100, p99Ms: 5, generatorBound: true }]),
      ],
    });
    expect(scenario(report).recommendation).toEqual({
      basis: 'none',
      vmSize: null,
      region: null,
      sentence:
        'No VM size serves mt-to-mx under p99 < 50 ms (error rate < 0.1%): no level could be judged (generator-bound or without data); add load agents and run again.',
    });
    expect(scenario(report).sizes[0]?.summary).toBe(
      'No level was judged: 1 level was generator-bound and the rest had no data; add load agents and run again.',
    );
  });

  it('does not judge a level where no request completed', () => {
    const report = build({
      reports: [
        oneSize('Standard_D4s_v5', [
          { level: 8, rps: 3000, p99Ms: 5 },
          { level: 32, rps: 0, p99Ms: 0, empty: true },
        ]),
      ],
    });
    const d4 = scenario(report).sizes[0]!;
    expect(d4.levels[1]?.status).toBe('no-data');
    expect(d4.limit).toBe('slo');
    expect(d4.summary).toMatch(/; 32 connections had no data\.$/);
  });
});

describe('the recommendation', () => {
  it('says honestly that no size meets the SLO, and that untrusted levels were left out', () => {
    const report = build({
      reports: [
        oneSize('Standard_D4s_v5', [{ level: 8, rps: 3000, p99Ms: 80 }]),
        oneSize('Standard_D8s_v5', [
          { level: 8, rps: 5000, p99Ms: 60 },
          { level: 32, rps: 9000, p99Ms: 20, generatorBound: true },
        ]),
      ],
      prices: [apiPrice('Standard_D4s_v5', 0.192), apiPrice('Standard_D8s_v5', 0.384)],
    });
    expect(scenario(report).recommendation.sentence).toBe(
      'No VM size serves mt-to-mx under p99 < 50 ms (error rate < 0.1%): every judged level broke the SLO, and 1 generator-bound level was not trusted.',
    );
    expect(scenario(report).sizes[0]?.summary).toBe(
      'No level met the SLO: even 8 connections broke it (p99 80 ms, breaks < 50 ms).',
    );
  });

  it('falls back to the highest throughput, and says the cost is unknown, without prices', () => {
    const report = build({
      reports: [
        oneSize('Standard_D4s_v5', [{ level: 8, rps: 3000, p99Ms: 20 }]),
        oneSize('Standard_D8s_v5', [
          { level: 8, rps: 5000, p99Ms: 20 },
          { level: 32, rps: 5200, p99Ms: 90 },
        ]),
      ],
      missingPrices: [
        { vmSize: 'Standard_D4s_v5', region: 'westeurope', reason: 'the API was down' },
      ],
    });
    expect(report.currency).toBeNull();
    expect(scenario(report).recommendation).toMatchObject({
      basis: 'highest-throughput',
      vmSize: 'Standard_D8s_v5',
      sentence:
        'Standard_D8s_v5 serves mt-to-mx with the most throughput, 5,000 req/s under p99 < 50 ms (error rate < 0.1%); no size that meets the SLO has a price, so the cost per million requests is unknown.',
    });
    expect(report.missingPrices).toEqual([
      { vmSize: 'Standard_D4s_v5', region: 'westeurope', reason: 'the API was down' },
      { vmSize: 'Standard_D8s_v5', region: 'westeurope', reason: 'no price was given for it' },
    ]);
  });

  it('says a single size is the only one compared, with its cost', () => {
    const report = build({
      reports: [
        oneSize('Standard_D4s_v5', [
          { level: 8, rps: 4000, p99Ms: 20 },
          { level: 32, rps: 4100, p99Ms: 70 },
        ]),
      ],
      prices: [apiPrice('Standard_D4s_v5', 0.192)],
    });
    const s = scenario(report);
    expect(s.recommendation.sentence).toBe(
      'Standard_D4s_v5 is the only size compared: it serves mt-to-mx at 0.013 USD per million requests under p99 < 50 ms (error rate < 0.1%).',
    );
    expect(s.sizes[0]?.scalingEfficiency).toBe(1);
  });

  it('says a single size without a price is the only one compared and its cost unknown', () => {
    const report = build({
      reports: [oneSize('Standard_D4s_v5', [{ level: 8, rps: 4000, p99Ms: 20 }])],
    });
    expect(scenario(report).recommendation.sentence).toBe(
      'Standard_D4s_v5 is the only size compared: it serves mt-to-mx at 4,000 req/s under p99 < 50 ms (error rate < 0.1%); it met the SLO at the highest load trusted, so it may serve more; without a price the cost per million requests is unknown.',
    );
  });

  it('says a single size that misses the SLO does not serve the scenario', () => {
    const report = build({
      reports: [oneSize('Standard_D4s_v5', [{ level: 8, rps: 4000, p99Ms: 51 }])],
    });
    expect(scenario(report).recommendation.sentence).toBe(
      'Standard_D4s_v5, the only size compared, does not serve mt-to-mx under p99 < 50 ms (error rate < 0.1%): every level tested broke the SLO.',
    );
  });

  it('names the only size that meets the SLO when the others do not', () => {
    const report = build({
      reports: [
        oneSize('Standard_D2s_v5', [{ level: 8, rps: 2000, p99Ms: 70 }]),
        oneSize('Standard_D4s_v5', [
          { level: 8, rps: 4000, p99Ms: 20 },
          { level: 32, rps: 4100, p99Ms: 70 },
        ]),
      ],
      prices: [apiPrice('Standard_D2s_v5', 0.096), apiPrice('Standard_D4s_v5', 0.192)],
    });
    expect(scenario(report).recommendation.sentence).toBe(
      'Standard_D4s_v5 is the only size that serves mt-to-mx under p99 < 50 ms (error rate < 0.1%), at 0.013 USD per million requests.',
    );
  });

  it('breaks a cost tie by the higher throughput', () => {
    const report = build({
      reports: [
        oneSize('Standard_D4s_v5', [
          { level: 8, rps: 4000, p99Ms: 20 },
          { level: 32, rps: 4100, p99Ms: 70 },
        ]),
        oneSize('Standard_D8s_v5', [
          { level: 8, rps: 8000, p99Ms: 20 },
          { level: 32, rps: 8100, p99Ms: 70 },
        ]),
      ],
      prices: [apiPrice('Standard_D4s_v5', 0.192), apiPrice('Standard_D8s_v5', 0.384)],
    });
    expect(scenario(report).recommendation.vmSize).toBe('Standard_D8s_v5');
  });

  it('uses the SLO as given, error-rate limit included', () => {
    const report = build({
      slo: slo('p99 < 100ms, errorRate < 1%'),
      reports: [
        oneSize('Standard_D4s_v5', [
          { level: 8, rps: 4000, p99Ms: 20 },
          { level: 32, rps: 4500, p99Ms: 90, errorRate: 0.005 },
        ]),
      ],
    });
    expect(scenario(report).sizes[0]?.best?.level).toBe(32);
    expect(report.slo.defaultErrorRate).toBe(false);
  });
});

describe('what the comparison is given', () => {
  it('names the region of each size when the sizes ran in more than one', () => {
    const report = build({
      reports: [
        sizeReport({ vmSize: 'Standard_D4s_v5', levels: [{ level: 8, rps: 4000, p99Ms: 20 }] }),
        sizeReport({
          vmSize: 'Standard_D4s_v5',
          region: 'northeurope',
          id: 'ne',
          levels: [{ level: 8, rps: 4100, p99Ms: 20 }],
        }),
      ],
      prices: [
        apiPrice('Standard_D4s_v5', 0.192),
        apiPrice('Standard_D4s_v5', 0.18, 'northeurope'),
      ],
    });
    expect(report.sizes.map((s) => s.label)).toEqual([
      'Standard_D4s_v5 in northeurope',
      'Standard_D4s_v5 in westeurope',
    ]);
    expect(scenario(report).recommendation.sentence).toMatch(
      /^Standard_D4s_v5 in northeurope serves mt-to-mx at the lowest cost/,
    );
  });

  it('leaves out a report without a VM size, and says so', () => {
    const report = build({
      reports: [
        {
          report: sizeReport({ levels: [{ level: 8, rps: 900, p99Ms: 5 }] }),
          source: 'local/result.json',
        },
        oneSize('Standard_D4s_v5', [{ level: 8, rps: 4000, p99Ms: 20 }]),
      ],
    });
    expect(report.sizes).toHaveLength(1);
    expect(report.notes).toContain(
      'local/result.json was left out: it names no VM size and region (a local run), so it cannot be compared by size.',
    );
  });

  it('uses the latest of two reports of one size, and says which', () => {
    const report = build({
      reports: [
        sizeReport({
          vmSize: 'Standard_D4s_v5',
          id: 'old',
          startedAt: '2026-11-28T03:00:00.000Z',
          levels: [{ level: 8, rps: 1000, p99Ms: 20 }],
        }),
        sizeReport({
          vmSize: 'Standard_D4s_v5',
          id: 'new',
          levels: [{ level: 8, rps: 4000, p99Ms: 20 }],
        }),
      ],
    });
    expect(report.sizes[0]?.run.id).toBe('new');
    expect(report.notes[0]).toBe(
      'Standard_D4s_v5 in westeurope has 2 reports; the latest (run new, started 2026-11-29T03:00:00.000Z) is used.',
    );
  });

  it('leaves per-vCPU figures out for a size of unknown vCPUs unless they are given', () => {
    const reports = [
      oneSize('Standard_D4s_v5', [{ level: 8, rps: 4000, p99Ms: 20 }]),
      oneSize('Standard_L8s_v3', [{ level: 8, rps: 7000, p99Ms: 20 }]),
    ];
    const unknown = build({ reports });
    expect(sizeOf(scenario(unknown), 'Standard_L8s_v3')).toMatchObject({
      vCpus: null,
      throughputPerVcpuRps: null,
      scalingEfficiency: null,
    });
    expect(unknown.notes).toContain(
      'Standard_L8s_v3: vCPU count unknown (not in src/core/azure/vm-sizes.ts), so its per-vCPU throughput and scaling are left out.',
    );
    const given = build({ reports, vCpus: { Standard_L8s_v3: 8 } });
    expect(sizeOf(scenario(given), 'Standard_L8s_v3')).toMatchObject({
      vCpus: 8,
      throughputPerVcpuRps: 875,
      scalingEfficiency: 875 / 1000,
    });
    expect(given.sizes.find((s) => s.vmSize === 'Standard_L8s_v3')?.vCpusSource).toBe('given');
  });

  it('does not compare costs in two currencies', () => {
    const report = build({
      reports: [
        oneSize('Standard_D2s_v5', [{ level: 8, rps: 2000, p99Ms: 20 }]),
        oneSize('Standard_D4s_v5', [{ level: 8, rps: 4000, p99Ms: 20 }]),
        oneSize('Standard_D8s_v5', [{ level: 8, rps: 8000, p99Ms: 20 }]),
      ],
      prices: [
        apiPrice('Standard_D2s_v5', 0.096),
        apiPrice('Standard_D4s_v5', 0.192),
        { ...apiPrice('Standard_D8s_v5', 0.01), currency: 'EUR' },
      ],
    });
    expect(report.currency).toBe('USD');
    expect(sizeOf(scenario(report), 'Standard_D8s_v5').costPerMillionRequests).toBeNull();
    expect(report.missingPrices[0]?.reason).toBe(
      'its price is in EUR, the others in USD; costs in different currencies are not compared',
    );
  });

  it('notes a table price and why the table was used', () => {
    const report = build({
      reports: [oneSize('Standard_D4s_v5', [{ level: 8, rps: 4000, p99Ms: 20 }])],
      prices: [
        {
          vmSize: 'Standard_D4s_v5',
          region: 'westeurope',
          hourlyPrice: 0.2,
          currency: 'USD',
          source: 'configured-table',
          fetchedAt: '2026-11-29T04:00:00.000Z',
          note: 'the Retail Prices API gave no price (down); the configured table was used',
        },
      ],
    });
    expect(report.notes).toContain(
      'Standard_D4s_v5: the Retail Prices API gave no price (down); the configured table was used',
    );
  });

  it('notes that the sizes ran different images', () => {
    const report = build({
      reports: [
        sizeReport({
          vmSize: 'Standard_D4s_v5',
          imageDigest: 'a@sha256:1',
          levels: [{ level: 8, rps: 1, p99Ms: 1 }],
        }),
        sizeReport({
          vmSize: 'Standard_D8s_v5',
          imageDigest: 'a@sha256:2',
          levels: [{ level: 8, rps: 1, p99Ms: 1 }],
        }),
      ],
    });
    expect(report.notes).toContain(
      'The sizes ran 2 different images (a@sha256:1, a@sha256:2): differences between sizes are not only the VM size.',
    );
  });

  it('notes a run that did not end well, and compares what it measured', () => {
    const report = build({
      reports: [
        sizeReport({
          vmSize: 'Standard_D4s_v5',
          outcome: 'interrupted',
          levels: [{ level: 8, rps: 4000, p99Ms: 20 }],
        }),
      ],
    });
    expect(report.notes).toContain(
      'Standard_D4s_v5 in westeurope: the run ended with interrupted; only the levels it measured are compared.',
    );
    expect(scenario(report).sizes[0]?.best?.throughputRps).toBe(4000);
  });

  it('refuses reports of two products', () => {
    expect(
      thrownCode(() =>
        build({
          reports: [
            oneSize('Standard_D4s_v5', [{ level: 8, rps: 1, p99Ms: 1 }]),
            sizeReport({ vmSize: 'Standard_D8s_v5', product: 'orion', levels: [] }),
          ],
        }),
      ),
    ).toBe('AGGREGATE_MIXED_PRODUCTS');
  });

  it('refuses a set with no report of a VM size, and an empty set', () => {
    expect(thrownCode(() => build({ reports: [sizeReport({ levels: [] })] }))).toBe(
      'AGGREGATE_NO_SIZES',
    );
    expect(thrownCode(() => build({ reports: [] }))).toBe('AGGREGATE_NO_REPORTS');
  });

  it('lists each size and region once for the price lookup, local runs left out', () => {
    expect(
      vmPlacementsOf([...nightlySweep(), nightlySweep()[0]!, sizeReport({ levels: [] })]),
    ).toEqual([
      { vmSize: 'Standard_D2s_v5', region: 'westeurope' },
      { vmSize: 'Standard_D4s_v5', region: 'westeurope' },
      { vmSize: 'Standard_D8s_v5', region: 'westeurope' },
      { vmSize: 'Standard_D16s_v5', region: 'westeurope' },
    ]);
  });
});
