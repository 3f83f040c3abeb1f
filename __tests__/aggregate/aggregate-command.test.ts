/**
 * The VM-size comparison as a product team runs it: `bench aggregate` over a directory laid out
 * as actions/download-artifact leaves a matrix's artifacts (one folder per leg), prices from the
 * Azure Retail Prices API (a loopback fake), and the action's `mode: aggregate` over the same
 * directory, with its summary and outputs.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../../src/action/main.js';
import { runCli } from '../../src/cli/program.js';
import type { RunReport } from '../../src/core/report/model.js';
import { createRunnerFiles, parseFileCommands } from '../support/action/action-process.js';
import { withEnv } from '../support/action/env.js';
import { nightlySweep } from '../support/reports/size-reports.js';
import { startRetailPricesFake, type RetailPricesFake } from '../support/retail-prices-fake.js';

let dir: string;
let fake: RetailPricesFake;

/** Writes each report as `<dir>/bench-<size>-attempt-1/result.json`, as download-artifact does. */
function writeArtifacts(root: string, reports: RunReport[]): void {
  for (const report of reports) {
    const leg = path.join(root, `bench-sweep-${report.environment.vmSize ?? 'local'}-attempt-1`);
    mkdirSync(leg, { recursive: true });
    writeFileSync(path.join(leg, 'result.json'), JSON.stringify(report));
    writeFileSync(path.join(leg, 'summary.md'), '# a leg');
  }
}

function memoryIo(cwd: string) {
  let out = '';
  let err = '';
  return {
    io: {
      cwd,
      stdout: { write: (s: string) => void (out += s) },
      stderr: { write: (s: string) => void (err += s) },
    },
    stdout: () => out,
    stderr: () => err,
  };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'bench-aggregate-'));
  writeArtifacts(path.join(dir, 'reports'), nightlySweep());
  fake = await startRetailPricesFake();
});

afterAll(async () => {
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('bench aggregate', () => {
  it('compares the legs with prices from the Retail Prices API and says which size serves a scenario cheapest', async () => {
    const { io, stdout } = memoryIo(dir);

    const code = await runCli(
      ['aggregate', 'reports', '--slo', 'p99 < 50ms', '--out', 'comparison'],
      io,
      { retailPrices: { baseUrl: fake.pricesUrl, sleep: () => Promise.resolve() } },
    );

    expect(code).toBe(0);
    expect(stdout()).toMatch(
      /mt-to-mx: Standard_D\d+s_v5 serves mt-to-mx at the lowest cost, [\d.]+ USD per million requests under p99 < 50 ms/,
    );
    const json = JSON.parse(
      readFileSync(path.join(dir, 'comparison', 'aggregate.json'), 'utf8'),
    ) as {
      scenarios: {
        scenario: string;
        sizes: { vmSize: string; costPerMillionRequests: number | null }[];
      }[];
    };
    const mt = json.scenarios.find((s) => s.scenario === 'mt-to-mx');
    expect(mt?.sizes.map((s) => s.vmSize)).toContain('Standard_D8s_v5');
    expect(mt?.sizes.some((s) => (s.costPerMillionRequests ?? 0) > 0)).toBe(true);
    for (const file of ['aggregate.csv', 'aggregate.md', 'aggregate.html']) {
      expect(readFileSync(path.join(dir, 'comparison', file), 'utf8').length).toBeGreaterThan(100);
    }
    // The API was asked with its filter syntax, never the internet.
    expect(fake.requests.some((r) => r.includes('armSkuName'))).toBe(true);
  });

  it('refuses an SLO it cannot read, naming the flag', async () => {
    const { io, stderr } = memoryIo(dir);

    const code = await runCli(['aggregate', 'reports', '--slo', 'p99 soon', '--out', 'bad'], io, {
      retailPrices: { baseUrl: fake.pricesUrl },
    });

    expect(code).toBe(2);
    expect(stderr()).toContain('--slo');
  });
});

describe('mode: aggregate', () => {
  it('publishes the comparison in the job summary and the recommendation as an output, with no Azure sign-in', async () => {
    const files = createRunnerFiles({});
    const exitCode = process.exitCode;
    const restore = withEnv(
      { mode: 'aggregate', 'reports-dir': 'reports', slo: 'p99 < 50ms', comment: 'never' },
      {
        GITHUB_OUTPUT: files.output,
        GITHUB_STATE: files.state,
        GITHUB_STEP_SUMMARY: files.summary,
        GITHUB_EVENT_PATH: files.event,
        GITHUB_EVENT_NAME: 'schedule',
        GITHUB_REPOSITORY: 'plasmatic/reframe',
        GITHUB_RUN_ID: '91',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_JOB: 'compare',
        GITHUB_WORKSPACE: dir,
        RUNNER_TEMP: files.runnerTemp,
      },
    );
    try {
      const outcome = await runMain({
        uploader: { uploadArtifact: () => Promise.resolve({ id: 7 }) },
        retailPrices: { baseUrl: fake.pricesUrl, sleep: () => Promise.resolve() },
      });

      expect(outcome).toEqual({ verdict: 'pass', failed: false });
      const outputs = parseFileCommands(files.output);
      const recommendations = JSON.parse(outputs.recommendation ?? '[]') as {
        scenario: string;
        sentence: string;
      }[];
      expect(recommendations.map((r) => r.scenario).sort()).toEqual(['mt-to-mx', 'mx-to-mt']);
      expect(outputs['artifact-url']).toMatch(/\/actions\/runs\/91\/artifacts\/7$/);
      const summary = readFileSync(files.summary, 'utf8');
      for (const r of recommendations) expect(summary).toContain(r.sentence.split(',')[0]);
    } finally {
      restore();
      files.remove();
      process.exitCode = exitCode;
    }
  });
});
