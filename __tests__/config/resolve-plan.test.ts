import { describe, expect, it } from 'vitest';
import { planFromUrl } from '../../src/core/config/adhoc-plan.js';
import { applyBodyTemplate } from '../../src/core/config/body-template.js';
import { parseConfig } from '../../src/core/config/parse-config.js';
import { resolvePlan, type ResolveInput } from '../../src/core/config/resolve-plan.js';
import { BenchError } from '../../src/core/errors.js';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

const CONFIG = `
version: 1
name: sample
target: { url: "http://127.0.0.1:8080/" }
scenarios:
  - name: transform
    method: POST
    path: /transform/mt-to-mx
    headers: { Content-Type: application/json }
    body: { template: '{"message": {{payload|json}}, "options": {"validation": false}}' }
    payloads: { files: [a.txt, { path: b.txt, weight: 3 }] }
    checks: { json: ['$.success == true'] }
load:
  levels: [8, 32]
  warmup: 500ms
  duration: 2s
`;

function input(text = CONFIG, overrides?: ResolveInput['overrides']): ResolveInput {
  const { config, problems } = parseConfig(text, 'sample.yml');
  expect(problems).toEqual([]);
  if (!config) throw new Error('no config');
  const definition = config.scenarios[0];
  if (!definition || typeof definition === 'string') throw new Error('no inline scenario');
  return {
    config,
    configPath: 'configs/sample.yml',
    configDir: '/repo/configs',
    scenarios: [
      {
        definition,
        payloads: [
          { name: 'a.txt', bytes: encode('{1:F01X}{4:\n:20:A"B\n-}') },
          { name: 'b.txt', bytes: encode('plain'), weight: 3 },
        ],
      },
    ],
    ...(overrides ? { overrides } : {}),
  };
}

describe('applyBodyTemplate', () => {
  it.each([
    ['{{payload}}', 'a"b\n', 'a"b\n'],
    ['{"m": {{payload|json}}}', 'a"b\n', '{"m": "a\\"b\\n"}'],
    ['{"m": {{ payload | json }}, "raw": "{{payload}}"}', 'x', '{"m": "x", "raw": "x"}'],
    ['<{{payload}}>', '$& $1', '<$& $1>'],
    ['no placeholder', 'x', 'no placeholder'],
  ])('fills %s', (template, payload, expected) => {
    expect(decode(applyBodyTemplate(template, encode(payload)))).toBe(expected);
  });
});

