import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, formatProblems } from '../../src/core/config/config-problem.js';
import { parseConfig } from '../../src/core/config/parse-config.js';
import { parseThresholdFraction } from '../../src/core/config/resolve-plan.js';
import { BenchError } from '../../src/core/errors.js';
import { loadPlan } from '../../src/edges/files/load-plan.js';
import { bench } from './support.js';

const repo = resolve(import.meta.dirname, '../..');
const HEAD = 'version: 1\nname: demo\ntarget: { url: "http://127.0.0.1:8080" }\n';
const INLINE = 'scenarios:\n  - { name: health, path: /health }\n';
const EXPECTED_THRESHOLD =
  "expected e.g. 'p99 < 50ms', 'errorRate < 0.1%', 'rps > 2000' or { metric: p99, warn: '+10%', fail: '+20%' }";

/** Each broken config and the exact problem lines it must produce. */
const broken: Array<{ what: string; text: string; lines: string[] }> = [
  {
    what: 'an absolute threshold without a unit, at its list item',
    text: `${HEAD}${INLINE}thresholds:\n  - p99 < 50\n`,
    lines: [
      `c.yml:7:5  thresholds[0]: "p99 < 50": add a time unit (us, ms or s), e.g. "p99 < 50ms" (got p99 < 50; ${EXPECTED_THRESHOLD}).`,
    ],
  },
  {
    what: 'a relative limit in the good direction, after a valid threshold',
    text: `${HEAD}${INLINE}thresholds:\n  - 'p99 < 50ms'\n  - { metric: p99, warn: '-10%' }\n`,
    lines: [
      `c.yml:8:5  thresholds[1]: "p99 warn -10%": p99 gets worse as it rises; write warn "+10%" (got { metric: p99, warn: '-10%' }; ${EXPECTED_THRESHOLD}).`,
    ],
  },
  {
    what: 'an unknown metric in the object form',
    text: `${HEAD}${INLINE}thresholds:\n  - { metric: p42, fail: '+20%' }\n`,
    lines: [
      `c.yml:7:5  thresholds[0]: "p42 fail +20%": relative thresholds apply to p50, p99, p99.9, rps, errorRate or serverCpuUsPerRequest, not "p42" (got { metric: p42, fail: '+20%' }; ${EXPECTED_THRESHOLD}).`,
    ],
  },
  {
    what: 'an object threshold with neither warn nor fail',
    text: `${HEAD}${INLINE}thresholds:\n  - { metric: p99 }\n`,
    lines: [
      `c.yml:7:5  thresholds[0]: "p99": give a warn or a fail limit, e.g. { metric: p99, warn: '+10%', fail: '+20%' } (got { metric: p99 }; ${EXPECTED_THRESHOLD}).`,
    ],
  },
  {
    what: 'zero rounds',
    text: `${HEAD}${INLINE}compare:\n  rounds: 0\n`,
    lines: [
      'c.yml:7:11  compare.rounds: at least one round (got 0; expected an integer from 1 to 50).',
    ],
  },
  {
    what: 'too many rounds and a threshold that is not a percentage, together',
    text: `${HEAD}${INLINE}compare:\n  rounds: 51\n  threshold: five\n`,
    lines: [
      'c.yml:7:11  compare.rounds: too many rounds (got 51; expected an integer from 1 to 50).',
      "c.yml:8:14  compare.threshold: not a percentage (got five; expected a fraction such as 0.05, or a percentage such as '5%').",
    ],
  },
  {
    what: 'a misspelt compare key, with the closest key',
    text: `${HEAD}${INLINE}compare:\n  rouds: 3\n`,
    lines: [
      'c.yml:7:3  compare.rouds: unknown key `rouds` (expected one of mode, rounds, minRounds, maxRounds, timeBudget, seed, metrics, noise, threshold). Did you mean `rounds`?',
    ],
  },
  {
    what: 'an unknown A/B mode',
    text: `${HEAD}${INLINE}compare:\n  mode: together\n`,
    lines: ['c.yml:7:9  compare.mode: unknown mode (got together; expected interleaved or duet).'],
  },
  {
    what: 'a fixed number of rounds and a budget at once',
    text: `${HEAD}${INLINE}compare:\n  rounds: 3\n  maxRounds: 8\n`,
    lines: [
      'c.yml:8:14  compare.maxRounds: rounds fixes the number of rounds (got 8; expected either rounds (fixed) or minRounds/maxRounds (adaptive), not both).',
    ],
  },
  {
    what: 'a budget whose minimum passes its maximum',
    text: `${HEAD}${INLINE}compare:\n  minRounds: 6\n  maxRounds: 4\n`,
    lines: [
      'c.yml:7:14  compare.minRounds: more than maxRounds (4) (got 6; expected minRounds no larger than maxRounds).',
    ],
  },
  {
    what: 'an unknown metric to judge',
    text: `${HEAD}${INLINE}compare:\n  metrics: [p50, p95]\n`,
    lines: [
      'c.yml:7:18  compare.metrics[1]: not an allowed value (got p95; expected successRps | p50 | p99 | p999 | errorRate | serverCpuUsPerRequest).',
    ],
  },
  {
    what: 'a baseline URL with the wrong scheme',
    text: `${HEAD}${INLINE}baseline:\n  url: ftp://x\n`,
    lines: [
      'c.yml:7:8  baseline.url: unsupported scheme ftp: (got ftp://x; expected an http:// or https:// URL such as http://127.0.0.1:8080).',
    ],
  },
  {
    what: 'a baseline with two kinds of target',
    text: `${HEAD}${INLINE}baseline:\n  url: http://127.0.0.1:1\n  product: demo\n`,
    lines: [
      'c.yml:7:3  baseline.url: `url` given together with `product` (expected exactly one of product, url, command). Keep one target.',
    ],
  },
  {
    what: 'an empty baseline',
    text: `${HEAD}${INLINE}baseline: {}\n`,
    lines: [
      'c.yml:6:11  baseline: no target (got {}; expected exactly one of product, url, command). Add `product: <name>` (see products/), `url: http://…` or `command: {run: […], port: N}`.',
    ],
  },
  {
    what: 'a port override on a URL baseline',
    text: `${HEAD}${INLINE}baseline:\n  url: http://127.0.0.1:1\n  port: 9000\n`,
    lines: [
      "c.yml:8:3  baseline.port: `port` overrides a product's port; this baseline is not a product (expected a product target (a command sets command.port)).",
    ],
  },
  {
    what: 'an env override on a URL target',
    text: `version: 1\nname: demo\ntarget:\n  url: http://127.0.0.1:8080\n  env: { A: b }\n${INLINE}`,
    lines: [
      "c.yml:5:3  target.env: `env` overrides a product's env; this target is not a product (expected a product target (a command sets command.env)).",
    ],
  },
];

