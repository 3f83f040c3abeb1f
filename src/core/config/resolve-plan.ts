/**
 * Turns a validated config, its product, its scenario definitions, the payload bytes and the
 * command-line overrides into the `BenchPlan` the engine and the runners consume. Pure: every
 * file was read by the caller (`edges/files/load-plan.ts`).
 */
import { resolve as resolvePath } from 'node:path';
import { inputError } from '../errors.js';
import { applyBodyTemplate, templateBytes } from './body-template.js';
import { hashCanonicalJson, sha256Hex } from './canonical-json.js';
import { parseDurationMs } from './duration.js';
import { parseJsonCheck } from './json-check.js';
import { redactHeaders, redactPath, redactTarget } from './secrets.js';
import { parseThresholds, type Threshold } from '../stats/thresholds.js';
import type {
  BenchPlan,
  CloudPlan,
  ComparePlan,
  HealthPlan,
  JsonCheckPlan,
  LoadPlan,
  PayloadPlan,
  CommandScenarioPlan,
  ScenarioPlan,
  SetupRequestPlan,
  TargetPlan,
} from './plan.js';
import {
  DEFAULT_AB_MODE,
  DEFAULT_MAX_ROUNDS,
  DEFAULT_MIN_ROUNDS,
  MAX_CONNECTIONS,
  MAX_RATE_RPS,
  type BenchConfig,
  type CommandScenarioConfig,
  type CompareConfig,
  type EnvValue,
  type HealthConfig,
  type ProductFile,
  type ScenarioConfig,
  type SetupRequestConfig,
  type TargetConfig,
} from './schema.js';

/** Settings given on the command line, which win over the config file. */
export interface PlanOverrides {
  /** Measured window of each level, ms. */
  durationMs?: number;
  /** Warm-up before each level, ms. */
  warmupMs?: number;
  /** Levels to run instead of the config's. */
  levels?: number[];
  /** Load model; switching it needs `levels` too, since levels change meaning. */
  model?: 'closed' | 'open';
  /** Where to run. */
  provider?: 'local' | 'azure';
  /** Worker threads per load generator (`--workers`), instead of `load.workers`. */
  workers?: number;
}

/** One payload file as read from disk. */
export interface PayloadFile {
  /** File name shown in reports (relative to the payload directory or list). */
  name: string;
  /** Raw file bytes. */
  bytes: Uint8Array;
  /** Weight from the config, when one was given. */
  weight?: number;
}

/** A product as read from `products/<name>/`. */
export interface ProductSource {
  /** Product name (directory name unless the file gives one). */
  name: string;
  /** Product directory, absolute: the base of a command's `cwd`. */
  dir: string;
  /** The validated product file. */
  product: ProductFile;
}

/** A scenario definition with its payload bytes. */
export interface ScenarioSource {
  /** The definition (inline, or from the product's scenarios directory). */
  definition: ScenarioConfig | CommandScenarioConfig;
  /** Directory of the file that declares it, absolute: the base of a command's `cwd`. */
  dir?: string;
  /** Payload files in order; empty when the scenario has none. */
  payloads: PayloadFile[];
}

/** A setup or teardown step with its body bytes (read by the caller). */
export interface SetupSource {
  /** The step as declared (in the product or the config). */
  definition: SetupRequestConfig;
  /** The body: the file's bytes or the inline text; absent for none. */
  body?: Uint8Array;
  /** The body file as written, for reports. */
  bodySource?: string;
}

/** Everything `resolvePlan` needs. */
export interface ResolveInput {
  /** The validated config. */
  config: BenchConfig;
  /** Config file path, for the report. */
  configPath?: string;
  /** Directory of the config file, absolute: the base of a command target's `cwd`. */
  configDir: string;
  /** The product, when the target is one. */
  product?: ProductSource;
  /** The baseline's product, when the config has a baseline that is one. */
  baselineProduct?: ProductSource;
  /** Scenarios in config order. */
  scenarios: ScenarioSource[];
  /** Command-line overrides. */
  overrides?: PlanOverrides;
  /** Setup steps in run order: the product's, then the config's. */
  setup?: SetupSource[];
  /** Teardown steps in run order: the config's, then the product's. */
  teardown?: SetupSource[];
}

