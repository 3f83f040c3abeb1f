/**
 * The error-code registry is the one place codes are defined: every code is used, every kind
 * maps to its documented exit code, and docs/errors.md is generated from it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERRORS_DOC, renderErrorDoc } from '../../scripts/write-error-docs.js';
import { ExitCode, errorCodes, isErrorCode } from '../../src/core/error-codes.js';
import { BenchError, exitCodeFor, inputError, targetError } from '../../src/core/errors.js';

const SRC = resolve(import.meta.dirname, '../../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [readFileSync(join(dir, entry.name), 'utf8')]
        : [],
  );
}

describe('the error-code registry', () => {
  it('has no code that nothing raises', () => {
    const text = sources(SRC)
      .filter((source) => !source.includes('export const errorCodes'))
      .join('\n');
    const unused = Object.keys(errorCodes).filter((code) => !text.includes(`'${code}'`));
    expect(unused).toEqual([]);
  });

  it.each([
    ['CONFIG_INVALID', 'input', ExitCode.invalidInput],
    ['TARGET_UNHEALTHY', 'target', ExitCode.targetFailure],
    ['AZURE_NO_CAPACITY', 'infrastructure', ExitCode.targetFailure],
    ['REPORT_INVALID', 'internal', ExitCode.internalError],
  ] as const)('gives %s the kind %s and exit code %i', (code, kind, exitCode) => {
    const error = new BenchError(code, 'message');
    expect(error.kind).toBe(kind);
    expect(exitCodeFor(error)).toBe(exitCode);
  });

  it('falls back to the registered hint and keeps a given one', () => {
    expect(new BenchError('AZURE_NO_CAPACITY', 'm').hint).toBe(errorCodes.AZURE_NO_CAPACITY.hint);
    expect(inputError('CONFIG_INVALID', 'm', 'do this').hint).toBe('do this');
    expect(targetError('TARGET_EXITED', 'm').kind).toBe('target');
  });

  it('reports anything that is not a BenchError as an internal error, never a target failure', () => {
    expect(exitCodeFor(new TypeError('x is undefined'))).toBe(ExitCode.internalError);
    expect(exitCodeFor('thrown string')).toBe(ExitCode.internalError);
    expect(ExitCode.internalError).not.toBe(ExitCode.targetFailure);
  });

  it('tells registered codes from others', () => {
    expect(isErrorCode('CONFIG_INVALID')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
    expect(isErrorCode('NOT_A_CODE')).toBe(false);
  });

  it('is documented by an up-to-date docs/errors.md', async () => {
    expect(readFileSync(ERRORS_DOC, 'utf8')).toBe(await renderErrorDoc());
  });
});
