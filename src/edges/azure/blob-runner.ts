/**
 * What runs on a load VM: read the plan through its SAS URL, run it against the product VM, and
 * write each level to Blob the moment it is measured (a run killed half-way keeps what it
 * finished), with a heartbeat (`status.json`) and the runner's log beside it. Writes go through
 * one queue so a late heartbeat never overwrites the final status.
 */
import type { StoragePipelineOptions } from '@azure/storage-blob';
import { AnonymousCredential, BlobClient, BlockBlobClient } from '@azure/storage-blob';
import type { BenchPlan } from '../../core/config/plan.js';
import type { LevelMeasurement, LevelProgress } from '../../core/engine/measurement.js';
import type { RunPlanOptions } from '../../core/engine/run-plan.js';
import { BenchError, ExitCode, exitCodeFor, inputError } from '../../core/errors.js';
import { decodePlanFile, type AbRoundPlan } from '../../core/remote/plan-codec.js';
import {
  agentFolder,
  countPlanLevels,
  levelFileStem,
  LOG_BLOB,
  STATUS_BLOB,
} from '../../core/remote/run-exchange.js';
import { encodeRunnerResult } from '../../core/remote/runner-result-codec.js';
import type { RunnerStatus } from '../../core/remote/runner-status.js';
import { encodeRunnerStatus } from '../../core/remote/runner-status.js';
import { renderHlog } from '../../core/report/hlog.js';
import { blobErrorStatus } from './blob-service-client.js';

/** The engine entry the runner drives (`runPlan` from core/engine, or a stand-in in tests). */
export type RunPlanFunction = (
  plan: BenchPlan,
  opts: RunPlanOptions,
) => Promise<LevelMeasurement[]>;

/** Environment variables the runner reads (all strings, as in `process.env`). */
export type RemoteAgentEnv = Record<string, string | undefined>;

/** What `runRemoteAgent` needs besides its environment. */
export interface RemoteAgentDeps {
  runPlan: RunPlanFunction;
  /** Aborting (SIGTERM/SIGINT) stops the load; finished levels are kept, status `interrupted`. */
  signal?: AbortSignal;
  /** Where log lines are shown as well as uploaded (default: stdout). */
  write?: (line: string) => void;
  /** Clock, epoch ms. */
  nowMs?: () => number;
  /** Heartbeat period (default 10 s). */
  heartbeatIntervalMs?: number;
  /** Blob client options (retries, TLS); the SDK's bounded exponential retry applies by default. */
  clientOptions?: StoragePipelineOptions;
  /** bench-action version, for the log and the `.hlog` headers. */
  toolVersion?: string;
}

/** Settings read from the environment. */
export interface RemoteAgentSettings {
  /** SAS URL of `plan.json` (read). */
  planUrl: string;
  /** SAS URL of the run's results folder (create + write). */
  resultsUrl: string;
  /** Where the load goes, no trailing slash. */
  targetUrl: string;
  /** This agent, from 0. */
  agentIndex: number;
  /** Agents sharing the load. */
  agentCount: number;
  /** Common start of the first level, epoch ms. */
  startAtEpochMs?: number;
  /** Same-VM A/B: where the baseline's load goes, no trailing slash. */
  baselineUrl?: string;
}

/** Names of the runner's environment variables. */
export const RUNNER_ENV = {
  planUrl: 'BENCH_PLAN_URL',
  resultsUrl: 'BENCH_RESULTS_URL',
  targetUrl: 'BENCH_TARGET_URL',
  agentIndex: 'BENCH_AGENT_INDEX',
  agentCount: 'BENCH_AGENT_COUNT',
  startAt: 'BENCH_START_AT',
  baselineUrl: 'BENCH_BASELINE_URL',
} as const;

/** Log lines kept for `runner.log`; older ones are dropped (stdout still has them). */
const MAX_LOG_LINES = 10_000;

/**
 * `--plan-url X --results-url=Y …` as environment overrides (`BENCH_PLAN_URL` …), so the runner
 * can be started by hand with flags as well as by the run command with variables.
 */
