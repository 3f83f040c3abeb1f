/**
 * The resolved, validated benchmark plan: what the engine, the local target runner and the
 * reports consume. Produced from a config file (plus product files and payloads) by
 * `resolvePlan`; never written by hand.
 */
import type { PricesConfig } from '../pricing/prices-config.js';
import type { ComparedMetric } from '../report/comparison-model.js';
import type { Threshold } from '../stats/thresholds.js';

/** How long to wait for a target's health endpoint, and how often to ask. */
export interface HealthPlan {
  /** Path requested with GET; any 2xx answer means healthy. */
  path: string;
  /** Give up after this long. */
  timeoutMs: number;
  /** Pause between two health requests. */
  intervalMs: number;
}

/** An endpoint that already runs: nothing to start or stop. */
export interface UrlTargetPlan {
  kind: 'url';
  /** Origin plus optional base path, e.g. `http://127.0.0.1:8080`. No trailing slash. */
  baseUrl: string;
  /** When set, the target is asked for health before the first level. */
  health?: HealthPlan;
  /** Product name when the target came from `products/`. */
  product?: string;
}

/** A local process the run starts, waits for, samples and stops. */
export interface CommandTargetPlan {
  kind: 'command';
  /** Program and arguments, run without a shell. */
  argv: string[];
  /** Working directory, absolute. */
  cwd: string;
  /**
   * Extra environment for the process (merged over the current environment). Real values:
   * reports show them through `redactTarget`.
   */
  env: Record<string, string>;
  /** Names in `env` whose values may appear in reports and logs (marked `public: true`). */
  publicEnv?: string[];
  /**
   * Port the process listens on, on 127.0.0.1; 0 for `port: auto`: a free port is picked when
   * the target starts and replaces `{{port}}` in `env` and `argv`.
   */
  port: number;
  /** `http://127.0.0.1:<port>` (the port is known only once started when `port` is 0). */
  baseUrl: string;
  health: HealthPlan;
  /** Product name when the target came from `products/`. */
  product?: string;
}

/** A container image (needs a Docker engine locally, or a VM in the cloud). */
export interface ImageTargetPlan {
  kind: 'image';
  /** Image reference, e.g. `myacr.azurecr.io/reframe:1.2.3`. */
  image: string;
  /** Container port the product listens on. */
  port: number;
  /** Environment of the container (real values: reports show them through `redactTarget`). */
  env: Record<string, string>;
  /** Names in `env` whose values may appear in reports and logs (marked `public: true`). */
  publicEnv?: string[];
  health: HealthPlan;
  product?: string;
}

/** Where the load goes. */
export type TargetPlan = UrlTargetPlan | CommandTargetPlan | ImageTargetPlan;

/** One request body of a scenario's payload set. */
export interface PayloadPlan {
  /** File name (or a generated name) used in reports. */
  name: string;
  /** Bytes sent as the request body (after the body template was applied). */
  body: Uint8Array;
  /** Relative weight; 1 for round-robin sets. */
  weight: number;
}

/** Comparison operators a JSON-path check may use. */
export type JsonCheckOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'exists';

/** A predicate on a JSON response body, e.g. `$.success == true`. */
export interface JsonCheckPlan {
  /** The predicate as written in the config, for messages. */
  source: string;
  /** JSONPath expression, e.g. `$.success`. */
  path: string;
  operator: JsonCheckOperator;
  /** Literal on the right-hand side (absent for `exists`). */
  value?: string | number | boolean | null;
}

/** What makes a response a success. All must hold. */
export interface CheckPlan {
  /** Accepted status codes. */
  status: number[];
  /** JSON-path predicates on the body. */
  json: JsonCheckPlan[];
  /** Substrings the body must contain. */
  bodyContains: string[];
}

/** A request run once before the levels (setup) or after them (teardown). */
export interface SetupRequestPlan {
  /** What the step does, for reports and errors (default: method and path). */
  name: string;
  method: string;
  /** Path and query, starting with `/`. */
  path: string;
  /** Request headers (lower-case names), real values: reports never show them. */
  headers: Record<string, string>;
  /** Request body; absent for requests without one. */
  body?: Uint8Array;
  /** Where the body came from, for reports (a file path relative to its declaring file). */
  bodySource?: string;
  checks: CheckPlan;
}

/** A kind of request sent during a level. */
export interface ScenarioPlan {
  name: string;
  method: string;
  /** Path and query, starting with `/`. */
  path: string;
  /** Request headers (lower-case names), real values: reports show them through `redactHeaders`. */
  headers: Record<string, string>;
  /** Request bodies; empty for requests without a body. */
  payloads: PayloadPlan[];
  /** How payloads are picked: in turn, or in proportion to their weights. */
  order: 'round-robin' | 'weighted';
  checks: CheckPlan;
}

