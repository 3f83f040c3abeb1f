import { describe, expect, it } from 'vitest';
import { formatDurationMs, parseDurationMs } from '../../src/core/config/duration.js';

describe('parseDurationMs', () => {
  it.each([
    ['500ms', 500],
    ['5s', 5_000],
    ['1.5s', 1_500],
    ['2m', 120_000],
    ['1h', 3_600_000],
    [' 3 s ', 3_000],
    ['0s', 0],
    ['250', 250],
    [750, 750],
    [0, 0],
  ] as const)('reads %j as %d ms', (input, expected) => {
    expect(parseDurationMs(input)).toBe(expected);
  });

  it.each(['5 sec', '5seconds', '-1s', 's', '', '1d', 'ten'])('refuses %j', (input) => {
    expect(parseDurationMs(input)).toBeUndefined();
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses the number %d', (input) => {
    expect(parseDurationMs(input)).toBeUndefined();
  });
});

describe('formatDurationMs', () => {
  it.each([
    [250, '250ms'],
    [1_000, '1s'],
    [1_500, '1500ms'],
    [120_000, '2m'],
  ])('writes %d ms as %s', (input, expected) => {
    expect(formatDurationMs(input)).toBe(expected);
  });
});
