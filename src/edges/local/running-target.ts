/**
 * What a started local target looks like to the rest of the run, whether it is a process or a
 * container.
 */
import type { ProcessSample } from '../../core/engine/measurement.js';

/** How a target process ended. */
export interface TargetExit {
  /** Exit code, or null when a signal ended it. */
  code: number | null;
  /** Signal that ended it, or null. */
  signal: NodeJS.Signals | null;
}

/** A target this run started and must stop. */
export interface RunningTarget {
  /** `http://127.0.0.1:<port>`, where the load goes. */
  baseUrl: string;
  /** Process id on this machine (the container's main process for image targets; 0 if unknown). */
  pid: number;
  /** CPU and memory readings taken so far, oldest first. */
  samples(): ProcessSample[];
  /** Stop the target: polite first, forced after a grace period. Idempotent; never rejects. */
  stop(): Promise<void>;
  /** Settles when the target ends, for whatever reason. */
  exited: Promise<TargetExit>;
}

/** Options shared by the local target starters. */
export interface StartTargetOptions {
  /** Receives every output line of the target as it arrives (for verbose logs). */
  log?: (line: string) => void;
  /** Abort start-up (the target is stopped and the abort reason thrown). */
  signal?: AbortSignal;
  /** Interval of CPU/RSS sampling, ms (default 1000). */
  sampleIntervalMs?: number;
  /** Grace period between the polite stop and the forced one, ms (default 5000). */
  stopTimeoutMs?: number;
}
