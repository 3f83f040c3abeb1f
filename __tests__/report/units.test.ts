import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatCostPerMillion,
  formatCount,
  formatCpuPercent,
  formatCpuUsPerRequest,
  formatDurationMs,
  formatHourlyPrice,
  formatRatioPercent,
  formatRps,
  formatUs,
  formatUtc,
} from '../../src/core/report/units.js';

describe('human units', () => {
  it.each([
    [0, '0 µs'],
    [812, '812 µs'],
    [999.4, '999 µs'],
    [1000, '1 ms'],
    [1420, '1.42 ms'],
    [14_200, '14.2 ms'],
    [142_000, '142 ms'],
    [999_600, '1 s'],
    [1_200_000, '1.2 s'],
    [60_000_000, '60 s'],
  ])('formatUs(%s) reads %s', (us, text) => {
    expect(formatUs(us)).toBe(text);
  });

  it.each([
    [0, '0'],
    [2.54, '2.5'],
    [99.96, '100'],
    [1234.4, '1,234'],
    [46_420.2, '46,420'],
    [1_234_567, '1,234,567'],
  ])('formatRps(%s) reads %s', (rps, text) => {
    expect(formatRps(rps)).toBe(text);
  });

  it.each([
    [0, '0%'],
    [0.000001, '<0.001%'],
    [0.00012, '0.012%'],
    [10 / 610, '1.64%'],
    [1, '100%'],
  ])('formatRatioPercent(%s) reads %s', (fraction, text) => {
    expect(formatRatioPercent(fraction)).toBe(text);
  });

  it.each([
    [formatCount(1234567.4), '1,234,567'],
    [formatCpuPercent(96.6), '97%'],
    [formatCpuUsPerRequest(35.14), '35.1 µs'],
    [formatCpuUsPerRequest(1639.3), '1.64 ms'],
    [formatBytes(512), '512 B'],
    [formatBytes(1536), '1.5 KiB'],
    [formatBytes(130_000_000), '124 MiB'],
    [formatBytes(8 * 1024 ** 3), '8 GiB'],
    [formatDurationMs(850), '850 ms'],
    [formatDurationMs(32_000), '32 s'],
    [formatDurationMs(125_000), '2 min 5 s'],
    [formatUtc('2023-11-14T22:13:20.000Z'), '2023-11-14 22:13:20 UTC'],
  ])('%s is %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it.each([
    [0.192, '0.192'],
    [0.0104, '0.0104'],
    [1.536, '1.536'],
    [2, '2.00'],
    [0.5, '0.50'],
    [1234.5, '1,234.50'],
  ])('formatHourlyPrice(%s) reads %s', (amount, text) => {
    expect(formatHourlyPrice(amount)).toBe(text);
  });

  it.each([
    [0.41, '0.41'],
    [0.010256, '0.010'],
    [0.009697, '0.0097'],
    [0.4051, '0.41'],
    [1.234, '1.23'],
    [12.5, '12.50'],
    [1234.567, '1,234.57'],
    [0, '0'],
  ])('formatCostPerMillion(%s) reads %s', (amount, text) => {
    expect(formatCostPerMillion(amount)).toBe(text);
  });

  it('prints a dash for a figure that is not a number', () => {
    expect([formatUs(NaN), formatRps(Infinity), formatRatioPercent(NaN), formatBytes(NaN)]).toEqual(
      ['-', '-', '-', '-'],
    );
  });
});
