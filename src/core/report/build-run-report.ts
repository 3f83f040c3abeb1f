/**
 * Assembles the whole `RunReport` from the measured levels and what is known about the run, and
 * names runs and their report directories.
 */
import type { BenchPlan } from '../config/plan.js';
import {
  RESULT_SCHEMA_VERSION,
  type Environment,
  type LevelReport,
  type RunReport,
  type TargetInfo,
} from './model.js';

/** Everything `buildRunReport` needs. */
export interface BuildRunReportInput {
  /** Run id, from `newRunId`. */
  id: string;
  plan: BenchPlan;
  startedAt: Date;
  finishedAt: Date;
  /** When the report is written; defaults to `finishedAt`. */
  createdAt?: Date;
  levels: LevelReport[];
  environment: Environment;
  target: TargetInfo;
  /** True when the run was interrupted before every level finished. */
  partial: boolean;
  outcome: RunReport['outcome'];
  /** Warnings and remarks in words. */
  notes: string[];
}

/** Builds the `RunReport`; notes about generator-bound levels are added when missing. */
export function buildRunReport(input: BuildRunReportInput): RunReport {
  const notes = [...input.notes];
  const bound = input.levels.filter((l) => l.generator.generatorBound);
  if (bound.length > 0) {
    const names = bound.map((l) => `${l.scenario} @ ${l.level}`);
    const shown = names.length > 10 ? [...names.slice(0, 10), `${names.length - 10} more`] : names;
    const note = `${bound.length} level(s) were limited by the load generator, not the target (${shown.join(', ')}); their throughput understates the target`;
    if (!notes.includes(note)) notes.push(note);
  }
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    id: input.id,
    name: input.plan.name,
    createdAt: (input.createdAt ?? input.finishedAt).toISOString(),
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    partial: input.partial,
    outcome: input.outcome,
    target: input.target,
    environment: input.environment,
    config: {
      ...(input.plan.configPath !== undefined ? { path: input.plan.configPath } : {}),
      hash: input.plan.configHash,
      resolved: input.plan.resolvedConfig,
    },
    levels: input.levels,
    notes,
  };
}

/** UTC timestamp in the compact ISO 8601 basic form `yyyymmddThhmmssZ`. */
export function compactUtcStamp(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A run id: the start time in compact UTC form plus eight random base-36 characters, so ids sort
 * by time and two runs started in the same second still differ.
 */
export function newRunId(date: Date, random: () => number = Math.random): string {
  let suffix = '';
  for (let i = 0; i < 8; i++) {
    suffix += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length) % ID_ALPHABET.length];
  }
  return `${compactUtcStamp(date)}-${suffix}`;
}

/** The short form of a run id used in directory names: its random part, at most 8 characters. */
export function shortRunId(id: string): string {
  const last = id.split('-').pop() ?? id;
  const clean = last.toLowerCase().replace(/[^a-z0-9]/g, '');
  return (clean || 'run').slice(0, 8);
}

/** Default report directory of a run, relative to the working directory. */
export function defaultReportDir(date: Date, id: string): string {
  return `reports/${compactUtcStamp(date)}-${shortRunId(id)}`;
}