export function runnerEnvFromArgs(argv: string[]): RemoteAgentEnv {
  const flags: Record<string, string> = {
    '--plan-url': RUNNER_ENV.planUrl,
    '--results-url': RUNNER_ENV.resultsUrl,
    '--target-url': RUNNER_ENV.targetUrl,
    '--agent-index': RUNNER_ENV.agentIndex,
    '--agent-count': RUNNER_ENV.agentCount,
    '--start-at': RUNNER_ENV.startAt,
    '--baseline-url': RUNNER_ENV.baselineUrl,
  };
  const env: RemoteAgentEnv = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const flag = eq < 0 ? arg : arg.slice(0, eq);
    const name = flags[flag];
    if (!name) {
      throw inputError(
        'RUNNER_ARGS_INVALID',
        `Unknown argument ${flag}`,
        `Use ${Object.keys(flags).join(', ')}, or the ${Object.values(flags).join(', ')} variables.`,
      );
    }
    const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined) {
      throw inputError('RUNNER_ARGS_INVALID', `${flag} needs a value`, `Write ${flag} <value>.`);
    }
    env[name] = value;
  }
  return env;
}

/** Reads and checks the runner's settings; throws an input error naming the variable. */
export function parseRemoteAgentEnv(env: RemoteAgentEnv): RemoteAgentSettings {
  const required = (name: string): string => {
    const value = env[name]?.trim();
    if (!value) {
      throw inputError(
        'RUNNER_ENV_MISSING',
        `${name} is not set`,
        `Set ${name} (the action sets it for the load VM).`,
      );
    }
    return value;
  };
  const url = (name: string, protocols: string[]): string => {
    const value = required(name);
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      throw inputError(
        'RUNNER_ENV_INVALID',
        `${name} is not a URL`,
        `Set ${name} to an absolute URL.`,
      );
    }
    if (!protocols.includes(parsed.protocol)) {
      throw inputError(
        'RUNNER_ENV_INVALID',
        `${name} uses ${parsed.protocol}; expected ${protocols.join(' or ')}`,
        `Set ${name} to an ${protocols.join(' or ')} URL.`,
      );
    }
    return value;
  };
  const integer = (name: string, fallback: number | undefined, min: number): number | undefined => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const n = Number(raw);
    if (!Number.isSafeInteger(n) || n < min) {
      throw inputError(
        'RUNNER_ENV_INVALID',
        `${name} is ${JSON.stringify(raw)}; expected an integer >= ${min}`,
        `Set ${name} to a whole number.`,
      );
    }
    return n;
  };

  const settings: RemoteAgentSettings = {
    planUrl: url(RUNNER_ENV.planUrl, ['https:', 'http:']),
    resultsUrl: url(RUNNER_ENV.resultsUrl, ['https:', 'http:']),
    targetUrl: url(RUNNER_ENV.targetUrl, ['https:', 'http:']).replace(/\/+$/, ''),
    agentIndex: integer(RUNNER_ENV.agentIndex, 0, 0) ?? 0,
    agentCount: integer(RUNNER_ENV.agentCount, 1, 1) ?? 1,
  };
  const startAt = integer(RUNNER_ENV.startAt, undefined, 0);
  if (startAt !== undefined) settings.startAtEpochMs = startAt;
  if (env[RUNNER_ENV.baselineUrl]?.trim()) {
    settings.baselineUrl = url(RUNNER_ENV.baselineUrl, ['https:', 'http:']).replace(/\/+$/, '');
  }
  if (settings.agentIndex >= settings.agentCount) {
    throw inputError(
      'RUNNER_ENV_INVALID',
      `${RUNNER_ENV.agentIndex} is ${settings.agentIndex} but ${RUNNER_ENV.agentCount} is ${settings.agentCount}`,
      `Number agents from 0 to ${RUNNER_ENV.agentCount} - 1.`,
    );
  }
  return settings;
}

