/**
 * The report of a cloud run: the agents' measurements merged level by level (HDR `add`), each
 * level judged for generator saturation (merged and per agent), the product VM's samples aligned
 * with each level's window, the VMs as the environment, and notes on what the run could not do.
 */
import os from 'node:os';
import type { AzureSettings } from '../../core/azure/azure-settings.js';
import { describeVmSize } from '../../core/azure/vm-sizes.js';
import type { BenchPlan } from '../../core/config/plan.js';
import type { LevelMeasurement, ProcessSample } from '../../core/engine/measurement.js';
import { mergeLevelMeasurements } from '../../core/engine/merge-measurements.js';
import type { RunnerResults } from '../../core/remote/run-exchange.js';
import {
  DEFAULT_GENERATOR_BOUND_CPU_PERCENT,
  buildLevelReport,
} from '../../core/report/build-level-report.js';
import { hlogFileName } from '../../core/report/hlog.js';
import type { Environment, LevelReport } from '../../core/report/model.js';
import type { ProvisionedVm } from '../../edges/azure/fleet.js';

/** The merged levels of a cloud run and the measurements they came from. */
export interface MergedLevels {
  /** One report per scenario × level measured, in plan order. */
  levels: LevelReport[];
  /** The merged measurements, same order (for the `.hlog` files). */
  measurements: LevelMeasurement[];
}

/** Merges the agents' results into levels; notes name levels measured by fewer agents. */
export function mergeAgentLevels(input: {
  plan: BenchPlan;
  results: RunnerResults | undefined;
  agentCount: number;
  serverSamples: ProcessSample[];
  notes: string[];
}): MergedLevels {
  const { plan } = input;
  const merged = mergeAgents(plan, input.results, input.agentCount, input.notes);
  const workers = plan.load.workers;
  const levels = merged.map(({ measurement, parts }) => {
    const level = buildLevelReport(measurement, {
      serverSamples: input.serverSamples,
      hlogFile: hlogFileName(measurement.scenario, measurement.level),
      // CPU of the agents adds up: each can use a core per worker before it saturates.
      generatorBoundCpuPercent:
        DEFAULT_GENERATOR_BOUND_CPU_PERCENT * workers * Math.max(1, parts.length),
    });
    // One saturated agent is enough to make the merged level suspect.
    const boundPart = parts.some(
      (p) =>
        buildLevelReport(p, {
          hlogFile: level.hlogFile,
          generatorBoundCpuPercent: DEFAULT_GENERATOR_BOUND_CPU_PERCENT * workers,
        }).generator.generatorBound,
    );
    if (boundPart && !level.generator.generatorBound) {
      level.generator = {
        ...level.generator,
        generatorBound: true,
        note: `${level.generator.note} At least one load agent was saturated on its own.`,
      };
    }
    return level;
  });
  return { levels, measurements: merged.map((m) => m.measurement) };
}

/** Agents' measurements merged per scenario × level, in plan order. */
function mergeAgents(
  plan: BenchPlan,
  results: RunnerResults | undefined,
  agentCount: number,
  notes: string[],
): { measurement: LevelMeasurement; parts: LevelMeasurement[] }[] {
  if (!results) return [];
  const out: { measurement: LevelMeasurement; parts: LevelMeasurement[] }[] = [];
  for (const scenario of plan.scenarios) {
    for (const level of plan.load.levels) {
      const parts = results.measurements.filter(
        (m) => m.scenario === scenario.name && m.level === level,
      );
      if (parts.length === 0) continue;
      if (parts.length < agentCount) {
        notes.push(
          `${scenario.name} @ ${level}: measured by ${parts.length} of ${agentCount} load agents; its load was lower than planned.`,
        );
      }
      out.push({ measurement: mergeLevelMeasurements(parts, 'sum'), parts });
    }
  }
  return out;
}

/** How far after the common start time an agent's first level may begin before it is called late. */
export const LATE_START_TOLERANCE_MS = 1_000;

/**
 * When each load agent really began its first level (its warm-up), against the common start time
 * all were given: one note with every agent's offset, and one per agent that began late (its
 * levels overlapped the others' less than planned, so the merged load was lower at first).
 */
export function agentStartNotes(results: RunnerResults | undefined, startAtMs: number): string[] {
  if (!results) return [];
  const starts = results.agents.flatMap((agent) => {
    const first = agent.levels
      .map((l) => l.measurement.startEpochMs - l.measurement.warmupMs)
      .sort((a, b) => a - b)[0];
    return first === undefined ? [] : [{ agent, offsetMs: first - startAtMs }];
  });
  if (starts.length === 0) return [];
  const seconds = (ms: number) => {
    const tenths = Math.round(ms / 100) / 10;
    return `${tenths >= 0 ? '+' : ''}${tenths.toFixed(1)} s`;
  };
  const notes = [
    `Load agents began their first level at ${starts.map((s) => `${seconds(s.offsetMs)} (agent ${s.agent.agentIndex})`).join(', ')} from the common start time ${new Date(startAtMs).toISOString()}.`,
  ];
  for (const { agent, offsetMs } of starts) {
    if (offsetMs <= LATE_START_TOLERANCE_MS) continue;
    const started = agent.status?.startedAt;
    notes.push(
      `Load agent ${agent.agentIndex} started late: its first level began ${(offsetMs / 1000).toFixed(1)} s after the common start time${started ? ` (its runner started at ${started})` : ''}, so its load overlapped the other agents’ less than planned.`,
    );
  }
  return notes;
}

/** The environment of a cloud run: the VMs' size and region, the tool and commit from here. */
export function cloudEnvironment(
  local: Environment,
  productVm: ProvisionedVm | undefined,
  loadVms: ProvisionedVm[],
  settings: AzureSettings,
): Environment {
  const loadSize = loadVms[0]?.size ?? productVm?.size ?? settings.vmSizes[0] ?? 'unknown';
  return {
    ...local,
    hostname: loadVms.map((vm) => vm.name).join(',') || os.hostname(),
    cpuModel: `Azure ${loadSize} (load VM; model not reported)`,
    cpus: describeVmSize(loadSize).vCpus ?? 1,
    memoryBytes: 0,
    os: 'Ubuntu 24.04 LTS (Azure VM), runner in a container',
    nodeVersion: `runner image ${settings.runnerImage}`,
    ...(productVm && { vmSize: productVm.size, region: productVm.region }),
  };
}
