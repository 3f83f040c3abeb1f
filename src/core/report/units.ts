/**
 * Human units for every rendering (Markdown, terminal, PR comment): one place decides how a
 * latency, a rate or a size reads, so the same figure looks the same everywhere. Output never
 * depends on the machine's locale.
 */

/** Groups the integer part of a decimal string with commas: `12345.6` → `12,345.6`. */
function groupThousands(text: string): string {
  const [intPart = '', frac] = text.split('.');
  const sign = intPart.startsWith('-') ? '-' : '';
  const digits = sign ? intPart.slice(1) : intPart;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? `${sign}${grouped}` : `${sign}${grouped}.${frac}`;
}

/** Three significant digits without trailing zeros: 1.40 → `1.4`, 142 → `142`. */
function threeSignificant(x: number): string {
  return String(Number(x.toPrecision(3)));
}

/** A latency in µs as `812 µs`, `1.42 ms`, `142 ms` or `1.2 s`. */
export function formatUs(valueUs: number): string {
  if (!Number.isFinite(valueUs)) return '-';
  const us = Math.round(valueUs);
  if (us < 1000) return `${us} µs`;
  // toPrecision can round 999.6 ms up to 1000: promote to the next unit in that case.
  const ms = Number((us / 1000).toPrecision(3));
  if (ms < 1000) return `${threeSignificant(ms)} ms`;
  return `${threeSignificant(us / 1_000_000)} s`;
}

/** A count with thousands separators: `1,234,567`. */
export function formatCount(n: number): string {
  return groupThousands(String(Math.round(n)));
}

/** A rate in req/s without the unit: `12,345`, or `2.5` below 100 where decimals matter. */
export function formatRps(rps: number): string {
  if (!Number.isFinite(rps)) return '-';
  if (rps < 100) return groupThousands(String(Math.round(rps * 10) / 10));
  return formatCount(rps);
}

/** A fraction (0..1) as a percentage: `0%`, `0.012%`, `3.4%`, `100%`. */
export function formatRatioPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return '-';
  const pct = fraction * 100;
  if (pct === 0) return '0%';
  if (pct < 0.001) return '<0.001%';
  return `${threeSignificant(pct)}%`;
}

/** CPU as a whole percentage of one core: `97%`, `241%` (more than one core busy). */
export function formatCpuPercent(percent: number): string {
  if (!Number.isFinite(percent)) return '-';
  return `${Math.round(percent)}%`;
}

/** CPU time per request: `35.1 µs`, `1.2 ms`. */
export function formatCpuUsPerRequest(us: number): string {
  if (!Number.isFinite(us)) return '-';
  if (us < 1000) return `${threeSignificant(us)} µs`;
  return formatUs(us);
}

/** A size in bytes with binary units: `512 B`, `1.5 KiB`, `86.2 MiB`, `7.75 GiB`. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '-';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let i = 0;
  while (value >= 1024 && i < units.length - 1) {
    value /= 1024;
    i++;
  }
  return i === 0 ? `${Math.round(value)} B` : `${threeSignificant(value)} ${units[i]}`;
}

/** A duration in ms as `850 ms`, `30 s`, `2 min 5 s`. */
export function formatDurationMs(ms: number): string {
  if (!Number.isFinite(ms)) return '-';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = Math.round(ms / 1000);
  if (s < 60) return `${threeSignificant(ms / 1000)} s`;
  const min = Math.floor(s / 60);
  const rest = s % 60;
  return rest === 0 ? `${min} min` : `${min} min ${rest} s`;
}

/** A date as `2026-11-29 03:53:11 UTC`, independent of the local time zone. */
export function formatUtc(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return String(iso);
  return `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/**
 * An hourly price without its currency: four significant digits, at least two decimals, so
 * cents are never lost and sub-cent prices keep their figures: `0.192`, `1.536`, `2.00`,
 * `1,234.50`.
 */
export function formatHourlyPrice(amount: number): string {
  if (!Number.isFinite(amount)) return '-';
  const text =
    amount >= 1
      ? amount.toFixed(Math.max(2, 4 - (Math.floor(Math.log10(amount)) + 1)))
      : amount.toPrecision(4);
  // Trailing zeros beyond the second decimal say nothing.
  const trimmed = text.replace(/(\.\d\d\d*?)0+$/, '$1');
  return groupThousands(trimmed);
}

/**
 * A cost per million requests without its currency: two decimals from 1 up (`1.23`, `12.50`),
 * two significant digits below (`0.41`, `0.053`), so small costs keep their first digits.
 */
export function formatCostPerMillion(amount: number): string {
  if (!Number.isFinite(amount)) return '-';
  if (amount >= 1) return groupThousands(amount.toFixed(2));
  if (amount === 0) return '0';
  // toPrecision keeps a significant trailing zero (0.010), which Number() would drop.
  return amount.toPrecision(2);
}