describe('resolvePlan', () => {
  it('applies the body template so the engine gets final bytes', () => {
    const plan = resolvePlan(input());
    const scenario = plan.scenarios[0];
    expect(scenario?.payloads.map((p) => [p.name, decode(p.body), p.weight])).toEqual([
      ['a.txt', '{"message": "{1:F01X}{4:\\n:20:A\\"B\\n-}", "options": {"validation": false}}', 1],
      ['b.txt', '{"message": "plain", "options": {"validation": false}}', 3],
    ]);
    const first = scenario?.payloads[0];
    expect(JSON.parse(decode(first?.body ?? new Uint8Array()))).toEqual({
      message: '{1:F01X}{4:\n:20:A"B\n-}',
      options: { validation: false },
    });
  });

  it('picks weighted order when any weight is given, and lower-cases header names', () => {
    const plan = resolvePlan(input());
    expect(plan.scenarios[0]).toMatchObject({
      order: 'weighted',
      headers: { 'content-type': 'application/json' },
      checks: {
        status: [200],
        json: [{ source: '$.success == true', path: '$.success', operator: '==', value: true }],
        bodyContains: [],
      },
    });
    const unweighted = input(CONFIG.replace('{ path: b.txt, weight: 3 }', 'b.txt'));
    const source = unweighted.scenarios[0];
    if (source) source.payloads = source.payloads.map(({ name, bytes }) => ({ name, bytes }));
    const roundRobin = resolvePlan(unweighted);
    expect(roundRobin.scenarios[0]?.order).toBe('round-robin');
  });

  it('turns durations into milliseconds and strips the trailing slash of a URL', () => {
    const plan = resolvePlan(input());
    expect(plan.target).toEqual({ kind: 'url', baseUrl: 'http://127.0.0.1:8080' });
    expect(plan.load).toEqual({
      model: 'closed',
      levels: [8, 32],
      pipelining: 1,
      warmupMs: 500,
      durationMs: 2_000,
      cooldownMs: 0,
      connectTimeoutMs: 5_000,
      requestTimeoutMs: 10_000,
      workers: 1,
    });
    expect(plan.name).toBe('sample');
    expect(plan.configPath).toBe('configs/sample.yml');
  });

  it('puts load.maxCheckBodyBytes in the plan only when the config sets it, so other configs keep their hash', () => {
    const without = resolvePlan(input());
    expect(without.load.maxCheckBodyBytes).toBeUndefined();
    const withLimit = resolvePlan(
      input(CONFIG.replace('  duration: 2s', '  duration: 2s\n  maxCheckBodyBytes: 65536')),
    );
    expect(withLimit.load.maxCheckBodyBytes).toBe(65_536);
    expect(withLimit.configHash).not.toBe(without.configHash);
  });

  it('lets command-line overrides win over the file', () => {
    const plan = resolvePlan(
      input(CONFIG, {
        durationMs: 750,
        warmupMs: 0,
        levels: [100, 200.5],
        model: 'open',
        provider: 'azure',
      }),
    );
    expect(plan.load).toMatchObject({
      model: 'open',
      levels: [100, 200.5],
      durationMs: 750,
      warmupMs: 0,
    });
    expect(plan.cloud.provider).toBe('azure');
    expect(plan.resolvedConfig).toMatchObject({ load: { durationMs: 750, model: 'open' } });
  });

  it.each([
    [
      { model: 'open' as const },
      'Switching the load model from closed to open changes what levels mean',
    ],
    [
      { levels: [1.5] },
      'Invalid level 1.5: a closed level is a connection count, an integer from 1 to 100000',
    ],
    [{ levels: [] }, 'No levels given'],
    [{ durationMs: 0 }, 'The duration must be longer than 0'],
  ])('refuses the override %j', (overrides, message) => {
    expect(() => resolvePlan(input(CONFIG, overrides))).toThrow(message);
    try {
      resolvePlan(input(CONFIG, overrides));
    } catch (error) {
      expect(error).toBeInstanceOf(BenchError);
      expect((error as BenchError).code).toBe('OVERRIDE_INVALID');
      expect((error as BenchError).kind).toBe('input');
    }
  });

  it('hashes the resolved config the same whatever the key order or config path', () => {
    const reordered = CONFIG.replace(
      'load:\n  levels: [8, 32]\n  warmup: 500ms\n  duration: 2s',
      'load:\n  duration: 2000ms\n  warmup: 0.5s\n  levels: [8, 32]',
    );
    const a = resolvePlan(input());
    const b = resolvePlan({
      ...input(reordered),
      configPath: 'elsewhere.yml',
      configDir: '/other',
    });
    expect(a.configHash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.configHash).toBe(a.configHash);
  });

  it('changes the hash when a payload, a level or an override changes', () => {
    const base = resolvePlan(input()).configHash;
    const otherPayload = input();
    const scenario = otherPayload.scenarios[0];
    if (scenario?.payloads[1])
      scenario.payloads[1] = { name: 'b.txt', bytes: encode('other'), weight: 3 };
    expect(resolvePlan(otherPayload).configHash).not.toBe(base);
    expect(resolvePlan(input(CONFIG.replace('[8, 32]', '[8, 64]'))).configHash).not.toBe(base);
    expect(resolvePlan(input(CONFIG, { durationMs: 3_000 })).configHash).not.toBe(base);
  });

  it('resolves a command target relative to the config and keeps absolute paths out of the hash', () => {
    const text = `version: 1
name: cmd
target:
  command: { run: [node, server.js], cwd: ../svc, env: { PORT: '9000' }, port: 9000 }
  health: { path: /ready, timeout: 5s }
scenarios:
  - { name: ready, path: /ready }
`;
    const parsed = parseConfig(text, 'cmd.yml');
    const config = parsed.config;
    if (!config || typeof config.scenarios[0] === 'string' || !config.scenarios[0])
      throw new Error('bad');
    const make = (configDir: string) =>
      resolvePlan({
        config,
        configDir,
        scenarios: [{ definition: config.scenarios[0] as never, payloads: [] }],
      });
    const plan = make('/repo/configs');
    expect(plan.target).toEqual({
      kind: 'command',
      argv: ['node', 'server.js'],
      cwd: '/repo/svc',
      env: { PORT: '9000' },
      port: 9000,
      baseUrl: 'http://127.0.0.1:9000',
      health: { path: '/ready', timeoutMs: 5_000, intervalMs: 200 },
    });
    expect(make('/elsewhere/configs').configHash).toBe(plan.configHash);
    expect(plan.scenarios[0]?.payloads).toEqual([]);
  });
});