/** Builds the plan; throws `BenchError` `OVERRIDE_INVALID` when an override makes no sense. */
export function resolvePlan(input: ResolveInput): BenchPlan {
  const { config } = input;
  const target = resolveTarget(config.target, input.configDir, input.product);
  const baseline = config.baseline
    ? resolveTarget(config.baseline, input.configDir, input.baselineProduct)
    : undefined;
  if (baseline) checkDistinctPorts(baseline, target);
  const compare = resolveCompare(config.compare);
  const thresholds = resolveThresholds(config.thresholds);
  const scenarios = input.scenarios.flatMap((source) =>
    isCommandScenario(source.definition) ? [] : [resolveScenario(source)],
  );
  const commandsFor = (side: TargetPlan) =>
    input.scenarios.flatMap((source) =>
      isCommandScenario(source.definition)
        ? [resolveCommandScenario(source.definition, source.dir ?? input.configDir, side)]
        : [],
    );
  const commands = commandsFor(target);
  checkThresholdKinds(thresholds, commands.length > 0);
  const baselineCommands = baseline && commands.length > 0 ? commandsFor(baseline) : [];
  const setup = (input.setup ?? []).map(resolveSetupRequest);
  const teardown = (input.teardown ?? []).map(resolveSetupRequest);
  const load = resolveLoad(config.load, input.overrides ?? {});
  const cloud: CloudPlan = {
    provider: input.overrides?.provider ?? config.cloud.provider,
    vmSizes: [...config.cloud.vmSizes],
    regions: [...config.cloud.regions],
    loadAgents: config.cloud.loadAgents,
    // Keys are set only when used, so configs without them keep the hash they always had.
    ...(config.cloud.sweep && { sweep: { vmSizes: [...config.cloud.sweep.vmSizes] } }),
    ...(config.cloud.prices && { prices: config.cloud.prices }),
  };
  const slo =
    config.slo === undefined
      ? undefined
      : typeof config.slo === 'string'
        ? [config.slo]
        : [...config.slo];
  const described = describePlan(config, target, scenarios, load, cloud, {
    baseline,
    compare,
    thresholds,
  });
  // Only when there are steps, so configs without them keep their hash and their history.
  if (commands.length > 0) described.commands = commands.map(describeCommandScenario);
  if (setup.length > 0) described.setup = setup.map(describeSetupRequest);
  if (teardown.length > 0) described.teardown = teardown.map(describeSetupRequest);
  const resolvedConfig = slo ? { ...described, slo } : described;
  return {
    name: config.name,
    ...(input.configPath !== undefined ? { configPath: input.configPath } : {}),
    configHash: hashCanonicalJson(resolvedConfig),
    target,
    ...(baseline ? { baseline } : {}),
    compare,
    thresholds,
    scenarios,
    ...(commands.length > 0 ? { commands } : {}),
    ...(baselineCommands.length > 0 ? { baselineCommands } : {}),
    ...(setup.length > 0 ? { setup } : {}),
    ...(teardown.length > 0 ? { teardown } : {}),
    load,
    cloud,
    ...(slo && { slo }),
    resolvedConfig,
  };
}

/** True for a `kind: command` scenario. */
export function isCommandScenario(
  definition: ScenarioConfig | CommandScenarioConfig,
): definition is CommandScenarioConfig {
  return 'kind' in definition && definition.kind === 'command';
}

/**
 * A command scenario with its paths made absolute. Its environment is the target's (product env
 * and the target's `env` override, so an A/B can vary it) under the scenario's own.
 */
