/**
 * Outside tools some tests need (Chromium, HdrHistogram's Java reader, shellcheck, ssh-keygen,
 * cargo with Debian's criterion). On a contributor's machine a missing tool skips its test with
 * a name that says why; where `BENCH_TEST_TOOLS=required` is set (CI: `.ci/run` and the
 * workflow, which install every tool), the same test fails instead, so nothing skips unseen.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { it, type TestContext } from 'vitest';

/** True where every tool must be present (CI). */
export const TOOLS_REQUIRED = process.env.BENCH_TEST_TOOLS === 'required';

function requiredMessage(reason: string): string {
  return `${reason}, and BENCH_TEST_TOOLS=required says every tool the tests need is installed here`;
}

/**
 * Stands in for the tests of a `describe` block that cannot run for `reason`: one skipped test
 * whose name says why, or one failing test under `BENCH_TEST_TOOLS=required`.
 */
export function testsNeedingMissingTool(reason: string): void {
  if (TOOLS_REQUIRED) {
    it(`cannot run: ${reason}`, () => {
      throw new Error(requiredMessage(reason));
    });
  } else {
    it.skip(`skipped: ${reason}`, () => {});
  }
}

/** Inside a test: skips it for `reason` (or fails it under `BENCH_TEST_TOOLS=required`). */
export function skipForMissingTool(ctx: TestContext, reason: string): void {
  if (TOOLS_REQUIRED) throw new Error(requiredMessage(reason));
  console.warn(`skipped "${ctx.task.name}": ${reason}`);
  ctx.skip();
}

/** Whether `command` is on PATH. */
export function onPath(command: string): boolean {
  const result = spawnSync('sh', ['-c', 'command -v "$1"', 'sh', command], { stdio: 'ignore' });
  return !result.error && result.status === 0;
}

/**
 * The Chromium (or Chrome) the browser tests drive: `BENCH_CHROMIUM` when set, else
 * `/usr/bin/chromium` (Debian's package) when it exists.
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env.BENCH_CHROMIUM;
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}
