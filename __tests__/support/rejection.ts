/** The `BenchError` a promise rejects with, for tests that check codes and hints. */
import { expect } from 'vitest';
import { BenchError } from '../../src/core/errors.js';

/** The BenchError `promise` rejects with; fails the test if it resolves or rejects otherwise. */
export async function rejection(promise: Promise<unknown>): Promise<BenchError> {
  const error: unknown = await promise.then(
    () => new Error('expected a rejection'),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(BenchError);
  return error as BenchError;
}