function resolveCommandScenario(
  scenario: CommandScenarioConfig,
  dir: string,
  target: TargetPlan,
): CommandScenarioPlan {
  const cwd = resolvePath(dir, scenario.cwd);
  const own = resolveEnv(scenario.env);
  const targetEnv = target.kind === 'url' ? {} : target.env;
  const publicEnv = [
    ...new Set([
      ...(target.kind === 'url' ? [] : (target.publicEnv ?? [])),
      ...(own.publicEnv ?? []),
    ]),
  ].sort();
  return {
    name: scenario.name,
    argv: [...scenario.run],
    cwd,
    env: { ...targetEnv, ...own.env },
    ...(publicEnv.length > 0 ? { publicEnv } : {}),
    timeoutMs: durationMs(scenario.timeout),
    ingest: {
      format: scenario.ingest.format,
      path: resolvePath(cwd, scenario.ingest.path),
      ...(scenario.ingest.version !== undefined ? { version: scenario.ingest.version } : {}),
    },
  };
}

/** A command scenario for the report and hash: no machine paths, env values hidden unless public. */
function describeCommandScenario(command: CommandScenarioPlan): Record<string, unknown> {
  const shown = new Set(command.publicEnv ?? []);
  return {
    name: command.name,
    argv: command.argv,
    env: Object.fromEntries(
      Object.entries(command.env).map(([k, v]) => [k, shown.has(k) ? v : '***']),
    ),
    timeoutMs: command.timeoutMs,
    ingest: {
      format: command.ingest.format,
      ...(command.ingest.version ? { version: command.ingest.version } : {}),
    },
  };
}

function resolveSetupRequest(source: SetupSource): SetupRequestPlan {
  const step = source.definition;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(step.headers)) headers[name.toLowerCase()] = value;
  return {
    name: step.name ?? `${step.method} ${step.path}`,
    method: step.method,
    path: step.path,
    headers,
    ...(source.body !== undefined ? { body: source.body } : {}),
    ...(source.bodySource !== undefined ? { bodySource: source.bodySource } : {}),
    checks: {
      status: [...step.checks.status],
      json: step.checks.json.map(toJsonCheck),
      bodyContains: [...step.checks.bodyContains],
    },
  };
}

/** A step as the report and the hash see it: headers redacted, the body by size and digest. */
function describeSetupRequest(step: SetupRequestPlan): Record<string, unknown> {
  const { body, ...rest } = step;
  return {
    ...rest,
    headers: redactHeaders(step.headers),
    path: redactPath(step.path),
    ...(body !== undefined ? { body: { bytes: body.byteLength, sha256: sha256Hex(body) } } : {}),
  };
}

/** Health settings in milliseconds. */
export function resolveHealth(health: HealthConfig): HealthPlan {
  return {
    path: health.path,
    timeoutMs: durationMs(health.timeout),
    intervalMs: durationMs(health.interval),
  };
}

/** A comparison threshold as a fraction: `0.05` and `'5%'` both give 0.05. */
export function parseThresholdFraction(value: number | string): number {
  return typeof value === 'number' ? value : Number(value.trim().replace(/%$/, '')) / 100;
}

function resolveCompare(compare: CompareConfig): ComparePlan {
  const timeBudgetMs =
    compare.timeBudget !== undefined ? parseDurationMs(compare.timeBudget) : undefined;
  return {
    mode: compare.mode ?? DEFAULT_AB_MODE,
    ...(compare.mode === undefined ? { modeDefaulted: true } : {}),
    minRounds: compare.rounds ?? compare.minRounds ?? DEFAULT_MIN_ROUNDS,
    maxRounds: compare.rounds ?? compare.maxRounds ?? DEFAULT_MAX_ROUNDS,
    ...(timeBudgetMs !== undefined ? { timeBudgetMs } : {}),
    ...(compare.seed !== undefined ? { seed: compare.seed } : {}),
    ...(compare.metrics !== undefined ? { metrics: [...new Set(compare.metrics)] } : {}),
    noise: compare.noise,
    thresholdFraction: parseThresholdFraction(compare.threshold),
  };
}

/**
 * Refuses thresholds that cannot read what the config measures: a benchmark limit in a config of
 * HTTP scenarios, or an HTTP limit (`p99 < 50ms`) in a config of command benchmarks, would
 * otherwise judge nothing and pass in silence.
 */