describe('planFromUrl', () => {
  it('builds a closed-model plan that accepts 2xx and 3xx', () => {
    const plan = planFromUrl({
      url: 'http://127.0.0.1:8080/health?x=1',
      connections: 12,
      durationMs: 3_000,
    });
    expect(plan.name).toBe('adhoc');
    expect(plan.target).toEqual({ kind: 'url', baseUrl: 'http://127.0.0.1:8080' });
    expect(plan.load).toMatchObject({
      model: 'closed',
      levels: [12],
      durationMs: 3_000,
      warmupMs: 1_000,
    });
    const scenario = plan.scenarios[0];
    expect(scenario).toMatchObject({
      name: 'adhoc',
      method: 'GET',
      path: '/health?x=1',
      payloads: [],
    });
    expect(scenario?.checks.status).toContain(200);
    expect(scenario?.checks.status).toContain(399);
    expect(scenario?.checks.status).not.toContain(400);
    expect(scenario?.checks.status).not.toContain(199);
  });

  it('switches to the open model when a rate is given and posts a given body', () => {
    const plan = planFromUrl({
      url: 'https://example.test/api',
      rate: 250,
      body: encode('{}'),
      bodyName: 'body.json',
      headers: ['Content-Type: application/json', 'x-trace:  on '],
      pipelining: 4,
      warmupMs: 0,
    });
    expect(plan.load).toMatchObject({ model: 'open', levels: [250], pipelining: 4, warmupMs: 0 });
    expect(plan.scenarios[0]).toMatchObject({
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-trace': 'on' },
      payloads: [{ name: 'body.json', weight: 1 }],
    });
  });

  it('lists every bad option at once', () => {
    expect(() =>
      planFromUrl({
        url: 'ftp://x',
        method: 'FETCH',
        headers: ['nocolon'],
        connections: 0,
        pipelining: 0,
      }),
    ).toThrow(
      [
        '--url ftp://x: only http:// and https:// are supported',
        '-m FETCH: expected one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
        "-H 'nocolon': expected 'name: value'",
        '--pipelining 0: expected an integer from 1 to 1024',
        '-c 0: Invalid level 0: a closed level is a connection count, an integer from 1 to 100000',
      ].join('\n'),
    );
  });

  it('refuses -H values and -m methods with CR, LF or NUL, showing them escaped', () => {
    expect(() =>
      planFromUrl({
        url: 'http://127.0.0.1:1/x',
        method: 'GET /admin HTTP/1.1\r\nX:',
        headers: ['x-trace: a\r\nInjected: 1', 'x-nul: a\u0000b', 'x-ok: fine'],
      }),
    ).toThrow(
      [
        '-m "GET /admin HTTP/1.1\\r\\nX:": expected one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
        '-H "x-trace: a\\r\\nInjected: 1": the value holds CR, LF, NUL or another control character',
        '-H "x-nul: a\\u0000b": the value holds CR, LF, NUL or another control character',
      ].join('\n'),
    );
  });

  it('gives the same hash for the same options', () => {
    const a = planFromUrl({ url: 'http://127.0.0.1:1/x', connections: 5 });
    const b = planFromUrl({ url: 'http://127.0.0.1:1/x', connections: 5 });
    expect(a.configHash).toBe(b.configHash);
    expect(planFromUrl({ url: 'http://127.0.0.1:1/x', connections: 6 }).configHash).not.toBe(
      a.configHash,
    );
  });
});

describe('thresholds that cannot read what the config measures', () => {
  it('refuses a benchmark limit in a config of HTTP scenarios, with what to write instead', () => {
    const text = `${CONFIG}thresholds:\n  - { benchmark: 'parse/*', max: 2000, unit: ns/iter }\n`;
    let error: unknown;
    try {
      resolvePlan(input(text));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BenchError);
    expect((error as BenchError).code).toBe('CONFIG_INVALID');
    expect((error as BenchError).message).toBe(
      'Threshold "parse/* <= 2000 ns/iter" reads command benchmarks, and the scenarios of this config are HTTP requests',
    );
    expect((error as BenchError).hint).toContain("'p99 < 50ms'");
  });
});
