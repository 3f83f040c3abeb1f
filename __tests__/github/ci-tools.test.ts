/**
 * CI installs every outside tool the tests use and runs them with BENCH_TEST_TOOLS=required, so
 * a test that would skip for a missing tool on a contributor's machine fails in CI instead.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '../..');

/** Debian packages of the tools named in __tests__/support/test-tools.ts's users. */
const PACKAGES = [
  'chromium',
  'libhdrhistogram-java',
  'default-jdk-headless',
  'cloud-init',
  'shellcheck',
  'openssh-client',
  'cargo',
  'librust-criterion-dev',
];

interface TestJob {
  container?: string;
  env?: Record<string, string>;
  steps?: { run?: string }[];
}

describe('the tools the tests need', () => {
  const ci = parse(readFileSync(join(ROOT, '.github/workflows/ci.yml'), 'utf8')) as {
    jobs: Record<string, TestJob>;
  };
  const test = ci.jobs.test;
  const installs = (test?.steps ?? []).map((step) => step.run ?? '').join('\n');

  it.each(PACKAGES)('are installed by the CI test job: %s', (pkg) => {
    expect(installs).toMatch(new RegExp(`apt-get install[^\\n]*(\\\\\\n[^\\n]*)*\\b${pkg}\\b`));
  });

  it('are required in the CI test job, so none of them can be skipped', () => {
    expect(test?.env?.BENCH_TEST_TOOLS).toBe('required');
  });

  const ciRun = readFileSync(join(ROOT, '.ci/run'), 'utf8');

  it.each(PACKAGES)('are installed by .ci/run when missing: %s', (pkg) => {
    expect(ciRun).toContain(`need+=(${pkg})`);
  });

  it('are required by .ci/run before it runs the tests', () => {
    const required = ciRun.indexOf('export BENCH_TEST_TOOLS=required');
    expect(required).toBeGreaterThan(-1);
    expect(required).toBeLessThan(ciRun.indexOf('npm test'));
  });
});