function checkThresholdKinds(thresholds: readonly Threshold[], commands: boolean): void {
  for (const t of thresholds) {
    if (commands && t.kind !== 'benchmark') {
      throw inputError(
        'CONFIG_INVALID',
        `Threshold "${t.source}" reads HTTP levels, and the scenarios of this config are command benchmarks`,
        "Limit a benchmark's estimate instead, e.g. { benchmark: 'parse_mt/*', max: 2000, unit: ns/iter }.",
      );
    }
    if (!commands && t.kind === 'benchmark') {
      throw inputError(
        'CONFIG_INVALID',
        `Threshold "${t.source}" reads command benchmarks, and the scenarios of this config are HTTP requests`,
        "Use an HTTP threshold such as 'p99 < 50ms' or 'rps > 2000', or move the limit to a config of kind: command scenarios.",
      );
    }
  }
}

function resolveThresholds(inputs: BenchConfig['thresholds']): Threshold[] {
  const { thresholds, errors } = parseThresholds(inputs);
  if (errors.length > 0) {
    // parseConfig reports these with positions; reaching here means it was bypassed.
    throw inputError(
      'CONFIG_INVALID',
      `Invalid threshold: ${errors.join('; ')}`,
      'Fix the threshold.',
    );
  }
  return thresholds;
}

/**
 * Baseline and candidate run side by side in an A/B, so two started targets on one port would
 * have the second fail to listen (or, worse, both sides measure the first).
 */
function checkDistinctPorts(baseline: TargetPlan, target: TargetPlan): void {
  const started = (t: TargetPlan) => (t.kind === 'url' ? undefined : t.port);
  const port = started(target);
  if (port !== undefined && port !== 0 && port === started(baseline)) {
    throw inputError(
      'TARGET_PORT_CLASH',
      `The baseline and the target both listen on port ${port}; an A/B runs them at the same time`,
      'Give the target another port (target.port, and the same port in target.env, e.g. PORT), as configs/demo-ab.yml does.',
    );
  }
}

function resolveTarget(
  target: TargetConfig,
  configDir: string,
  source: ProductSource | undefined,
): TargetPlan {
  if (target.url !== undefined) {
    return {
      kind: 'url',
      baseUrl: target.url.replace(/\/+$/, ''),
      ...(target.health ? { health: resolveHealth(target.health) } : {}),
    };
  }
  if (target.command) {
    const port = portNumber(target.command.port ?? 0);
    return {
      kind: 'command',
      argv: [...target.command.run],
      cwd: resolvePath(configDir, target.command.cwd),
      ...resolveEnv(target.command.env),
      port,
      baseUrl: `http://127.0.0.1:${port}`,
      health: resolveHealth(
        target.health ?? { path: '/health', timeout: '30s', interval: '200ms' },
      ),
    };
  }
  if (!source) {
    throw inputError(
      'PRODUCT_MISSING',
      `The config names product "${target.product ?? ''}" but no product was loaded`,
      'Load the config with loadPlan, which reads products/<name>/product.yml.',
    );
  }
  const { product } = source;
  const health = resolveHealth(target.health ?? product.health);
  // `port` and `env` on the target let one product run twice, e.g. against a changed copy of itself.
  const envOverride = target.env ?? {};
  if (product.command) {
    const declared = target.port ?? product.command.port ?? product.port;
    if (declared === undefined) {
      throw inputError(
        'PRODUCT_INVALID',
        `Product "${source.name}" starts a command but names no port`,
        'Add `port:` to its product.yml (or `command.port`, or `port: auto`).',
      );
    }
    const port = portNumber(declared);
    return {
      kind: 'command',
      argv: [...product.command.run],
      cwd: resolvePath(source.dir, product.command.cwd),
      ...resolveEnv({ ...product.env, ...product.command.env, ...envOverride }),
      port,
      baseUrl: `http://127.0.0.1:${port}`,
      health,
      product: source.name,
    };
  }
  const image = product.image;
  if (!image) {
    throw inputError(
      'PRODUCT_INVALID',
      `Product "${source.name}" has neither command nor image`,
      'Add `image: {repository: …}` or `command: {run: […]}` to its product.yml.',
    );
  }
  return {
    kind: 'image',
    image: `${image.registry ? `${image.registry.replace(/\/+$/, '')}/` : ''}${image.repository}:${image.tag}`,
    // A container's port is inside the container; its host port is always picked free.
    // A library product has no port: 0, it is never loaded over HTTP (command scenarios only).
    port: target.port === undefined || target.port === 'auto' ? (product.port ?? 0) : target.port,
    ...resolveEnv({ ...product.env, ...envOverride }),
    health,
    product: source.name,
  };
}