/** A URL for `name` inside the SAS folder URL `folderUrl`, keeping its query (the SAS). */
export function blobUrlInFolder(folderUrl: string, name: string): string {
  const url = new URL(folderUrl);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${name.split('/').map(encodeURIComponent).join('/')}`;
  return url.toString();
}

/**
 * Runs one load agent end to end and returns its exit code: 0 finished, 2 bad input (settings,
 * plan), 3 target or infrastructure failure, 130 interrupted. Never throws.
 */
export async function runRemoteAgent(
  env: RemoteAgentEnv,
  deps: RemoteAgentDeps,
): Promise<ExitCode> {
  const nowMs = deps.nowMs ?? Date.now;
  const write = deps.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const logLines: string[] = [];
  let droppedLines = 0;
  const log = (message: string) => {
    const line = `${new Date(nowMs()).toISOString()} ${message}`;
    write(line);
    logLines.push(line);
    if (logLines.length > MAX_LOG_LINES) {
      logLines.shift();
      droppedLines += 1;
    }
  };
  const logText = () =>
    (droppedLines > 0 ? `[${droppedLines} earlier lines dropped]\n` : '') +
    logLines.join('\n') +
    '\n';

  let settings: RemoteAgentSettings;
  try {
    settings = parseRemoteAgentEnv(env);
  } catch (error) {
    // Without settings there is nowhere to write a status: the log on stdout is all there is.
    log(describeError(error));
    return exitCodeFor(error);
  }

  const prefix = agentFolder(settings.agentIndex);
  const clientOptions = deps.clientOptions ?? {};
  const startedAt = new Date(nowMs()).toISOString();
  const status: RunnerStatus = {
    statusFormat: 1,
    state: 'running',
    agentIndex: settings.agentIndex,
    agentCount: settings.agentCount,
    startedAt,
    updatedAt: startedAt,
    levelsDone: 0,
    levelsTotal: 0,
  };

  // One queue for every write: Blob keeps the last write, so order must be the order of events.
  let writes: Promise<void> = Promise.resolve();
  let writeError: unknown;
  const upload = (name: string, text: string, contentType: string) => {
    const client = new BlockBlobClient(
      blobUrlInFolder(settings.resultsUrl, `${prefix}/${name}`),
      new AnonymousCredential(),
      clientOptions,
    );
    return client
      .upload(text, Buffer.byteLength(text), { blobHTTPHeaders: { blobContentType: contentType } })
      .then(() => undefined);
  };
  const enqueue = (what: string, task: () => Promise<void>) => {
    writes = writes.then(task).catch((error: unknown) => {
      writeError ??= error;
      log(`could not write ${what} to Blob: ${(error as Error).message}`);
    });
    return writes;
  };
  let statusPending: Promise<void> | undefined;
  const pushStatus = () => {
    // Coalesced: a status write still waiting in the queue takes its snapshot when it runs, so
    // it carries the latest state, and a slow Blob never piles up heartbeats.
    statusPending ??= enqueue('the status', async () => {
      statusPending = undefined;
      status.updatedAt = new Date(nowMs()).toISOString();
      const statusText = encodeRunnerStatus(status);
      const logSnapshot = logText();
      await upload(STATUS_BLOB, statusText, 'application/json; charset=utf-8');
      await upload(LOG_BLOB, logSnapshot, 'text/plain; charset=utf-8');
    });
    return statusPending;
  };

  const heartbeat = setInterval(() => void pushStatus(), deps.heartbeatIntervalMs ?? 10_000);
  heartbeat.unref?.();
  let exitCode: ExitCode;
  try {
    log(
      `bench runner${deps.toolVersion ? ` ${deps.toolVersion}` : ''} agent ${settings.agentIndex + 1} of ` +
        `${settings.agentCount}, target ${settings.targetUrl}`,
    );
    await pushStatus();
    if (writeError) throw resultsUnwritable(writeError);

    const { plan, abRound } = await downloadPlan(settings.planUrl, clientOptions);
    status.levelsTotal = countPlanLevels(plan, abRound);
    log(
      abRound
        ? `plan ${plan.name}: A/B round ${abRound.round} (${abRound.mode}), ${abRound.steps.length} step(s), baseline ${settings.baselineUrl ?? '(not set)'}`
        : `plan ${plan.name}: ${plan.scenarios.length} scenario(s) × ${plan.load.levels.length} level(s)`,
    );

    let levelIndex = 0;
    const onProgress = (p: LevelProgress) => {
      status.current = {
        scenario: p.scenario,
        level: p.level,
        phase: p.phase,
        successRps: p.successRps,
      };
    };
    const onLevel = (m: LevelMeasurement, side?: 'baseline' | 'candidate') => {
      const index = levelIndex++;
      const stem = levelFileStem(index, side ? `${side}-${m.scenario}` : m.scenario, m.level);
      const resultText = encodeRunnerResult({
        resultFormat: 1,
        agentIndex: settings.agentIndex,
        agentCount: settings.agentCount,
        levelIndex: index,
        ...(side && { side }),
        measurement: m,
      });
      let hlogText: string | undefined;
      try {
        hlogText = renderHlog(m, {
          startTimeEpochMs: m.startEpochMs,
          toolVersion: deps.toolVersion,
        });
      } catch (error) {
        log(`no .hlog for ${m.scenario} at ${m.level}: ${(error as Error).message}`);
      }
      log(
        `measured ${side ? `${side} ` : ''}${m.scenario} at ${m.level}: ${m.success} successes in ${Math.round(m.durationMs)} ms` +
          (m.interrupted ? ' (interrupted)' : ''),
      );
      void enqueue(`level ${stem}`, async () => {
        await upload(`levels/${stem}.json`, resultText, 'application/json; charset=utf-8');
        if (hlogText !== undefined)
          await upload(`levels/${stem}.hlog`, hlogText, 'text/plain; charset=utf-8');
        status.levelsDone += 1;
      });
      void pushStatus();
    };

    if (abRound) {
      await runAbRound(plan, abRound, settings, deps, { onProgress, onLevel, nowMs });
    } else {
      const opts: RunPlanOptions = {
        baseUrl: settings.targetUrl,
        share: { index: settings.agentIndex, count: settings.agentCount },
        onProgress,
        onLevel: (m: LevelMeasurement) => onLevel(m),
      };
      if (deps.signal) opts.signal = deps.signal;
      if (settings.startAtEpochMs !== undefined) opts.startAtEpochMs = settings.startAtEpochMs;
      await deps.runPlan(plan, opts);
    }
    await writes;
    if (writeError) throw resultsUnwritable(writeError);
    delete status.current;
    if (deps.signal?.aborted) {
      status.state = 'interrupted';
      exitCode = ExitCode.interrupted;
      log(`interrupted after ${status.levelsDone} level(s)`);
    } else {
      status.state = 'finished';
      exitCode = ExitCode.ok;
      log(`finished ${status.levelsDone} level(s)`);
    }
  } catch (error) {
    await writes;
    exitCode = exitCodeFor(error);
    status.state = 'failed';
    delete status.current;
    status.error =
      error instanceof BenchError
        ? { code: error.code, message: error.message, hint: error.hint }
        : { code: 'RUNNER_CRASHED', message: (error as Error)?.message ?? String(error) };
    log(`failed after ${status.levelsDone} level(s): ${describeError(error)}`);
  } finally {
    clearInterval(heartbeat);
  }
  status.exitCode = exitCode;
  await pushStatus();
  return exitCode;
}

/**
 * One round of a same-VM A/B on this load VM, step by step in the round's order. Interleaved:
 * each side in turn at this agent's share of the level. Duet: both sides at once from one start
 * time, each at half of this agent's share (the sides' shares over all agents add up to the
 * level). The first step starts at the common start time all agents were given.
 */
async function runAbRound(
  plan: BenchPlan,
  round: AbRoundPlan,
  settings: RemoteAgentSettings,
  deps: RemoteAgentDeps,
  hooks: {
    onProgress: (p: LevelProgress) => void;
    onLevel: (m: LevelMeasurement, side: 'baseline' | 'candidate') => void;
    nowMs: () => number;
  },
): Promise<void> {
  const { baselineUrl } = settings;
  if (baselineUrl === undefined) {
    throw inputError(
      'RUNNER_ENV_MISSING',
      `${RUNNER_ENV.baselineUrl} is not set, and the plan is a round of an A/B`,
      `Set ${RUNNER_ENV.baselineUrl} (the action sets it for the load VM of an A/B run).`,
    );
  }
  const urlOf = (side: 'baseline' | 'candidate') =>
    side === 'baseline' ? baselineUrl : settings.targetUrl;
  let startAt = settings.startAtEpochMs;
  for (const step of round.steps) {
    if (deps.signal?.aborted) return;
    const single: BenchPlan = {
      ...plan,
      scenarios: plan.scenarios.filter((s) => s.name === step.scenario),
      load: { ...plan.load, levels: [step.level] },
    };
    if (single.scenarios.length === 0) {
      throw inputError(
        'PLAN_INVALID',
        `The A/B round names scenario ${JSON.stringify(step.scenario)}, which the plan does not have`,
        'Upload the plan and its rounds from the same run.',
      );
    }
    const base = (side: 'baseline' | 'candidate'): RunPlanOptions => ({
      baseUrl: urlOf(side),
      onProgress: hooks.onProgress,
      onLevel: (m: LevelMeasurement) => hooks.onLevel(m, side),
      ...(deps.signal && { signal: deps.signal }),
    });
    if (round.mode === 'interleaved') {
      for (const side of step.order) {
        if (deps.signal?.aborted) return;
        await deps.runPlan(single, {
          ...base(side),
          share: { index: settings.agentIndex, count: settings.agentCount },
          ...(startAt !== undefined && { startAtEpochMs: startAt }),
        });
        startAt = undefined;
      }
    } else {
      // One start time for both sides, a little ahead so both loops are ready for it.
      const at = startAt ?? hooks.nowMs() + 50;
      startAt = undefined;
      await Promise.all(
        step.order.map((side, i) =>
          deps.runPlan(single, {
            ...base(side),
            share: {
              index: i * settings.agentCount + settings.agentIndex,
              count: 2 * settings.agentCount,
            },
            startAtEpochMs: at,
          }),
        ),
      );
    }
  }
}

async function downloadPlan(
  planUrl: string,
  clientOptions: StoragePipelineOptions,
): Promise<{ plan: BenchPlan; abRound?: AbRoundPlan }> {
  let text: string;
  try {
    const buffer = await new BlobClient(
      planUrl,
      new AnonymousCredential(),
      clientOptions,
    ).downloadToBuffer();
    text = buffer.toString('utf8');
  } catch (error) {
    const status = blobErrorStatus(error);
    if (status === 403 || status === 404) {
      throw inputError(
        'PLAN_UNREADABLE',
        `The plan could not be read (HTTP ${status}): the SAS URL is wrong, expired or the plan was deleted`,
        'Start the runner with a fresh BENCH_PLAN_URL from the same run.',
        error,
      );
    }
    throw new BenchError(
      'PLAN_DOWNLOAD_FAILED',
      `The plan could not be downloaded: ${(error as Error).message}`,
      'Check the load VM has outbound access to Blob storage (NAT gateway), then run again.',
      { cause: error },
    );
  }
  return decodePlanFile(text);
}

function resultsUnwritable(cause: unknown): BenchError {
  const status = blobErrorStatus(cause);
  // A refused SAS is the caller's input; anything else is the network or the service.
  return new BenchError(
    status === 403 || status === 404 ? 'RUNNER_RESULTS_REFUSED' : 'RESULTS_UNWRITABLE',
    `Results could not be written to Blob: ${(cause as Error)?.message ?? String(cause)}`,
    'Check BENCH_RESULTS_URL (a create+write SAS that has not expired) and outbound access to Blob.',
    { cause },
  );
}

function describeError(error: unknown): string {
  if (error instanceof BenchError) return `${error.code}: ${error.message} (${error.hint})`;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
