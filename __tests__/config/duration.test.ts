import { describe, expect, it } from 'vitest';
import {
  MAX_TIMER_MS,
  DURATION_BOUNDS,
  checkDuration,
  formatDurationMs,
  parseDurationMs,
} from '../../src/core/config/duration.js';

describe('parseDurationMs', () => {
  it.each([
    ['500ms', 500],
    ['5s', 5_000],
    ['1.5s', 1_500],
    ['2m', 120_000],
    ['1h', 3_600_000],
    [' 3 s ', 3_000],
    ['0s', 0],
    // A bare number means seconds, as on the command line and in the action's inputs.
    ['250', 250_000],
    ['2', 2_000],
    [0.5, 500],
    [750, 750_000],
    [0, 0],
  ] as const)('reads %j as %d ms', (input, expected) => {
    expect(parseDurationMs(input)).toBe(expected);
  });

  it.each(['5 sec', '5seconds', '-1s', 's', '', '1d', 'ten', '1e3s'])('refuses %j', (input) => {
    expect(parseDurationMs(input)).toBeUndefined();
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses the number %d', (input) => {
    expect(parseDurationMs(input)).toBeUndefined();
  });
});

describe('checkDuration', () => {
  it.each([
    ['10s', 'measured', 10_000],
    ['24h', 'measured', 86_400_000],
    ['100ms', 'measured', 100],
    ['0s', 'phase', 0],
    ['1ms', 'timeout', 1],
    ['1h', 'timeout', 3_600_000],
  ] as const)('accepts %j as a %s duration', (input, kind, ms) => {
    expect(checkDuration(input, kind)).toEqual({ ok: true, ms });
  });

  it.each([
    ['99999h', 'measured', 'too long'],
    ['24.001h', 'measured', 'too long'],
    ['0s', 'measured', 'too short'],
    ['99ms', 'measured', 'too short'],
    ['0s', 'timeout', 'a duration of zero is not allowed here'],
    ['9999999h', 'timeout', 'too long'],
    ['2m', 'interval', 'too long'],
    ['soon', 'phase', 'not a duration'],
  ] as const)('refuses %j as a %s duration: %s', (input, kind, message) => {
    const checked = checkDuration(input, kind);
    expect(checked).toMatchObject({ ok: false, message });
    if (!checked.ok) expect(checked.expected).toMatch(/from .+ to /);
  });

  it('keeps every bound inside what a timer can wait', () => {
    for (const bounds of Object.values(DURATION_BOUNDS)) {
      expect(bounds.maxMs).toBeLessThanOrEqual(MAX_TIMER_MS);
      expect(bounds.minMs).toBeLessThanOrEqual(bounds.maxMs);
    }
  });
});

describe('formatDurationMs', () => {
  it.each([
    [250, '250ms'],
    [1_000, '1s'],
    [1_500, '1500ms'],
    [120_000, '2m'],
    [7_200_000, '2h'],
  ])('writes %d ms as %s', (input, expected) => {
    expect(formatDurationMs(input)).toBe(expected);
  });
});

describe('duration edges', () => {
  it('writes zero and exact unit boundaries in their shortest form', () => {
    expect(formatDurationMs(0)).toBe('0ms');
    expect(formatDurationMs(999)).toBe('999ms');
    expect(formatDurationMs(1_000)).toBe('1s');
    expect(formatDurationMs(60_000)).toBe('1m');
    expect(formatDurationMs(90_000)).toBe('90s');
    expect(formatDurationMs(3_600_000)).toBe('1h');
    expect(formatDurationMs(5_400_000)).toBe('90m');
  });

  it('reads a number as seconds without going through the text pattern', () => {
    // 1e21 seconds prints as "1e+21", which the text pattern would refuse.
    expect(parseDurationMs(1e21)).toBe(1e24);
    expect(parseDurationMs(Number.NaN)).toBeUndefined();
    expect(parseDurationMs(-1)).toBeUndefined();
  });

  it("caps timers at Node's limit, 2^31 - 1 ms (longer delays fire after 1 ms)", () => {
    expect(MAX_TIMER_MS).toBe(2_147_483_647);
  });
});
