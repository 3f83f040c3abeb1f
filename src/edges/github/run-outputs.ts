/**
 * Sets every output of the action from a run's result. Outputs that do not apply are set to an
 * empty string rather than left out, so `steps.bench.outputs.x` is always defined.
 */
import * as core from '@actions/core';
import type { LevelReport, RunReport } from '../../core/report/model.js';
import type { ChangePoint } from '../../core/stats/change-points.js';
import type { Finding, Verdict } from '../../core/stats/verdict.js';
import { Outputs, type OutputName } from './constants.js';

/** What `setRunOutputs` publishes. */
export interface RunOutputsInput {
  /** Overall verdict. */
  verdict: Verdict;
  /** The run report; absent when the run produced none (skipped, interrupted early). */
  report?: RunReport;
  /** Report directory. */
  reportDir?: string;
  /** Report URL in Blob storage. */
  reportUrl?: string;
  /** Workflow artifact name, when one was uploaded. */
  artifactName?: string;
  /** Link to the artifact, when one was uploaded. */
  artifactUrl?: string;
  /** Link to the PR comment, when one was written. */
  commentUrl?: string;
  /** mode aggregate: the recommended size per scenario. */
  recommendations?: readonly { scenario: string; vmSize: string | null; sentence: string }[];
  /** The branch's trends, when history in Blob is set. */
  history?: { url: string; changePoints: readonly ChangePoint[] };
  /** The findings behind the verdict (regressions and failed thresholds). */
  findings: readonly Finding[];
  /** Azure resource group. */
  resourceGroup?: string;
}

/**
 * The level the single-number outputs describe: the one with the highest successful throughput
 * (the peak of a sweep), ignoring levels whose generator was saturated when any other exists.
 */
export function headlineLevel(report: RunReport): LevelReport | undefined {
  const trusted = report.levels.filter((level) => !level.generator.generatorBound);
  const pool = trusted.length > 0 ? trusted : report.levels;
  let best: LevelReport | undefined;
  for (const level of pool) {
    if (best === undefined || level.throughput.successRps > best.throughput.successRps)
      best = level;
  }
  return best;
}

function decimals(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

/** The outputs as name → value, for logging and tests. */
export function runOutputValues(input: RunOutputsInput): Record<OutputName, string> {
  const level = input.report ? headlineLevel(input.report) : undefined;
  return {
    [Outputs.verdict]: input.verdict,
    [Outputs.reportDir]: input.reportDir ?? '',
    [Outputs.reportUrl]: input.reportUrl ?? '',
    [Outputs.artifactName]: input.artifactName ?? '',
    [Outputs.artifactUrl]: input.artifactUrl ?? '',
    [Outputs.commentUrl]: input.commentUrl ?? '',
    [Outputs.rps]: level ? decimals(level.throughput.successRps, 1) : '',
    [Outputs.p50Ms]: level ? decimals(level.latencyUs.p50 / 1000, 3) : '',
    [Outputs.p99Ms]: level ? decimals(level.latencyUs.p99 / 1000, 3) : '',
    [Outputs.errorRate]: level ? decimals(level.errorRate, 6) : '',
    [Outputs.regressions]: JSON.stringify(input.findings.map(findingOutput)),
    [Outputs.resourceGroup]: input.resourceGroup ?? '',
    [Outputs.historyUrl]: input.history?.url ?? '',
    [Outputs.recommendation]: JSON.stringify(input.recommendations ?? []),
    [Outputs.changePoints]: JSON.stringify(
      (input.history?.changePoints ?? []).map((c) => ({
        metric: c.metric,
        scenario: c.scenario,
        level: c.level,
        ...(c.vmSize !== undefined && { vmSize: c.vmSize }),
        before: { runId: c.before.runId, sha: c.before.sha },
        after: { runId: c.after.runId, sha: c.after.sha },
        relativeChange: c.relativeChange,
        verdict: c.verdict,
        sentence: c.sentence,
      })),
    ),
  };
}

/** Sets every output. */
export function setRunOutputs(input: RunOutputsInput): void {
  for (const [name, value] of Object.entries(runOutputValues(input))) core.setOutput(name, value);
}

/** One finding as the `regressions` output lists it: the fields that are known, in a fixed order. */
function findingOutput(f: Finding): Record<string, unknown> {
  return {
    source: f.source,
    scenario: f.scenario,
    level: f.level,
    metric: f.metric,
    ...(f.threshold !== undefined && { threshold: f.threshold }),
    reason: f.reason,
    ...(f.baseline !== undefined && { baseline: f.baseline }),
    ...(f.candidate !== undefined && { candidate: f.candidate }),
    ...(f.change !== undefined && { change: f.change }),
  };
}