describe('comparison keys in a config file', () => {
  it.each(broken)('reports $what with line and column', ({ text, lines }) => {
    const result = parseConfig(text, 'c.yml');
    expect(result.config).toBeUndefined();
    const count = lines.length === 1 ? '1 problem in 1 file' : `${lines.length} problems in 1 file`;
    expect(formatProblems(result.problems)).toBe([...lines, count].join('\n'));
  });

  it('defaults compare to adaptive duet rounds, no noise run and a 5% threshold, and thresholds to none', () => {
    const { config, problems } = parseConfig(`${HEAD}${INLINE}`, 'c.yml');
    expect(problems).toEqual([]);
    // The mode is left to the plan (duet, or interleaved on one CPU), not written into the config.
    expect(config?.compare).toEqual({ noise: false, threshold: '5%' });
    expect(config?.thresholds).toEqual([]);
    expect(config?.baseline).toBeUndefined();
  });

  it.each([
    [0.05, 0.05],
    ['5%', 0.05],
    [' 12.5 % ', 0.125],
    [0, 0],
  ] as const)('reads the comparison threshold %j as the fraction %d', (input, fraction) => {
    expect(parseThresholdFraction(input)).toBeCloseTo(fraction, 12);
  });
});

describe('resolving an A/B plan', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bench-compare-config-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const write = async (text: string) => {
    const file = join(dir, 'ab.yml');
    await writeFile(file, text);
    return file;
  };

  it('resolves configs/demo-ab.yml to the demo twice: port and env overrides on the target only', async () => {
    // The repository is named as the CLI names it (its working directory), not found through
    // `.git`: a copy of the tree without one (Stryker's sandbox, a source archive) resolves alike.
    const plan = await loadPlan(join(repo, 'configs/demo-ab.yml'), {}, { repositoryRoot: repo });
    expect(plan.baseline).toMatchObject({ kind: 'command', port: 8787, product: 'demo' });
    expect(plan.baseline?.kind === 'command' && plan.baseline.env).toEqual({
      PORT: '8787',
      HOST: '127.0.0.1',
    });
    expect(plan.target).toMatchObject({
      kind: 'command',
      port: 8788,
      baseUrl: 'http://127.0.0.1:8788',
    });
    expect(plan.target.kind === 'command' && plan.target.env).toEqual({
      PORT: '8788',
      HOST: '127.0.0.1',
      DEMO_DELAY_MS: '2',
    });
    expect(plan.compare).toEqual({
      mode: 'duet',
      modeDefaulted: true,
      minRounds: 3,
      maxRounds: 3,
      noise: false,
      thresholdFraction: 0.05,
    });
    expect(plan.thresholds?.map((t) => [t.kind, 'metric' in t ? t.metric : t.pattern])).toEqual([
      ['absolute', 'errorRate'],
      ['relative', 'p99'],
      ['relative', 'successRps'],
    ]);
    const resolved = plan.resolvedConfig as Record<string, unknown>;
    expect(resolved.baseline).toMatchObject({ port: 8787 });
    expect(resolved.compare).toEqual(plan.compare);
    expect(resolved.thresholds).toEqual(plan.thresholds);
  });

  it('resolves an adaptive duet budget with its time budget, seed and metrics', async () => {
    const plan = await loadPlan(
      await write(
        `${HEAD}${INLINE}compare:\n  mode: duet\n  minRounds: 3\n  maxRounds: 12\n  timeBudget: 2m\n  seed: 42\n  metrics: [successRps, p50, p50]\n  threshold: 3%\n`,
      ),
    );
    expect(plan.compare).toEqual({
      mode: 'duet',
      minRounds: 3,
      maxRounds: 12,
      timeBudgetMs: 120_000,
      seed: 42,
      metrics: ['successRps', 'p50'],
      noise: false,
      thresholdFraction: 0.03,
    });
  });

  it('defaults the budget to 2 to 10 rounds', async () => {
    const plan = await loadPlan(await write(`${HEAD}${INLINE}`));
    expect(plan.compare).toMatchObject({ mode: 'duet', minRounds: 2, maxRounds: 10 });
  });

  it('changes the config hash when a threshold changes, and keeps it without the new keys', async () => {
    const base = `${HEAD}${INLINE}`;
    const plain = await loadPlan(await write(base));
    const plainAgain = await loadPlan(await write(`${base}thresholds: []\n`));
    const strict = await loadPlan(await write(`${base}thresholds: ['p99 < 50ms']\n`));
    const loose = await loadPlan(await write(`${base}thresholds: ['p99 < 80ms']\n`));
    expect(plainAgain.configHash).toBe(plain.configHash);
    expect(strict.configHash).not.toBe(plain.configHash);
    expect(strict.configHash).not.toBe(loose.configHash);
    expect(strict.thresholds).toEqual([
      {
        kind: 'absolute',
        source: 'p99 < 50ms',
        metric: 'p99',
        operator: '<',
        limit: 50_000,
        severity: 'fail',
      },
    ]);
  });

  it('refuses a baseline and a target that would both listen on one port', async () => {
    const file = await write(
      'version: 1\nname: ab\nbaseline: { product: demo }\ntarget: { product: demo }\nscenarios: [mt-to-mx]\n',
    );
    const error = await loadPlan(file, {}, { productsDirs: [join(repo, 'products')] }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BenchError);
    expect((error as BenchError).code).toBe('TARGET_PORT_CLASH');
    expect((error as BenchError).hint).toMatch(/target\.port/);
  });

  it('reports an unknown baseline product at baseline.product', async () => {
    const file = await write(
      'version: 1\nname: ab\nbaseline:\n  product: dmeo\ntarget: { product: demo }\nscenarios: [mt-to-mx]\n',
    );
    const error = await loadPlan(file, {}, { productsDirs: [join(repo, 'products')] }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(formatProblems((error as ConfigError).problems)).toMatch(
      /ab\.yml:4:12 {2}baseline\.product: unknown product `dmeo` .*Did you mean `demo`\?/,
    );
  });

  it('says in bench validate that the config is an A/B with thresholds', async () => {
    const { code, stdout } = await bench('validate', 'configs/demo-ab.yml');
    expect(stdout).toBe(
      'configs/demo-ab.yml: valid (1 scenario(s) × 1 level(s), closed model, target command, duet A/B against a command baseline in 3 round(s), 3 threshold(s))\n',
    );
    expect(code).toBe(0);
  });
});
