import { describe, expect, it } from 'vitest';
import {
  buildRunGroupName,
  buildRunTags,
  isExpiredRunGroup,
  maxGroupNameLength,
  type RunIdentity,
} from '../../src/core/azure/run-names.js';
import { safePatterns } from '../../src/core/azure/shell-safety.js';

const run = (over: Partial<RunIdentity> = {}): RunIdentity => ({
  repository: 'plasmatic/reframe',
  runId: '12345678901',
  runAttempt: 1,
  job: 'bench',
  ...over,
});

describe('buildRunGroupName', () => {
  it.each([
    ['a plain run', run(), 'bench-reframe-12345678901-1-bench'],
    ['a re-run attempt', run({ runAttempt: 2 }), 'bench-reframe-12345678901-2-bench'],
    [
      'a matrix job with odd characters',
      run({ job: 'bench (Standard_D4s_v5, westeurope)' }),
      'bench-reframe-12345678901-1-bench-standard-d4s-v5-westeurope',
    ],
    [
      'an upper-case repository with dots',
      run({ repository: 'Plasmatic/Reframe.API' }),
      'bench-reframe-api-12345678901-1-bench',
    ],
    [
      'a job made only of symbols',
      run({ job: '$(rm -rf /)' }),
      'bench-reframe-12345678901-1-rm-rf',
    ],
    ['a job with nothing usable', run({ job: '!!!' }), 'bench-reframe-12345678901-1-job'],
  ])('names %s', (_label, identity, expected) => {
    expect(buildRunGroupName(identity)).toBe(expected);
  });

  it('shortens long names to 90 characters with a hash that keeps them distinct', () => {
    const long = run({
      repository: `plasmatic/${'r'.repeat(80)}`,
      job: `matrix-${'j'.repeat(80)}-a`,
    });
    const other = run({
      repository: `plasmatic/${'r'.repeat(80)}`,
      job: `matrix-${'j'.repeat(80)}-b`,
    });
    const a = buildRunGroupName(long);
    const b = buildRunGroupName(other);
    expect(a.length).toBeLessThanOrEqual(maxGroupNameLength);
    expect(a).toMatch(/^bench-r+-12345678901-1-matrix-j+-[0-9a-f]{10}$/);
    expect(a).not.toBe(b);
    expect(buildRunGroupName(long)).toBe(a);
  });

  it('always produces a valid resource group name', () => {
    for (const job of ['', ' ', 'ü', 'a'.repeat(300), '..', 'job.', '-x-']) {
      const name = buildRunGroupName(run({ job }));
      expect(name, job).toMatch(safePatterns.resourceGroupName);
      expect(name.length).toBeLessThanOrEqual(maxGroupNameLength);
    }
  });
});

describe('buildRunTags', () => {
  it('tags the group as ours with the run link, creation time and a six-hour expiry', () => {
    const tags = buildRunTags({
      run: run(),
      runUrl: 'https://github.com/plasmatic/reframe/actions/runs/12345678901',
      now: new Date('2026-11-29T04:00:00.000Z'),
      ttlHours: 6,
    });
    expect(tags).toEqual({
      'managed-by': 'bench-action',
      'run-url': 'https://github.com/plasmatic/reframe/actions/runs/12345678901',
      'created-at': '2026-11-29T04:00:00.000Z',
      'expires-at': '2026-11-29T10:00:00.000Z',
      'bench-run-id': 'plasmatic/reframe/12345678901/1/bench',
    });
  });
});

describe('isExpiredRunGroup', () => {
  const now = new Date('2026-11-29T04:00:00.000Z');
  it.each([
    [
      'ours and expired',
      { 'managed-by': 'bench-action', 'expires-at': '2026-11-29T03:59:59.000Z' },
      true,
    ],
    [
      'ours, expiring exactly now',
      { 'managed-by': 'bench-action', 'expires-at': '2026-11-29T04:00:00.000Z' },
      true,
    ],
    [
      'ours, not yet expired',
      { 'managed-by': 'bench-action', 'expires-at': '2026-11-29T04:00:01.000Z' },
      false,
    ],
    ['ours without expiry', { 'managed-by': 'bench-action' }, false],
    [
      'ours with an unreadable expiry',
      { 'managed-by': 'bench-action', 'expires-at': 'soon' },
      false,
    ],
    ['not ours', { 'managed-by': 'someone', 'expires-at': '2000-01-01T00:00:00.000Z' }, false],
    ['untagged', undefined, false],
  ])('%s → %s', (_label, tags, expected) => {
    expect(isExpiredRunGroup(tags, now)).toBe(expected);
  });
});