/** A command benchmark: a pinned command run to completion, and the results it writes. */
export interface CommandScenarioPlan {
  name: string;
  /** Program and arguments, run without a shell. */
  argv: string[];
  /** Working directory, absolute. */
  cwd: string;
  /** Extra environment (merged over the current one); real values, never shown in reports. */
  env: Record<string, string>;
  /** Names in `env` whose values may appear in reports and logs. */
  publicEnv?: string[];
  /** The command is stopped after this long. */
  timeoutMs: number;
  /** What to ingest once it ends: the format and the folder or file, absolute. */
  ingest: { format: 'criterion' | 'dataflow' | 'generic'; path: string; version?: string };
}

/** The load model and its levels. */
export interface LoadPlan {
  /** `closed`: levels are connection counts. `open`: levels are arrival rates in req/s. */
  model: 'closed' | 'open';
  /** Connections (closed) or requests per second (open), run in this order. */
  levels: number[];
  /** Open model: connections available to carry the arrivals (default grows with the rate). */
  maxConnections?: number;
  /** Requests in flight per connection (HTTP/1.1 pipelining); 1 means none. */
  pipelining: number;
  warmupMs: number;
  durationMs: number;
  cooldownMs: number;
  connectTimeoutMs: number;
  requestTimeoutMs: number;
  /** Most body bytes a check reads per response; absent means the default (1 MiB). */
  maxCheckBodyBytes?: number;
  /** Worker threads that share the connections; 1 runs on the main thread. */
  workers: number;
}

/** Cloud settings read by the Azure pipeline; ignored by local runs. */
export interface CloudPlan {
  /** Where the target runs. */
  provider: 'local' | 'azure';
  /** VM sizes to try within one run, in order (capacity fallback). */
  vmSizes: string[];
  /** Regions to try, in order. */
  regions: string[];
  /** Load VMs. */
  loadAgents: number;
  /** Sizes a sweep compares, one run each. */
  sweep?: { vmSizes: string[] };
  /** Where the VM-size comparison takes its prices. */
  prices?: PricesConfig;
}

/** How an A/B comparison runs and what change counts. */
export interface ComparePlan {
  /** interleaved: one side loaded at a time; duet: both at once, each on its own CPUs. */
  mode: 'interleaved' | 'duet';
  /** The config left `mode` out: the default, which falls back to interleaved on one CPU. */
  modeDefaulted?: boolean;
  /** Rounds before the stopping rule first looks (equal to `maxRounds` for a fixed number). */
  minRounds: number;
  /** Most rounds per side. */
  maxRounds: number;
  /** No new round starts when it would end after this much wall time, ms. */
  timeBudgetMs?: number;
  /** Seed of the order of the rounds; absent: a new one per run, recorded in the report. */
  seed?: number;
  /** Metrics judged and waited for; absent: all. */
  metrics?: ComparedMetric[];
  /** Also estimate the baseline's A/A noise and show it. */
  noise: boolean;
  /** Relative change that counts, as a fraction (0.05 = ±5%). */
  thresholdFraction: number;
}

/** The resolved benchmark. */
export interface BenchPlan {
  /** Config name (from the file, or `adhoc` for `bench run --url`). */
  name: string;
  /** Path of the config file, when there was one. */
  configPath?: string;
  /** SHA-256 of the resolved config, hex. */
  configHash: string;
  target: TargetPlan;
  /** A/B: the baseline the target (the candidate) is compared with, when given. */
  baseline?: TargetPlan;
  /** Comparison settings (used when there is a baseline); config files always have them. */
  compare?: ComparePlan;
  /** Parsed thresholds, evaluated after every run; config files always have them (maybe empty). */
  thresholds?: Threshold[];
  scenarios: ScenarioPlan[];
  /** Command benchmarks (`kind: command` scenarios); absent when there are none. */
  commands?: CommandScenarioPlan[];
  /** A/B: the same command benchmarks with the baseline target's environment. */
  baselineCommands?: CommandScenarioPlan[];
  /** Requests run once before the first level: the product's, then the config's. */
  setup?: SetupRequestPlan[];
  /** Requests run once after the last level: the config's, then the product's. */
  teardown?: SetupRequestPlan[];
  load: LoadPlan;
  cloud: CloudPlan;
  /** The SLO of the VM-size comparison, as written (each limit a string). */
  slo?: string[];
  /**
   * The config after defaults and CLI overrides, as JSON, for the report: secrets (URL
   * userinfo, secret headers, non-public env values) are already replaced by `***` here.
   */
  resolvedConfig: unknown;
}