/** `port: auto` is 0 in the plan: the target starter picks a free port. */
function portNumber(port: number | 'auto'): number {
  return port === 'auto' ? 0 : port;
}

/** Env values as text, and the names of those marked public (absent when none are). */
function resolveEnv(env: Record<string, EnvValue>): {
  env: Record<string, string>;
  publicEnv?: string[];
} {
  const values: Record<string, string> = {};
  const publicNames: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    values[name] = typeof value === 'string' ? value : value.value;
    if (typeof value !== 'string' && value.public) publicNames.push(name);
  }
  return { env: values, ...(publicNames.length > 0 ? { publicEnv: publicNames.sort() } : {}) };
}

function resolveScenario(source: ScenarioSource): ScenarioPlan {
  const scenario = source.definition;
  if (isCommandScenario(scenario)) throw new Error('resolveScenario: a command scenario');
  const template = scenario.body?.template;
  const payloads: PayloadPlan[] = source.payloads.map((file) => ({
    name: file.name,
    body: template === undefined ? file.bytes : applyBodyTemplate(template, file.bytes),
    weight: file.weight ?? 1,
  }));
  if (payloads.length === 0 && template !== undefined) {
    payloads.push({ name: 'body', body: templateBytes(template), weight: 1 });
  }
  const anyWeight = source.payloads.some((file) => file.weight !== undefined);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(scenario.headers)) headers[name.toLowerCase()] = value;
  return {
    name: scenario.name,
    method: scenario.method,
    path: scenario.path,
    headers,
    payloads,
    order: scenario.payloads?.order ?? (anyWeight ? 'weighted' : 'round-robin'),
    checks: {
      status: [...scenario.checks.status],
      json: scenario.checks.json.map(toJsonCheck),
      bodyContains: [...scenario.checks.bodyContains],
    },
  };
}

function toJsonCheck(source: string): JsonCheckPlan {
  const parsed = parseJsonCheck(source);
  if ('error' in parsed) {
    // parseConfig reports these with positions; reaching here means it was bypassed.
    throw inputError(
      'CONFIG_INVALID',
      `Invalid JSON check "${source}": ${parsed.error}`,
      'Fix the check.',
    );
  }
  return parsed;
}

function resolveLoad(load: BenchConfig['load'], overrides: PlanOverrides): LoadPlan {
  const model = overrides.model ?? load.model;
  if (overrides.model !== undefined && overrides.model !== load.model && !overrides.levels) {
    throw inputError(
      'OVERRIDE_INVALID',
      `Switching the load model from ${load.model} to ${overrides.model} changes what levels mean`,
      overrides.model === 'open'
        ? 'Give the arrival rates too, e.g. --levels 500,1000.'
        : 'Give the connection counts too, e.g. --levels 8,32.',
    );
  }
  const levels = overrides.levels ?? load.levels;
  checkLevels(model, levels);
  for (const [name, value] of [
    ['duration', overrides.durationMs],
    ['warm-up', overrides.warmupMs],
  ] as const) {
    if (value !== undefined && (!Number.isFinite(value) || value < 0)) {
      throw inputError(
        'OVERRIDE_INVALID',
        `Invalid ${name}: ${value}`,
        'Give a duration such as 5s.',
      );
    }
  }
  if (overrides.durationMs !== undefined && overrides.durationMs <= 0) {
    throw inputError(
      'OVERRIDE_INVALID',
      'The duration must be longer than 0',
      'Give a duration such as 5s.',
    );
  }
  const maxConnections =
    load.model === 'open' && model === 'open' ? load.maxConnections : undefined;
  return {
    model,
    levels: [...levels],
    ...(maxConnections !== undefined ? { maxConnections } : {}),
    pipelining: load.pipelining,
    warmupMs: overrides.warmupMs ?? durationMs(load.warmup),
    durationMs: overrides.durationMs ?? durationMs(load.duration),
    cooldownMs: durationMs(load.cooldown),
    connectTimeoutMs: durationMs(load.connectTimeout),
    requestTimeoutMs: durationMs(load.requestTimeout),
    // Only when set, so configs without it keep their hash and their history.
    ...(load.maxCheckBodyBytes !== undefined ? { maxCheckBodyBytes: load.maxCheckBodyBytes } : {}),
    workers: overrides.workers ?? load.workers,
  };
}

