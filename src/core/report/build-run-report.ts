/**
 * Assembles the whole `RunReport` from the measured levels and what is known about the run, and
 * decides how the run ended (`outcome`), once for local, A/B and cloud runs: interrupted first;
 * then a target failure when the target exited on its own or any level got no successful
 * response at all (every request failed, hung or was dropped); else ok. Secrets of the plan are
 * hidden here (`redactReport`), once for every kind of run.
 */
import type { BenchPlan } from '../config/plan.js';
import {
  RESULT_SCHEMA_VERSION,
  type Environment,
  type LevelReport,
  type RunReport,
  type SetupStepReport,
  type TargetInfo,
} from './model.js';
import { secretValuesOf } from '../config/secrets.js';
import { describeLevelFailure } from './level-health.js';
import { redactReport } from './redact-report.js';

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
  interrupted: boolean;
  /** True when the target process exited without being asked to during the run. */
  targetExited?: boolean;
  /** Setup and teardown requests as they ran. */
  setup?: SetupStepReport[];
  /** Warnings and remarks in words. */
  notes: string[];
}

/** Builds the `RunReport` and its outcome; notes say why a run failed or was cut short. */
export function buildRunReport(input: BuildRunReportInput): RunReport {
  const notes = [...input.notes];
  const failedLevels = input.levels.flatMap((level) => {
    const why = describeLevelFailure(level);
    return why === undefined ? [] : [`${level.scenario} @ ${level.level}: ${why}`];
  });
  const outcome: RunReport['outcome'] = input.interrupted
    ? 'interrupted'
    : input.targetExited || failedLevels.length > 0
      ? 'target-failure'
      : 'ok';
  if (input.interrupted) {
    notes.push('The run was interrupted: levels hold what was measured until then.');
  } else {
    if (input.targetExited) notes.push('The target process exited during the run.');
    for (const failed of failedLevels) notes.push(`No request succeeded at ${failed}.`);
  }
  for (const step of input.setup ?? []) {
    // A failed setup step stops the run before any level; a failed teardown is worth a note.
    if (!step.ok && step.phase === 'teardown' && step.problem) notes.push(step.problem);
  }
  const bound = input.levels.filter((l) => l.generator.generatorBound);
  if (bound.length > 0) {
    const names = bound.map((l) => `${l.scenario} @ ${l.level}`);
    const shown = names.length > 10 ? [...names.slice(0, 10), `${names.length - 10} more`] : names;
    const note = `${bound.length} level(s) were limited by the load generator, not the target (${shown.join(', ')}); their throughput understates the target`;
    if (!notes.includes(note)) notes.push(note);
  }
  const report: RunReport = {
    schemaVersion: RESULT_SCHEMA_VERSION,
    id: input.id,
    name: input.plan.name,
    createdAt: (input.createdAt ?? input.finishedAt).toISOString(),
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    partial: input.interrupted,
    outcome,
    target: input.target,
    environment: input.environment,
    config: {
      ...(input.plan.configPath !== undefined ? { path: input.plan.configPath } : {}),
      hash: input.plan.configHash,
      resolved: input.plan.resolvedConfig,
    },
    ...(input.setup && input.setup.length > 0 ? { setup: input.setup } : {}),
    levels: input.levels,
    notes,
  };
  // Before any renderer sees it: the plan keeps the real values, the report never does.
  return redactReport(report, secretValuesOf(input.plan));
}
