/**
 * Small, valid values for Blob tests: plans with binary bodies, level measurements with real
 * encoded histograms, run reports and index entries.
 */
import type { BenchPlan } from '../../src/core/config/plan.js';
import type { LevelMeasurement } from '../../src/core/engine/measurement.js';
import type { IndexEntry } from '../../src/core/remote/report-index.js';
import type { RunReport } from '../../src/core/report/model.js';
import { sampleRunReport } from '../support/reports/sample-report.js';
import { RESULT_SCHEMA_VERSION } from '../../src/core/report/model.js';
import {
  createHistogram,
  destroyHistogram,
  encodeHistogram,
  initHistograms,
  recordUs,
} from '../../src/core/stats/histogram.js';

/** A plan with two scenarios, one carrying a body with every byte value. */
export function makePlan(overrides: Partial<BenchPlan['load']> = {}): BenchPlan {
  const allBytes = new Uint8Array(256).map((_, i) => i);
  return {
    name: 'blob-test',
    configHash: 'a'.repeat(64),
    target: {
      kind: 'url',
      baseUrl: 'http://127.0.0.1:1',
      health: { path: '/health', timeoutMs: 1000, intervalMs: 50 },
    },
    scenarios: [
      {
        name: 'transform mt103',
        method: 'POST',
        path: '/api/transform',
        headers: { 'content-type': 'application/json' },
        payloads: [
          { name: 'binary.bin', body: allBytes, weight: 1 },
          {
            name: 'text.json',
            body: new TextEncoder().encode('{"message":"{1:F01…}"}'),
            weight: 3,
          },
        ],
        order: 'weighted',
        checks: {
          status: [200],
          json: [{ source: '$.success == true', path: '$.success', operator: '==', value: true }],
          bodyContains: [],
        },
      },
      {
        name: 'health',
        method: 'GET',
        path: '/health',
        headers: {},
        payloads: [],
        order: 'round-robin',
        checks: { status: [200], json: [], bodyContains: [] },
      },
    ],
    load: {
      model: 'closed',
      levels: [8, 32],
      pipelining: 1,
      warmupMs: 1000,
      durationMs: 5000,
      cooldownMs: 500,
      connectTimeoutMs: 2000,
      requestTimeoutMs: 5000,
      workers: 1,
      ...overrides,
    },
    cloud: {
      provider: 'azure',
      vmSizes: ['Standard_D4s_v5'],
      regions: ['westeurope'],
      loadAgents: 1,
    },
    resolvedConfig: { name: 'blob-test', nested: { list: [1, 2] } },
  };
}

/** Encoded histogram holding `values` (µs). */
export async function encodeValues(values: number[]): Promise<string> {
  await initHistograms();
  const h = createHistogram();
  for (const v of values) recordUs(h, v);
  const encoded = encodeHistogram(h);
  destroyHistogram(h);
  return encoded;
}

/** A measured level with real histograms: `success` requests at 1 ms, one 50 ms outlier. */
export async function makeMeasurement(
  scenario: string,
  level: number,
  success = 100,
): Promise<LevelMeasurement> {
  const start = 1_790_000_000_000;
  const latency = await encodeValues([...Array.from({ length: success - 1 }, () => 1_000), 50_000]);
  const empty = await encodeValues([]);
  return {
    scenario,
    model: 'closed',
    level,
    connections: level,
    pipelining: 1,
    startEpochMs: start,
    warmupMs: 1000,
    durationMs: 2000,
    cooldownMs: 0,
    success,
    failures: { connect: 0, timeout: 0, reset: 0, httpStatus: 1, check: 0 },
    bytesSent: success * 100,
    bytesReceived: success * 200,
    latency,
    failureLatency: empty,
    intervals: [
      {
        startEpochMs: start,
        endEpochMs: start + 1000,
        success: success - 1,
        failures: 1,
        latency: await encodeValues(Array.from({ length: success - 1 }, () => 1_000)),
        generatorCpuUs: 100_000,
        eventLoopDelayP99Us: 900,
      },
      {
        startEpochMs: start + 1000,
        endEpochMs: start + 2000,
        success: 1,
        failures: 0,
        latency: await encodeValues([50_000]),
        generatorCpuUs: 90_000,
        eventLoopDelayP99Us: 800,
      },
    ],
    generatorCpuUs: 190_000,
    eventLoopDelayP99Us: 900,
    interrupted: false,
  };
}

/** An index entry; `createdAt` from a day number so order is obvious in tests. */
export function makeEntry(over: Partial<IndexEntry> & { day: number }): IndexEntry {
  const { day, ...rest } = over;
  const createdAt = new Date(Date.UTC(2026, 10, day, 12)).toISOString();
  return {
    path: `reframe/main/2026/11/${String(day).padStart(2, '0')}/run${day}-1`,
    product: 'reframe',
    branch: 'main',
    sha: `sha${day}`,
    runId: `run${day}`,
    attempt: 1,
    createdAt,
    vmSize: 'Standard_D4s_v5',
    region: 'westeurope',
    outcome: 'ok',
    scenarios: [
      { scenario: 'mt103', model: 'closed', level: 32, successRps: 1000 + day, p99Us: 5000 },
    ],
    schemaVersion: RESULT_SCHEMA_VERSION,
    ...rest,
  };
}

/** A valid report with one level (the shared sample report, as a nightly on a VM). */
export function makeReport(id: string): RunReport {
  return sampleRunReport([{ level: 32, successRps: 10, p50Us: 0, p99Us: 4321, errorRate: 0 }], {
    scenario: 'mt103',
    patch: {
      id,
      name: 'reframe-nightly',
      createdAt: '2026-11-20T12:00:00.000Z',
      startedAt: '2026-11-20T11:50:00.000Z',
      finishedAt: '2026-11-20T11:59:00.000Z',
      target: {
        kind: 'image',
        url: 'http://10.0.0.4:3000',
        product: 'reframe',
        image: 'acr.io/reframe:1',
      },
      environment: {
        hostname: 'load-0',
        cpuModel: 'test cpu',
        cpus: 4,
        memoryBytes: 16e9,
        os: 'linux',
        nodeVersion: 'v24.0.0',
        undiciVersion: '7.0.0',
        toolVersion: '0.1.0',
        vmSize: 'Standard_D4s_v5',
        region: 'westeurope',
      },
    },
  });
}
