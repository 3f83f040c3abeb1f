/**
 * The checks of `core/azure/shell-safety.ts` one by one, at their edges: what passes, what is
 * refused, and what the refusal says (the field, the value as JSON, what was expected; never an
 * env value). `shell-safety.test.ts` drives the same checks through whole run specs and bash.
 */
import { describe, expect, it } from 'vitest';
import {
  assertNoUnsafeValues,
  checkEnvironment,
  checkPort,
  checkPositiveNumber,
  checkSafeValue,
  encodeBase64,
  renderEnvFile,
} from '../../src/core/azure/shell-safety.js';
import { BenchError } from '../../src/core/errors.js';
import { valueRules } from '../../src/core/config/value-rules.js';

describe('checkSafeValue', () => {
  it('passes a string matching the pattern of its kind', () => {
    expect(checkSafeValue('region', 'regions[0]', 'westeurope')).toBeUndefined();
  });

  it('refuses a string outside the pattern, and anything not a string, quoting it as JSON', () => {
    expect(checkSafeValue('region', 'regions[0]', 'west europe')).toEqual({
      field: 'regions[0]',
      shown: '"west europe"',
      expected: valueRules.region.expected,
    });
    expect(checkSafeValue('region', 'regions[1]', 42)).toMatchObject({ shown: '42' });
    // JSON.stringify gives nothing for undefined: the text form is shown instead.
    expect(checkSafeValue('region', 'regions[2]', undefined)).toMatchObject({ shown: 'undefined' });
  });
});

describe('checkPort', () => {
  it.each([1, 80, 65535])('passes %i', (port) => {
    expect(checkPort('port', port)).toBeUndefined();
  });

  it.each([
    [0, '0'],
    [65536, '65536'],
    [80.5, '80.5'],
    ['80', '"80"'],
    [undefined, 'undefined'],
  ])('refuses %j, shown as %s', (port, shown) => {
    expect(checkPort('product.port', port)).toEqual({
      field: 'product.port',
      shown,
      expected: 'an integer 1-65535',
    });
  });
});

describe('checkPositiveNumber', () => {
  it.each([0.5, 1, 1e6])('passes %d', (n) => {
    expect(checkPositiveNumber('levels[0]', n)).toBeUndefined();
  });

  it.each([
    [0, '0'],
    [-1, '-1'],
    [Number.POSITIVE_INFINITY, 'null'],
    [Number.NaN, 'null'],
    ['4', '"4"'],
    [undefined, 'undefined'],
  ])('refuses %j, shown as %s', (n, shown) => {
    expect(checkPositiveNumber('levels[0]', n)).toEqual({
      field: 'levels[0]',
      shown,
      expected: 'a positive number',
    });
  });
});

describe('checkEnvironment', () => {
  it('passes names of the envName kind with single-line values', () => {
    expect(
      checkEnvironment({ RUST_LOG: 'info,reframe=debug', EMPTY: '', QUOTED: `"$(x)"` }),
    ).toEqual([]);
  });

  it('refuses a bad name, showing the name, and a multi-line or NUL value, hiding the value', () => {
    expect(checkEnvironment({ 'BAD NAME': 'x', CR: 'a\rb', LF: 'a\nb', NUL: 'a\0b' })).toEqual([
      {
        field: 'env name "BAD NAME"',
        shown: '"BAD NAME"',
        expected: valueRules.envName.expected,
      },
      {
        field: 'env.CR',
        shown: '(value hidden)',
        expected: 'a single line without NUL characters',
      },
      {
        field: 'env.LF',
        shown: '(value hidden)',
        expected: 'a single line without NUL characters',
      },
      {
        field: 'env.NUL',
        shown: '(value hidden)',
        expected: 'a single line without NUL characters',
      },
    ]);
  });

  it('refuses a value that is not a string', () => {
    expect(checkEnvironment({ N: 5 } as unknown as Record<string, string>)).toEqual([
      { field: 'env.N', shown: '(value hidden)', expected: 'a single line without NUL characters' },
    ]);
  });
});

describe('assertNoUnsafeValues', () => {
  it('returns when every check passed', () => {
    expect(() => assertNoUnsafeValues([undefined, undefined])).not.toThrow();
    expect(() => assertNoUnsafeValues([])).not.toThrow();
  });

  it('throws one AZURE_UNSAFE_VALUE input error listing every problem on its own line', () => {
    let caught: unknown;
    try {
      assertNoUnsafeValues([
        undefined,
        { field: 'regions[0]', shown: '"a b"', expected: 'a region' },
        { field: 'product.port', shown: '0', expected: 'an integer 1-65535' },
      ]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(BenchError);
    const error = caught as BenchError;
    expect(error.code).toBe('AZURE_UNSAFE_VALUE');
    expect(error.kind).toBe('input');
    expect(error.message).toBe(
      'Refusing values that would reach a VM script:\n' +
        '  regions[0]: got "a b", expected a region\n' +
        '  product.port: got 0, expected an integer 1-65535',
    );
    expect(error.hint).toBe(
      'Fix these settings; values that reach a VM must match the expected form exactly.',
    );
  });
});

describe('the data forms', () => {
  it('encodes text as UTF-8 base64', () => {
    expect(encodeBase64('é $(x)')).toBe(Buffer.from('é $(x)', 'utf8').toString('base64'));
    expect(encodeBase64('é')).toBe('w6k=');
  });

  it('writes the env file sorted by name, one literal line each', () => {
    expect(renderEnvFile({ B: '2', A: '$(reboot)', C: '3', AA: 'x' })).toBe(
      'A=$(reboot)\nAA=x\nB=2\nC=3\n',
    );
    expect(renderEnvFile({ Z: '1', Y: '2' })).toBe('Y=2\nZ=1\n');
    expect(renderEnvFile({})).toBe('');
  });
});
