/**
 * What counts as a secret and how it is hidden (`core/config/secrets.ts`): the rules every report
 * and log goes through.
 */
import { describe, expect, it } from 'vitest';
import type { BenchPlan } from '../../src/core/config/plan.js';
import {
  isSecretHeader,
  quotableValue,
  redactArgv,
  redactEnv,
  redactPath,
  redactText,
  redactUrl,
  secretValuesOf,
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
