/**
 * Live progress of a run. On a terminal: one line rewritten in place (level, phase,
 * elapsed/remaining, req/s, p99, errors). Elsewhere (CI logs): a plain line when a phase
 * starts and every few seconds, so logs show life without flooding.
 */
import type { LevelProgress } from '../core/engine/measurement.js';
import { formatRps, formatUs } from '../core/report/units.js';

/** Where progress goes. */
export interface ProgressOutput {
  write(text: string): void;
  /** True for an interactive terminal. */
  isTTY?: boolean;
}

/** Seconds between two plain log lines within one phase. */
const PLAIN_EVERY_MS = 5000;

/** Formats and writes progress; `done()` clears the live line. */
export class ProgressReporter {
  private lastKey = '';
  private lastPlainAt = 0;
  private live = false;

  constructor(private readonly out: ProgressOutput) {}

  /** Takes one progress event. */
  update(p: LevelProgress): void {
    const line = formatProgressLine(p);
    if (this.out.isTTY) {
      this.out.write(`\r\x1b[2K${line}`);
      this.live = true;
      return;
    }
    const key = `${p.index}:${p.phase}`;
    const now = Date.now();
    if (key !== this.lastKey || now - this.lastPlainAt >= PLAIN_EVERY_MS) {
      this.lastKey = key;
      this.lastPlainAt = now;
      this.out.write(`${line}\n`);
    }
  }

  /** Writes an informational line without breaking the live line. */
  log(text: string): void {
    this.clear();
    this.out.write(`${text}\n`);
  }

  /** Clears the live line (call before printing results). */
  done(): void {
    this.clear();
  }

  private clear(): void {
    if (this.live) {
      this.out.write('\r\x1b[2K');
      this.live = false;
    }
  }
}

/** One progress line, e.g. `[2/4] mt-to-mx @ 32  measure 3s/5s  12,345 req/s  p99 1.42 ms  0 errors`. */
export function formatProgressLine(p: LevelProgress): string {
  const elapsed = Math.min(p.elapsedMs, p.phaseMs);
  const remainingS = Math.max(0, Math.ceil((p.phaseMs - elapsed) / 1000));
  const parts = [
    `[${p.index + 1}/${p.count}] ${p.scenario} @ ${p.level}`,
    `${p.phase} ${Math.floor(elapsed / 1000)}s/${Math.round(p.phaseMs / 1000)}s (${remainingS}s left)`,
  ];
  if (p.phase === 'measure') {
    parts.push(
      `${formatRps(p.successRps)} req/s`,
      `p99 ${formatUs(p.p99Us)}`,
      `${p.failures} errors`,
    );
  }
  return parts.join('  ');
}