/** Throws `OVERRIDE_INVALID` for levels that do not fit the model. */
export function checkLevels(model: 'closed' | 'open', levels: readonly number[]): void {
  if (levels.length === 0) {
    throw inputError(
      'OVERRIDE_INVALID',
      'No levels given',
      'Give at least one level, e.g. --levels 8,32.',
    );
  }
  for (const level of levels) {
    const ok =
      model === 'closed'
        ? Number.isInteger(level) && level >= 1 && level <= MAX_CONNECTIONS
        : Number.isFinite(level) && level > 0 && level <= MAX_RATE_RPS;
    if (!ok) {
      throw inputError(
        'OVERRIDE_INVALID',
        model === 'closed'
          ? `Invalid level ${level}: a closed level is a connection count, an integer from 1 to ${MAX_CONNECTIONS}`
          : `Invalid level ${level}: an open level is a rate in req/s, above 0 and at most ${MAX_RATE_RPS}`,
        'Fix the --levels list.',
      );
    }
  }
}

function durationMs(value: string | number): number {
  const ms = parseDurationMs(value);
  // The schema accepted the value, so it parses; 0 keeps a broken call visible rather than NaN.
  return ms ?? 0;
}

/** The config after defaults and overrides, without machine-specific paths, for the report and hash. */
function describePlan(
  config: BenchConfig,
  target: TargetPlan,
  scenarios: ScenarioPlan[],
  load: LoadPlan,
  cloud: CloudPlan,
  comparison: { baseline?: TargetPlan; compare: ComparePlan; thresholds: Threshold[] },
): Record<string, unknown> {
  // Keys are added only when used, so configs without them keep the hash they always had and
  // stay comparable with the history of earlier runs.
  return {
    version: config.version,
    name: config.name,
    ...(config.description !== undefined ? { description: config.description } : {}),
    target: portableTarget(target),
    ...(comparison.baseline
      ? { baseline: portableTarget(comparison.baseline), compare: comparison.compare }
      : {}),
    ...(comparison.thresholds.length > 0 ? { thresholds: comparison.thresholds } : {}),
    scenarios: scenarios.map((scenario) => ({
      ...scenario,
      headers: redactHeaders(scenario.headers),
      path: redactPath(scenario.path),
      payloads: scenario.payloads.map((payload) => ({
        name: payload.name,
        weight: payload.weight,
        bytes: payload.body.byteLength,
        sha256: sha256Hex(payload.body),
      })),
    })),
    load,
    cloud,
  };
}

/**
 * A target as the report shows it: no machine-specific paths, secrets replaced (`redactTarget`),
 * and `port: auto` as written rather than as a port.
 */
function portableTarget(target: TargetPlan): Record<string, unknown> {
  const shown = redactTarget(target);
  const {
    cwd: _cwd,
    publicEnv: _publicEnv,
    ...portable
  } = shown.kind === 'command' ? shown : { ...shown, cwd: undefined, publicEnv: undefined };
  if (portable.kind === 'command' && portable.port === 0) {
    const { baseUrl: _baseUrl, ...auto } = portable;
    return { ...auto, port: 'auto' };
  }
  return portable;
}
