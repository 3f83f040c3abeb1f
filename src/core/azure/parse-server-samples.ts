/**
 * Reads the product VM sampler's `samples.jsonl` (one JSON object per second, written by
 * `samplerScript` in cloud-init.ts) into the process samples the report aligns with each level.
 * The product container's cgroup counters stand for the "server process": they are what
 * `docker stats` shows, and they leave out the sampler and the VM agent.
 */
import type { ProcessSample } from '../engine/measurement.js';

/** Samples that could be used, and how many lines could not. */
export interface ParsedServerSamples {
  /** Container CPU (cumulative µs) and memory, in time order. */
  samples: ProcessSample[];
  /** Lines skipped: not JSON, or taken before the container existed (null counters). */
  skippedLines: number;
}

/**
 * Parses the sampler file; never throws (a torn last line is skipped). `container` chooses whose
 * counters are read: the product container's (the candidate of an A/B, the default) or the
 * baseline container's of a same-VM A/B (`baselineContainer` in each line).
 */
export function parseServerSamples(
  text: string,
  container: 'product' | 'baseline' = 'product',
): ParsedServerSamples {
  const samples: ProcessSample[] = [];
  let skippedLines = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      skippedLines++;
      continue;
    }
    const row = value as {
      tsMs?: unknown;
      container?: { cpuUsec?: unknown; memoryBytes?: unknown } | null;
      baselineContainer?: { cpuUsec?: unknown; memoryBytes?: unknown } | null;
    } | null;
    const epochMs = row?.tsMs;
    const counters = container === 'baseline' ? row?.baselineContainer : row?.container;
    const cpuUs = counters?.cpuUsec;
    const rssBytes = counters?.memoryBytes;
    if (
      typeof epochMs !== 'number' ||
      typeof cpuUs !== 'number' ||
      typeof rssBytes !== 'number' ||
      !Number.isFinite(epochMs) ||
      !Number.isFinite(cpuUs) ||
      !Number.isFinite(rssBytes)
    ) {
      skippedLines++;
      continue;
    }
    samples.push({ epochMs, cpuUs, rssBytes });
  }
  samples.sort((a, b) => a.epochMs - b.epochMs);
  return { samples, skippedLines };
}
