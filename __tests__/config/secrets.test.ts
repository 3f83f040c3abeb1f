/**
 * What counts as a secret and how it is hidden (`core/config/secrets.ts`): the rules every report
 * and log goes through.
 */
import { describe, expect, it } from 'vitest';
import type { BenchPlan, TargetPlan } from '../../src/core/config/plan.js';
import {
  isSecretHeader,
  quotableValue,
  redactArgv,
  redactEnv,
  redactHeaders,
  redactPath,
  redactTarget,
  redactText,
  redactUrl,
  secretValuesOf,
  secretValuesOfTarget,
} from '../../src/core/config/secrets.js';

describe('isSecretHeader', () => {
  it.each([
    ['Authorization', true],
    ['proxy-authorization', true],
    ['Cookie', true],
    ['set-cookie', true],
    ['X-Api-Key', true],
    ['x-auth-token', true],
    ['x-client-secret', true],
    ['x-db-password', true],
    ['content-type', false],
    ['x-trace', false],
    ['accept', false],
  ])('%s is secret: %s', (name, secret) => {
    expect(isSecretHeader(name)).toBe(secret);
  });
});

describe('redactUrl', () => {
  it.each([
    ['http://user:pw@127.0.0.1:8080/x', 'http://***@127.0.0.1:8080/x'],
    ['https://token@host', 'https://***@host'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
    ['http://host/path@not-userinfo', 'http://host/path@not-userinfo'],
  ])('%s → %s', (url, shown) => {
    expect(redactUrl(url)).toBe(shown);
  });
});

describe('redactPath, redactArgv, redactEnv', () => {
  it('hides secret query parameters and keeps the others', () => {
    expect(redactPath('/x?api_key=abc&page=2&token=t')).toBe('/x?api_key=***&page=2&token=***');
  });

  it('hides --name=value arguments with secret names and userinfo in arguments', () => {
    expect(redactArgv(['node', 's.js', '--password=pw', '--db=postgres://u:p@db', '-v'])).toEqual([
      'node',
      's.js',
      '--password=***',
      '--db=postgres://***@db',
      '-v',
    ]);
  });

  it('hides every env value except public ones and the port placeholder', () => {
    expect(redactEnv({ A: 'x', B: 'y', PORT: '{{port}}' }, ['B'])).toEqual({
      A: '***',
      B: 'y',
      PORT: '{{port}}',
    });
  });
});

describe('secretValuesOf', () => {
  it('lists userinfo, secret headers (and their credential), query secrets and non-public env values, longest first', () => {
    const plan = {
      target: {
        kind: 'command',
        argv: ['node', '--token=argtok'],
        cwd: '/',
        env: { DB: 'dbpass', LOG: 'info' },
        publicEnv: ['LOG'],
        port: 0,
        baseUrl: 'http://127.0.0.1:0',
        health: { path: '/health', timeoutMs: 1, intervalMs: 1 },
      },
      baseline: { kind: 'url', baseUrl: 'http://bob:hunter2@127.0.0.1:1' },
      scenarios: [
        {
          name: 's',
          method: 'GET',
          path: '/?key=k123',
          headers: { authorization: 'Bearer abc', 'x-trace': 't' },
          payloads: [],
          order: 'round-robin',
          checks: { status: [200], json: [], bodyContains: [] },
        },
      ],
    } as unknown as BenchPlan;
    const values = secretValuesOf(plan);
    expect(values).toEqual(
      expect.arrayContaining([
        'bob:hunter2',
        'hunter2',
        'bob',
        'Bearer abc',
        'abc',
        'k123',
        'dbpass',
        'argtok',
      ]),
    );
    expect(values).not.toContain('info');
    expect(values).not.toContain('t');
    expect(values[0]).toBe('bob:hunter2');
  });
});

describe('redactText', () => {
  it('replaces known secrets of 4 characters or more and every URL userinfo', () => {
    expect(redactText('got hunter2 from http://a:b@h and abc', ['hunter2', 'abc'])).toBe(
      'got *** from http://***@h and abc',
    );
  });
});

describe('quotableValue', () => {
  it.each([
    [['target', 'command', 'env', 'DB'], 'secret', undefined],
    [['target', 'env'], '{DB: secret}', undefined],
    [['scenarios', 0, 'headers', 'Authorization'], 'Bearer x', undefined],
    [['scenarios', 0, 'headers', 'x-trace'], 'abc', 'abc'],
    [['scenarios', 0], '{name: s, headers: {Authorization: x}}', undefined],
    [['target', 'url'], 'http://u:p@h', 'http://***@h'],
    [['load', 'duration'], '99999h', '99999h'],
  ] as const)('at %j quotes %s as %s', (path, value, quoted) => {
    expect(quotableValue(path, value)).toBe(quoted);
  });
});

describe('redaction at its edges', () => {
  it('hides secret header values and keeps the names and the other values', () => {
    expect(
      redactHeaders({ Authorization: 'Bearer t', 'x-session-token': 'abc', accept: 'text/plain' }),
    ).toEqual({ Authorization: '***', 'x-session-token': '***', accept: 'text/plain' });
    expect(redactHeaders({})).toEqual({});
  });

  it('hides query values by decoded name, only after ? or &', () => {
    expect(redactPath('/x?api%5Fkey=abc&page=2')).toBe('/x?api%5Fkey=***&page=2');
    expect(redactPath('/token=abc/x?page=1')).toBe('/token=abc/x?page=1');
    expect(redactPath('/x?bad%zz=1&key=2')).toBe('/x?bad%zz=1&key=***');
  });

  it('hides only whole --name=value arguments with a secret name, dashes or not', () => {
    expect(
      redactArgv(['token=a', '-key=b', '--password=c', '---secret=d', 'x--token=e', 'say token=f']),
    ).toEqual([
      'token=***',
      '-key=***',
      '--password=***',
      '---secret=***',
      'x--token=***',
      'say token=f',
    ]);
    expect(redactArgv(['--token=a\nb'])).toEqual(['--token=***']);
  });

  it('hides env values unless named public, or only the port placeholder with blanks around it', () => {
    expect(redactEnv({ A: 'x', P: ' {{port}} ', Q: '{{port}}x' })).toEqual({
      A: '***',
      P: ' {{port}} ',
      Q: '***',
    });
  });

  it('shows each kind of target with its secrets hidden', () => {
    const url = { kind: 'url', baseUrl: 'http://u:p@h:1' } as TargetPlan;
    expect(redactTarget(url)).toEqual({ kind: 'url', baseUrl: 'http://***@h:1' });
    const command = {
      kind: 'command',
      argv: ['node', '--token=t'],
      env: { DB: 'pw', LOG: 'info' },
      publicEnv: ['LOG'],
      baseUrl: 'http://a:b@127.0.0.1:1',
    } as unknown as TargetPlan;
    expect(redactTarget(command)).toEqual({
      kind: 'command',
      argv: ['node', '--token=***'],
      env: { DB: '***', LOG: 'info' },
      publicEnv: ['LOG'],
      baseUrl: 'http://***@127.0.0.1:1',
    });
    const image = {
      kind: 'image',
      image: 'acr/x:1',
      env: { DB: 'pw' },
      baseUrl: 'http://u:p@10.0.0.4',
    } as unknown as TargetPlan;
    // An image target's URL is the VM's address, with no userinfo to hide.
    expect(redactTarget(image)).toEqual({ ...image, env: { DB: '***' } });
  });

  it("lists one target's secret values without repeats or empties, longest first, then by text", () => {
    const command = {
      kind: 'command',
      argv: ['node', '--token=', '--key=bb', 'postgres://u:pw@db'],
      env: { A: 'bb', B: 'aa', C: '' },
      baseUrl: 'http://x:yy@127.0.0.1:1',
    } as unknown as TargetPlan;
    expect(secretValuesOfTarget(command)).toEqual([
      'u:pw',
      'x:yy',
      'aa',
      'bb',
      'pw',
      'yy',
      'u',
      'x',
    ]);
    const image = {
      kind: 'image',
      image: 'acr/x:1',
      env: {},
      baseUrl: 'http://u:p@10.0.0.4',
    } as unknown as TargetPlan;
    expect(secretValuesOfTarget(image)).toEqual([]);
  });

  it('takes the credential of a scheme-and-credential header apart, and a single word whole', () => {
    const plan = {
      target: { kind: 'url', baseUrl: 'http://127.0.0.1:1' },
      scenarios: [
        {
          path: '/',
          headers: { authorization: 'Bearer  abc def', 'x-api-key': 'solo', cookie: '' },
        },
      ],
    } as unknown as BenchPlan;
    expect(secretValuesOf(plan)).toEqual(['Bearer  abc def', 'abc def', 'solo']);
  });

  it('replaces known secrets of exactly 4 characters, not 3', () => {
    expect(redactText('abcd abc', ['abcd', 'abc'])).toBe('*** abc');
  });

  it.each([
    // A whole header map is never quoted: it may hold a secret header.
    [['scenarios', 0, 'headers'], '{x-trace: 1}', undefined],
    [['token'], 'abc', 'abc'],
    [['headers', 0], 'abc', undefined],
    [['scenarios', 0], '[env: x]', undefined],
    [['scenarios', 0], 'token:x', 'token:x'],
    [['scenarios', 0], 'a {token: x}', undefined],
    [['scenarios', 0], 'plain token', 'plain token'],
    [['scenarios', 0], '{name: s}', '{name: s}'],
  ] as const)('at %j quotes %s as %s', (path, value, quoted) => {
    expect(quotableValue(path, value)).toBe(quoted);
  });
});
