import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/config/config-problem.js';
import { loadPlan, validateConfigFile } from '../../src/edges/files/load-plan.js';

let root: string;

/** Writes files under the temporary repository root. */
async function writeTree(files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

/** The problem lines of a config, with the temporary root written as `<root>`. */
async function problemLines(config: string): Promise<string[]> {
  const { plan, problems } = await validateConfigFile(join(root, config));
  expect(plan).toBeUndefined();
  return problems.map(
    (p) =>
      `${p.file.replace(root, '<root>')}:${p.line}:${p.col}  ${p.path}: ${p.message.replaceAll(root, '<root>')}` +
      (p.hint ? ` | ${p.hint}` : ''),
  );
}

const PRODUCT = `command: { run: [node, server.js] }
port: 9000
env: { PORT: '9000' }
health: { path: /health }
`;
const SCENARIO = `method: POST
path: /echo
payloads: { dir: ../payloads }
checks: { json: ['$.ok == true'] }
`;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'bench-config-'));
  await writeTree({
    // A repository: the config's paths may reach anything inside it, products/ included.
    '.git/HEAD': 'ref: refs/heads/main\n',
    'products/svc/product.yml': PRODUCT,
    'products/svc/scenarios/echo.yml': SCENARIO,
    'products/svc/scenarios/ping.yml': 'path: /ping\n',
    'products/svc/payloads/a.json': '{"a":1}',
    'products/svc/payloads/b.json': '{"b":2}',
    'products/svc/payloads/.hidden': 'skipped',
  });
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('loadPlan', () => {
  it('reads the product, its scenarios and payloads from the nearest products/ directory', async () => {
    await writeTree({
      'configs/nested/c.yml':
        'version: 1\nname: c\ntarget: { product: svc }\nscenarios: [echo, ping]\nload: { levels: [2], duration: 1s }\n',
    });
    const plan = await loadPlan(join(root, 'configs/nested/c.yml'), { levels: [4] });
    expect(plan.target).toMatchObject({
      kind: 'command',
      argv: ['node', 'server.js'],
      cwd: join(root, 'products/svc'),
      port: 9000,
      env: { PORT: '9000' },
      product: 'svc',
      health: { path: '/health', timeoutMs: 30_000, intervalMs: 200 },
    });
    expect(
      plan.scenarios.map((s) => [s.name, s.method, s.path, s.payloads.map((p) => p.name)]),
    ).toEqual([
      ['echo', 'POST', '/echo', ['a.json', 'b.json']],
      ['ping', 'GET', '/ping', []],
    ]);
    expect(plan.load.levels).toEqual([4]);
    expect(plan.load.durationMs).toBe(1_000);
  });

  it('takes the repository from the caller (the action: the workspace) when no .git is there', async () => {
    await rm(join(root, '.git'), { recursive: true });
    await writeTree({
      'configs/c.yml':
        'version: 1\nname: c\ntarget: { product: svc }\nscenarios: [echo]\nload: { levels: [2], duration: 1s }\n',
    });
    // Without .git the config's directory is its repository: products/ above it is not searched.
    const { problems } = await validateConfigFile(join(root, 'configs/c.yml'));
    expect(problems.map((p) => p.message).join('\n')).toMatch(
      /lies outside the config's repository/,
    );
    // The workspace given as the repository: products/ and its payloads are inside it.
    const plan = await loadPlan(join(root, 'configs/c.yml'), {}, { repositoryRoot: root });
    expect(plan.scenarios.map((s) => s.payloads.map((p) => p.name))).toEqual([
      ['a.json', 'b.json'],
    ]);
  });

  it('makes an image target for a product without a command', async () => {
    await writeTree({
      'products/img/product.yml':
        'image: { repository: svc, registry: acr.example.test }\nport: 3000\nenv: { RUST_LOG: error }\n',
      'c.yml':
        'version: 1\nname: c\ntarget: { product: img }\nscenarios: [{ name: h, path: /health }]\ncloud: { provider: azure }\n',
    });
    const plan = await loadPlan(join(root, 'c.yml'));
    expect(plan.target).toEqual({
      kind: 'image',
      image: 'acr.example.test/svc:latest',
      port: 3000,
      env: { RUST_LOG: 'error' },
      health: { path: '/health', timeoutMs: 30_000, intervalMs: 200 },
      product: 'img',
    });
  });

  it('reads inline payload files relative to the config, with weights', async () => {
    await writeTree({
      'configs/p/one.txt': 'one',
      'configs/p/two.txt': 'two',
      'configs/c.yml':
        'version: 1\nname: c\ntarget: { url: "http://127.0.0.1:1" }\nscenarios:\n  - name: s\n    method: PUT\n    path: /s\n    payloads: { files: [p/one.txt, { path: p/two.txt, weight: 2 }] }\n',
    });
    const plan = await loadPlan(join(root, 'configs/c.yml'));
    const scenario = plan.scenarios[0];
    expect(scenario?.order).toBe('weighted');
    expect(
      scenario?.payloads.map((p) => [p.name, new TextDecoder().decode(p.body), p.weight]),
    ).toEqual([
      ['p/one.txt', 'one', 1],
      ['p/two.txt', 'two', 2],
    ]);
  });

  it('throws one CONFIG_INVALID error that carries every problem', async () => {
    await writeTree({
      'c.yml': 'version: 1\nname: c\ntarget: { product: nope }\nscenarios: [echo]\n',
    });
    const error = await loadPlan(join(root, 'c.yml')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    const configError = error as ConfigError;
    expect(configError.code).toBe('CONFIG_INVALID');
    expect(configError.kind).toBe('input');
    expect(configError.problems).toHaveLength(1);
    expect(configError.message).toMatch(/c\.yml:3:20 {2}target\.product: unknown product `nope`/);
    expect(configError.message.split('\n').at(-1)).toBe('1 problem in 1 file');
  });

  it('says when the config file does not exist', async () => {
    await expect(loadPlan(join(root, 'missing.yml'))).rejects.toMatchObject({
      code: 'CONFIG_NOT_FOUND',
    });
  });
});

describe('validateConfigFile', () => {
  it.each<{ what: string; files: Record<string, string>; lines: string[] }>([
    {
      what: 'an unknown product, with the products that exist',
      files: { 'c.yml': 'version: 1\nname: c\ntarget: { product: svv }\nscenarios: [echo]\n' },
      lines: [
        '<root>/c.yml:3:20  target.product: unknown product `svv` (looked in <root>/products) | Did you mean `svc`?',
      ],
    },
    {
      what: 'an unknown scenario name, with the closest one',
      files: {
        'c.yml': 'version: 1\nname: c\ntarget: { product: svc }\nscenarios:\n  - echo\n  - pnig\n',
      },
      lines: [
        '<root>/c.yml:6:5  scenarios[1]: unknown scenario `pnig` for product `svc` | Did you mean `ping`?',
      ],
    },
    {
      what: 'a missing payload file, at the list entry',
      files: {
        'c.yml':
          'version: 1\nname: c\ntarget: { url: "http://127.0.0.1:1" }\nscenarios:\n  - name: s\n    method: POST\n    path: /s\n    payloads:\n      files:\n        - a.txt\n        - { path: b.txt, weight: 2 }\n',
        'a.txt': 'a',
      },
      lines: [
        '<root>/c.yml:11:19  scenarios[0].payloads.files[1].path: payload file not found: <root>/b.txt',
      ],
    },
    {
      what: 'an empty payload directory',
      files: {
        'c.yml':
          'version: 1\nname: c\ntarget: { url: "http://127.0.0.1:1" }\nscenarios:\n  - { name: s, method: POST, path: /s, payloads: { dir: empty } }\n',
        'empty/.keep': '',
      },
      lines: [
        '<root>/c.yml:5:57  scenarios[0].payloads.dir: payload directory is empty: <root>/empty',
      ],
    },
    {
      what: 'a missing payload directory in a product scenario file',
      files: {
        'products/svc/scenarios/broken.yml':
          'method: POST\npath: /b\npayloads:\n  dir: ../nowhere\n',
        'c.yml': 'version: 1\nname: c\ntarget: { product: svc }\nscenarios: [broken]\n',
      },
      lines: [
        '<root>/products/svc/scenarios/broken.yml:4:8  payloads.dir: payload directory not found: <root>/products/svc/nowhere',
      ],
    },
    {
      what: 'problems in the product file and its scenario files together',
      files: {
        'products/svc/product.yml':
          'command: { run: [node, server.js] }\nport: 99999\nhelth: { path: /h }\n',
        'products/svc/scenarios/bad.yml': "path: /b\nchecks: { json: ['$.ok == maybe'] }\n",
        'c.yml': 'version: 1\nname: c\ntarget: { product: svc }\nscenarios: [echo]\n',
      },
      lines: [
        '<root>/products/svc/product.yml:2:7  port: too large',
        '<root>/products/svc/product.yml:3:1  helth: unknown key `helth` | Did you mean `health`?',
        '<root>/products/svc/scenarios/bad.yml:2:18  checks.json[0]: invalid JSON check: maybe is not a literal: use true, false, null, a number or a quoted string',
      ],
    },
    {
      what: 'an azure run of a product without an image',
      files: {
        'c.yml':
          'version: 1\nname: c\ntarget: { product: svc }\nscenarios: [echo]\ncloud: { provider: azure }\n',
      },
      lines: [
        '<root>/c.yml:3:20  target.product: product `svc` has no image; azure runs deploy an image',
      ],
    },
  ])('reports $what with file:line:col', async ({ files, lines }) => {
    await writeTree(files);
    expect(await problemLines('c.yml')).toEqual(lines);
  });

  it('reports missing files together with schema problems in the same config', async () => {
    await writeTree({
      'c.yml': [
        'version: 1',
        'name: c',
        'target: { product: svc }',
        'scenarios:',
        '  - pnig',
        '  - { name: x, method: POST, path: /x, payloads: { files: [gone.txt] } }',
        'load: { levels: [0] }',
        '',
      ].join('\n'),
    });
    expect(await problemLines('c.yml')).toEqual([
      '<root>/c.yml:5:5  scenarios[0]: unknown scenario `pnig` for product `svc` | Did you mean `ping`?',
      '<root>/c.yml:6:60  scenarios[1].payloads.files[0]: payload file not found: <root>/gone.txt',
      '<root>/c.yml:7:18  load.levels[0]: a connection count must be positive',
    ]);
  });

  it('finds products through productsDirs when the config lives elsewhere, and names every place it looked otherwise', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'bench-config-outside-'));
    try {
      await writeFile(
        join(outside, 'c.yml'),
        'version: 1\nname: c\ntarget: { product: svc }\nscenarios: [ping]\n',
      );
      const without = await validateConfigFile(join(outside, 'c.yml'));
      expect(without.problems.map((p) => p.message)).toEqual([
        'unknown product `svc` (no products/ directory above the config and no catalogue given)',
      ]);
      const withDir = await validateConfigFile(join(outside, 'c.yml'), {
        productsDirs: [join(root, 'products')],
      });
      expect(withDir.problems).toEqual([]);
      expect(withDir.plan?.scenarios.map((s) => s.name)).toEqual(['ping']);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});
