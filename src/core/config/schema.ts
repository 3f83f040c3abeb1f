/**
 * The config file format (v1), the product file (`products/<name>/product.yml`) and the product
 * scenario files (`products/<name>/scenarios/*.yml`). One zod definition gives the TypeScript
 * types, the validation and the published JSON Schema (`schemas/config.schema.json`). Objects are
 * strict: an unknown key is an error, so a typo never silently falls back to a default.
 */
import { z } from 'zod';
import {
  DURATION_BOUNDS,
  DURATION_EXPECTED,
  DURATION_PATTERN,
  checkDuration,
  formatDurationMs,
  parseDurationMs,
  type DurationKind,
} from './duration.js';
import { ComparedMetricSchema } from '../report/comparison-model.js';
import { CLOUD_DEFAULTS, MAX_LOAD_AGENTS, valueRules } from './value-rules.js';
import { PricesConfigSchema } from '../pricing/prices-config.js';
import { SloConfigSchema } from '../stats/slo.js';

const SAYING_SEPARATOR = '\u001f';

/** A schema error message that also says what was expected (split by `splitSaying`). */
export function say(message: string, expected: string): string {
  return `${message}${SAYING_SEPARATOR}${expected}`;
}

/** The message and expectation packed by `say`, or the message alone. */
export function splitSaying(text: string): { message: string; expected?: string } {
  const at = text.indexOf(SAYING_SEPARATOR);
  if (at < 0) return { message: text };
  return { message: text.slice(0, at), expected: text.slice(at + 1) };
}

/** Largest connection count a closed level may ask for. */
export const MAX_CONNECTIONS = 100_000;
/** Largest arrival rate an open level may ask for, req/s. */
export const MAX_RATE_RPS = 1_000_000;
/** Largest HTTP/1.1 pipelining depth. */
export const MAX_PIPELINING = 1_024;
/** Largest number of worker threads. */
export const MAX_WORKERS = 64;
/** Largest number of load agents (load VMs), from the value rules. */
export { MAX_LOAD_AGENTS };

/** HTTP methods a scenario may use. */
export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** A header name: an RFC 9110 token. */
export const HEADER_NAME_PATTERN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/**
 * A header value: visible ASCII, spaces, tabs and Latin-1 (obs-text). No CR, LF, NUL or other
 * control character, which would end the header on the wire and start another (request
 * smuggling), and nothing above U+00FF, which the Latin-1 request writer would turn into other
 * bytes (U+010A becomes LF).
 */
export const HEADER_VALUE_PATTERN = /^[\t\x20-\x7e\x80-\xff]*$/;
/** A request path and query: `/` then visible ASCII only (no space, control or non-ASCII character). */
export const REQUEST_PATH_PATTERN = /^\/[\x21-\x7e]*$/;

/** What a header value may hold, for messages. */
export const HEADER_VALUE_EXPECTED = 'text on one line: no CR, LF, NUL or other control character';
/** What a request path may hold, for messages. */
export const REQUEST_PATH_EXPECTED =
  'a path such as /api/transform, visible ASCII only (percent-encode spaces and other characters)';

/** Default of `load.maxCheckBodyBytes`: the most of a response body a check reads, 1 MiB. */
export const DEFAULT_MAX_CHECK_BODY_BYTES = 1024 * 1024;
/** Largest `load.maxCheckBodyBytes`, 256 MiB. */
export const MAX_CHECK_BODY_BYTES = 256 * 1024 * 1024;

const requestPathSchema = (what: string) =>
  z
    .string()
    .startsWith('/', { error: say('must start with /', 'a path such as /health'), abort: true })
    .regex(REQUEST_PATH_PATTERN, {
      error: say(
        'contains a space, a control character (CR, LF, NUL…) or a non-ASCII character, which cannot be sent as is',
        REQUEST_PATH_EXPECTED,
      ),
    })
    .describe(what);

const durationSchema = (what: string, kind: DurationKind) => {
  const { minMs, maxMs } = DURATION_BOUNDS[kind];
  return z
    .union([
      z
        .string()
        .regex(new RegExp(DURATION_PATTERN), { error: say('not a duration', DURATION_EXPECTED) }),
      z.number().nonnegative({ error: say('a duration cannot be negative', DURATION_EXPECTED) }),
    ])
    .superRefine((value, ctx) => {
      // A value that is no duration at all was reported by the union already.
      if (parseDurationMs(value) === undefined) return;
      const checked = checkDuration(value, kind);
      if (!checked.ok)
        ctx.addIssue({ code: 'custom', message: say(checked.message, checked.expected) });
    })
    .describe(
      `${what}. A duration: '500ms', '5s', '2m', '1h', or a number of seconds; from ${formatDurationMs(minMs)} to ${formatDurationMs(maxMs)}`,
    );
};

const NAME_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const nameSchema = (what: string) =>
  z
    .string()
    .regex(NAME_PATTERN, {
      error: say('not a valid name', 'lower-case letters, digits and hyphens, e.g. mt-to-mx'),
    })
    .max(64)
    .describe(what);

/** An environment value: text, or text with a visibility (values are hidden by default). */
export const EnvValueSchema = z.union([
  z.string(),
  z
    .strictObject({
      value: z.string().describe('The value'),
      public: z
        .boolean()
        .default(false)
        .describe('true: the value may appear in reports and logs (default false: ***)'),
    })
    .describe('A value with a visibility, e.g. {value: error, public: true}'),
]);
/** An environment value as validated. */
export type EnvValue = z.infer<typeof EnvValueSchema>;

const envSchema = z
  .record(z.string().regex(valueRules.envName.pattern), EnvValueSchema)
  .describe(
    'Environment variables (string values; quote numbers). Reports and logs show every value as *** unless written {value: …, public: true}; {{port}} stands for the port',
  );

const portSchema = z.number().int().min(1).max(65_535);

/** The port a started process listens on: a number, or `auto` for a free one picked at start. */
const commandPortSchema = z.union([portSchema, z.literal('auto')]);

/** Health probe settings: GET `path` until a 2xx answer or `timeout`. */
export const HealthConfigSchema = z
  .strictObject({
    path: requestPathSchema('Path requested with GET; any 2xx answer means healthy').default(
      '/health',
    ),
    timeout: durationSchema(
      'Give up when the target is not healthy after this long',
      'timeout',
    ).default('30s'),
    interval: durationSchema('Pause between two health requests', 'interval').default('200ms'),
  })
  .describe('Health probe: GET path until a 2xx answer or timeout');
/** Health probe settings as validated. */
export type HealthConfig = z.infer<typeof HealthConfigSchema>;

/** A local process to start: program and arguments, run without a shell. */
export const CommandConfigSchema = z
  .strictObject({
    run: z
      .array(z.string().min(1))
      .min(1, {
        error: say('the command is empty', 'the program and its arguments, e.g. [node, server.js]'),
      })
      .describe('Program and arguments, run without a shell, e.g. [node, server.js]'),
    cwd: z
      .string()
      .default('.')
      .describe('Working directory, relative to the file that names the command'),
    env: envSchema.default({}),
    port: commandPortSchema
      .optional()
      .describe(
        "Port the process listens on, on 127.0.0.1 (pass it to the process in env); 'auto' picks a free port at start, given to the process where env values or run arguments say {{port}}",
      ),
  })
  .describe('A local process the run starts, waits for, samples and stops');
/** A local process to start, as validated. */
export type CommandConfig = z.infer<typeof CommandConfigSchema>;

/** Where the load goes: exactly one of `product`, `url`, `command`. */
export const TargetConfigSchema = z
  .strictObject({
    product: nameSchema('A product under products/<name>/product.yml').optional(),
    url: z
      .string()
      .describe('An endpoint that already runs, http:// or https://, e.g. http://127.0.0.1:8080')
      .optional(),
    command: CommandConfigSchema.optional(),
    health: HealthConfigSchema.optional().describe(
      'Health probe; overrides the product default. For url targets, asked only when given',
    ),
    port: commandPortSchema
      .optional()
      .describe(
        "Product targets only: listen on this port instead of the product's (pass it in env too); 'auto' picks a free one for a product that runs as a command",
      ),
    env: envSchema
      .optional()
      .describe("Product targets only: environment merged over the product's env"),
  })
  .describe('Where the load goes: exactly one of product, url, command');
/** Where the load goes, as validated. */
export type TargetConfig = z.infer<typeof TargetConfigSchema>;

/** One payload file, optionally weighted. */
export const PayloadFileConfigSchema = z.union([
  z.string().min(1).describe('Path of a payload file, relative to the file that names it'),
  z
    .strictObject({
      path: z
        .string()
        .min(1)
        .describe('Path of a payload file, relative to the file that names it'),
      weight: z
        .number()
        .positive({ error: say('a weight must be positive', 'a number > 0') })
        .max(1_000_000)
        .optional()
        .describe('Relative weight (weighted order); default 1'),
    })
    .describe('A payload file with a weight'),
]);
/** One payload file entry, as validated. */
export type PayloadFileConfig = z.infer<typeof PayloadFileConfigSchema>;

/** The request bodies of a scenario: a directory or a list of files. */
export const PayloadsConfigSchema = z
  .strictObject({
    dir: z
      .string()
      .min(1)
      .optional()
      .describe('Directory whose files (sorted by name, dot files skipped) are the payloads'),
    files: z
      .array(PayloadFileConfigSchema)
      .min(1)
      .optional()
      .describe('Payload files, each a path or {path, weight}'),
    order: z
      .enum(['round-robin', 'weighted'])
      .optional()
      .describe('round-robin (default), or weighted (default when any weight is given)'),
  })
  .describe('Request bodies: dir or files (exactly one)');
/** Payload set, as validated. */
export type PayloadsConfig = z.infer<typeof PayloadsConfigSchema>;

/** What makes a response a success; all must hold. */
export const ChecksConfigSchema = z
  .strictObject({
    status: z
      .array(z.number().int().min(100).max(599))
      .min(1)
      .default([200])
      .describe('Accepted status codes (default [200])'),
    json: z
      .array(z.string().min(1))
      .default([])
      .describe("JSON-path predicates on the body: '<path> <op> <literal>' or '<path> exists'"),
    bodyContains: z
      .array(z.string().min(1))
      .default([])
      .describe('Substrings the body must contain'),
  })
  .describe('What makes a response a success; all must hold');
/** Checks, as validated. */
export type ChecksConfig = z.infer<typeof ChecksConfigSchema>;

/** Fields of a scenario, shared by inline scenarios and product scenario files. */
const scenarioFields = {
  description: z.string().optional().describe('What the scenario exercises'),
  method: z
    .enum(HTTP_METHODS, { error: say('not an HTTP method', HTTP_METHODS.join(' | ')) })
    .default('GET')
    .describe('HTTP method'),
  path: requestPathSchema('Path and query, starting with /'),
  headers: z
    .record(
      z.string().regex(HEADER_NAME_PATTERN, {
        error: say('not a header name', "letters, digits and !#$%&'*+.^_`|~-"),
      }),
      z.string().regex(HEADER_VALUE_PATTERN, {
        error: say(
          'contains CR, LF, NUL or another control character (or a character above U+00FF), which would be written raw on the wire',
          HEADER_VALUE_EXPECTED,
        ),
      }),
    )
    .default({})
    .describe('Request headers (values on one line: no CR, LF or NUL)'),
  body: z
    .strictObject({
      template: z
        .string()
        .describe(
          'Body text; {{payload}} is replaced by the payload as is, {{payload|json}} by the payload as a JSON string literal',
        ),
    })
    .optional()
    .describe('Body template applied to each payload'),
  payloads: PayloadsConfigSchema.optional(),
  checks: ChecksConfigSchema.default({ status: [200], json: [], bodyContains: [] }),
};

/** Most setup (or teardown) requests one product or config may declare. */
export const MAX_SETUP_REQUESTS = 100;

/**
 * One request run once before the levels (setup: register a workflow, a channel) or after them
 * (teardown), with its own checks. Same method, path, header and check rules as a scenario; the
 * body is one file (inside the repository, size-capped like payloads) or inline text.
 */
export const SetupRequestConfigSchema = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .max(80)
      .regex(/^[ -~]+$/, {
        error: say(
          'not a valid step name',
          'visible ASCII text on one line, e.g. register workflow',
        ),
      })
      .optional()
      .describe('What the step does, for reports and errors; default: method and path'),
    method: scenarioFields.method,
    path: scenarioFields.path,
    headers: scenarioFields.headers,
    body: z
      .union([
        z
          .strictObject({
            file: z
              .string()
              .min(1)
              .describe(
                'Path of the body file, relative to the file that declares the step; read like a payload (inside the repository, size-capped)',
              ),
          })
          .describe('The body from a file'),
        z
          .strictObject({ text: z.string().describe('The body as written') })
          .describe('An inline body'),
      ])
      .optional()
      .describe('Request body: {file: …} or {text: …}; none by default'),
    checks: ChecksConfigSchema.default({ status: [200], json: [], bodyContains: [] }).describe(
      'What makes the step a success (default: status 200); a failed step stops the run',
    ),
  })
  .describe('A setup or teardown request');
/** A setup or teardown request, as validated. */
export type SetupRequestConfig = z.infer<typeof SetupRequestConfigSchema>;

const setupListSchema = (what: string) =>
  z
    .array(SetupRequestConfigSchema)
    .max(MAX_SETUP_REQUESTS, {
      error: say('too many requests', `at most ${MAX_SETUP_REQUESTS}`),
    })
    .optional()
    .describe(what);

/** Setup requests of a product or config: run once, in order, before the first level. */
export const SetupConfigSchema = setupListSchema(
  'Requests run once, in order, after the target is healthy and before the first level (e.g. register workflows and channels); a failed check stops the run',
);
/** Teardown requests of a product or config: run once, in order, after the last level. */
export const TeardownConfigSchema = setupListSchema(
  'Requests run once, in order, after the last level (when setup succeeded); a failure is reported, not fatal',
);

/** Formats a command benchmark's results can be ingested from (docs/command-benchmarks.md). */
export const INGEST_FORMATS = ['criterion', 'dataflow', 'generic'] as const;

/**
 * Fields of a command scenario: a pinned benchmark command (no shell) and what to ingest from
 * it. Locally the command runs on this machine; a cloud run would run it in the product's image.
 */
const commandScenarioFields = {
  description: z.string().optional().describe('What the benchmark measures'),
  kind: z.literal('command').describe('command: run a benchmark command and ingest its results'),
  run: z
    .array(z.string().min(1))
    .min(1, {
      error: say('the command is empty', 'the program and its arguments, e.g. [cargo, bench]'),
    })
    .describe('Program and arguments, run without a shell, e.g. [cargo, bench, --bench, swift]'),
  cwd: z
    .string()
    .default('.')
    .describe('Working directory, relative to the file that declares the scenario'),
  env: envSchema.default({}),
  timeout: durationSchema('Stop the command when it runs longer than this', 'timeout').default(
    '10m',
  ),
  ingest: z
    .strictObject({
      format: z
        .enum(INGEST_FORMATS, { error: say('unknown format', INGEST_FORMATS.join(' | ')) })
        .describe(
          "criterion: a criterion folder; dataflow: DataFlow's benchmark_results.json; generic: the documented JSON shape",
        ),
      path: z
        .string()
        .min(1)
        .describe('The results folder or file, relative to cwd (e.g. target/criterion)'),
      version: z
        .string()
        .min(1)
        .optional()
        .describe('dataflow only: the version whose entries to read; default the newest'),
    })
    .describe('What the command writes and where'),
};

/** A command benchmark inline in a config. */
export const InlineCommandScenarioConfigSchema = z
  .strictObject({
    name: nameSchema('Scenario name, unique in the config'),
    ...commandScenarioFields,
  })
  .describe('An inline command scenario (kind: command)');
/** A command benchmark in a product (`products/<name>/scenarios/<scenario>.yml`). */
export const CommandScenarioFileSchema = z
  .strictObject({
    name: nameSchema('Scenario name; default: the file name without extension').optional(),
    ...commandScenarioFields,
  })
  .describe('A product command scenario (kind: command)');
/** A command scenario, as validated (name always known). */
export type CommandScenarioConfig = Omit<z.infer<typeof CommandScenarioFileSchema>, 'name'> & {
  name: string;
};

/** An inline scenario in a config file. */
export const InlineScenarioConfigSchema = z
  .strictObject({
    name: nameSchema('Scenario name, unique in the config'),
    ...scenarioFields,
  })
  .describe('An inline scenario');
/** An inline scenario, as validated. */
export type InlineScenarioConfig = z.infer<typeof InlineScenarioConfigSchema>;

/** A product scenario file (`products/<name>/scenarios/<scenario>.yml`). */
export const ScenarioFileSchema = z
  .strictObject({
    name: nameSchema('Scenario name; default: the file name without extension').optional(),
    ...scenarioFields,
  })
  .describe('A product scenario (products/<name>/scenarios/<scenario>.yml)');
/** A product scenario file, as validated. */
export type ScenarioFile = z.infer<typeof ScenarioFileSchema>;

/** A scenario definition, inline or from a product (name always known). */
export type ScenarioConfig = Omit<ScenarioFile, 'name'> & { name: string };

const timeoutFields = {
  pipelining: z
    .number()
    .int()
    .min(1)
    .max(MAX_PIPELINING)
    .default(1)
    .describe('Requests in flight per connection (HTTP/1.1 pipelining); 1 means none'),
  warmup: durationSchema('Warm-up before each level, discarded', 'phase').default('1s'),
  duration: durationSchema('Measured window of each level', 'measured').default('10s'),
  cooldown: durationSchema('Pause after each level', 'phase').default('0s'),
  connectTimeout: durationSchema('Connection establishment timeout', 'timeout').default('5s'),
  requestTimeout: durationSchema('Whole-response timeout', 'timeout').default('10s'),
  maxCheckBodyBytes: z
    .number()
    .int()
    .min(1)
    .max(MAX_CHECK_BODY_BYTES, {
      error: say('too large', `bytes, at most ${MAX_CHECK_BODY_BYTES} (256 MiB)`),
    })
    .optional()
    .describe(
      'Most bytes of a response body a check (json, bodyContains) reads; a longer body fails the check and is counted, not kept. Default 1048576 (1 MiB)',
    ),
  workers: z
    .number()
    .int()
    .min(1)
    .max(MAX_WORKERS)
    .default(1)
    .describe('Worker threads sharing the connections; 1 runs on the main thread'),
};

/** Closed model: each level is a number of connections. */
export const ClosedLoadConfigSchema = z
  .strictObject({
    model: z
      .literal('closed')
      .default('closed')
      .describe('closed: levels are connections, each keeping `pipelining` requests in flight'),
    levels: z
      .array(
        z
          .number({ error: say('a level must be a number', 'a number') })
          .int({ error: say('a connection count must be a whole number', 'an integer >= 1') })
          .positive({ error: say('a connection count must be positive', 'an integer >= 1') })
          .max(MAX_CONNECTIONS, {
            error: say(
              'too many connections for one load generator',
              `an integer <= ${MAX_CONNECTIONS}`,
            ),
          }),
      )
      .min(1, { error: say('no levels', 'at least one level') })
      .default([8, 32, 128])
      .describe('Connection counts, run in this order'),
    ...timeoutFields,
  })
  .describe('Closed model: levels are connection counts');

/** Open model: each level is an arrival rate in requests per second. */
export const OpenLoadConfigSchema = z
  .strictObject({
    model: z
      .literal('open')
      .describe('open: levels are arrival rates in req/s, latency measured from intended send'),
    levels: z
      .array(
        z
          .number({ error: say('a level must be a number', 'a number') })
          .positive({ error: say('a rate must be positive', 'req/s > 0') })
          .max(MAX_RATE_RPS, {
            error: say('rate too high for one load generator', `req/s <= ${MAX_RATE_RPS}`),
          }),
      )
      .min(1, { error: say('no levels', 'at least one level') })
      .describe('Arrival rates in req/s, run in this order'),
    maxConnections: z
      .number()
      .int()
      .positive()
      .max(MAX_CONNECTIONS)
      .optional()
      .describe('Connections available to carry the arrivals (default grows with the rate)'),
    ...timeoutFields,
  })
  .describe('Open model: levels are arrival rates');

/** Load model and levels; discriminated on `model` so later models (`stages`) slot in. */
export const LoadConfigSchema = z
  .discriminatedUnion('model', [ClosedLoadConfigSchema, OpenLoadConfigSchema])
  .describe('Load model and levels');
/** Load settings, as validated. */
export type LoadConfig = z.infer<typeof LoadConfigSchema>;

/** Most A/B rounds a comparison may ask for. */
export const MAX_COMPARE_ROUNDS = 50;

/** Default relative threshold of comparisons: changes within ±5% count as no change. */
export const DEFAULT_COMPARE_THRESHOLD = '5%';

/** How an A/B loads its two sides; the default is chosen from docs/comparisons.md's figures. */
export const AB_MODES = ['interleaved', 'duet'] as const;
/** Default `compare.mode`: duet, which caught more on this kind of machine (docs/comparisons.md). */
export const DEFAULT_AB_MODE: (typeof AB_MODES)[number] = 'duet';
/** Default `compare.minRounds`: rounds before the stopping rule first looks. */
export const DEFAULT_MIN_ROUNDS = 2;
/** Default `compare.maxRounds`: the most rounds an adaptive A/B runs. */
export const DEFAULT_MAX_ROUNDS = 10;

const roundCount = (what: string) =>
  z
    .number()
    .int({
      error: say('rounds must be a whole number', `an integer from 1 to ${MAX_COMPARE_ROUNDS}`),
    })
    .min(1, { error: say('at least one round', `an integer from 1 to ${MAX_COMPARE_ROUNDS}`) })
    .max(MAX_COMPARE_ROUNDS, {
      error: say('too many rounds', `an integer from 1 to ${MAX_COMPARE_ROUNDS}`),
    })
    .describe(what);

/** How an A/B comparison runs and what change counts. */
export const CompareConfigSchema = z
  .strictObject({
    mode: z
      .enum(AB_MODES, { error: say('unknown mode', 'interleaved or duet') })
      .optional()
      .describe(
        'interleaved: one side loaded at a time, order random per round and level; duet (default, or interleaved on one CPU): both at once, each on its own half of the CPUs',
      ),
    rounds: roundCount(
      'A fixed number of rounds per side (sets minRounds and maxRounds to it); leave out for adaptive rounds',
    ).optional(),
    minRounds: roundCount(
      `Adaptive rounds: rounds before the stopping rule first looks (default ${DEFAULT_MIN_ROUNDS})`,
    ).optional(),
    maxRounds: roundCount(
      `Adaptive rounds: the most rounds per side (default ${DEFAULT_MAX_ROUNDS})`,
    ).optional(),
    timeBudget: durationSchema(
      'Adaptive rounds: no new round starts when it would end after this much time',
      'measured',
    ).optional(),
    seed: z
      .number()
      .int()
      .min(1)
      .max(2_147_483_647)
      .optional()
      .describe('Seed of the random order of the rounds; default a new one per run (recorded)'),
    metrics: z
      .array(ComparedMetricSchema)
      .min(1)
      .optional()
      .describe('Metrics judged, and waited for by the stopping rule; default all'),
    noise: z
      .boolean()
      .default(false)
      .describe("Also estimate the baseline's A/A noise from its rounds and show it"),
    threshold: z
      .union([
        z
          .number()
          .min(0)
          .max(10, { error: say('threshold too large', "a fraction such as 0.05, or '5%'") }),
        z.string().regex(/^\s*\d+(\.\d+)?\s*%\s*$/, {
          error: say('not a percentage', "a fraction such as 0.05, or a percentage such as '5%'"),
        }),
      ])
      .default(DEFAULT_COMPARE_THRESHOLD)
      .describe("Relative change that counts: a fraction (0.05) or a percentage ('5%')"),
  })
  .superRefine((compare, ctx) => {
    if (compare.rounds !== undefined) {
      for (const key of ['minRounds', 'maxRounds'] as const) {
        if (compare[key] === undefined) continue;
        ctx.addIssue({
          code: 'custom',
          path: [key],
          input: compare[key],
          message: say(
            'rounds fixes the number of rounds',
            'either rounds (fixed) or minRounds/maxRounds (adaptive), not both',
          ),
        });
      }
      return;
    }
    const min = compare.minRounds ?? DEFAULT_MIN_ROUNDS;
    const max = compare.maxRounds ?? DEFAULT_MAX_ROUNDS;
    if (min > max) {
      ctx.addIssue({
        code: 'custom',
        path: ['minRounds'],
        input: compare.minRounds,
        message: say(`more than maxRounds (${max})`, 'minRounds no larger than maxRounds'),
      });
    }
  })
  .describe('A/B comparison settings (used when a baseline is given)');
/** Comparison settings, as validated. */
export type CompareConfig = z.infer<typeof CompareConfigSchema>;

/** One threshold: a string such as `p99 < 50ms`, or a relative limit as an object. */
export const ThresholdConfigSchema = z.union([
  z
    .string()
    .min(1)
    .describe("A threshold such as 'p99 < 50ms', 'errorRate < 0.1%', 'rps > 2000' or 'p99 +20%'"),
  z
    .strictObject({
      metric: z.string().min(1).describe('Metric: p50, p99, p99.9, rps, errorRate, …'),
      warn: z
        .string()
        .optional()
        .describe("Warn beyond this change, e.g. '+10%' (or '-5%' for rps)"),
      fail: z
        .string()
        .optional()
        .describe("Fail when the whole interval is beyond this change, e.g. '+20%'"),
      scenario: z.string().optional().describe('Only levels of this scenario'),
    })
    .describe('A relative threshold against the baseline'),
  z
    .strictObject({
      benchmark: z
        .string()
        .min(1)
        .describe(
          "Command benchmark name, or a pattern where * stands for any characters, e.g. 'parse_mt/*'",
        ),
      max: z.number().optional().describe('The estimate may be at most this (times), in unit'),
      min: z.number().optional().describe('The estimate must be at least this (rates), in unit'),
      unit: z
        .string()
        .min(1)
        .describe("Unit of the limit, the benchmark's own: ns/iter, ns/msg, msg/s, …"),
      severity: z
        .enum(['warn', 'fail'])
        .optional()
        .describe('fail (default): a breach fails the run; warn: reported only'),
      scenario: z.string().optional().describe('Only benchmarks of this command scenario'),
    })
    .refine((t) => (t.max === undefined) !== (t.min === undefined), {
      error: say('give max or min', 'exactly one of max (at most) or min (at least)'),
    })
    .describe(
      "A limit on command benchmarks' estimates, e.g. { benchmark: 'parse_mt/*', max: 2000, unit: ns/iter }",
    ),
]);
/** One threshold as written. */
export type ThresholdConfig = z.infer<typeof ThresholdConfigSchema>;

/** Cloud settings, read by the Azure pipeline and validated for every run. */
export const CloudConfigSchema = z
  .strictObject({
    provider: z
      .enum(['local', 'azure'])
      .default('local')
      .describe('local: this machine; azure: VMs provisioned per run'),
    vmSizes: z
      .array(
        z.string().regex(valueRules.vmSize.pattern, {
          error: say('not an Azure VM size name', valueRules.vmSize.expected),
        }),
      )
      .min(1)
      .default([...CLOUD_DEFAULTS.vmSizes])
      .describe('Azure VM sizes in order of preference (or one job per size in a sweep)'),
    regions: z
      .array(
        z.string().regex(valueRules.region.pattern, {
          error: say('not an Azure region name', valueRules.region.expected),
        }),
      )
      .min(1)
      .default([...CLOUD_DEFAULTS.regions])
      .describe('Azure regions in order of preference'),
    loadAgents: z
      .number()
      .int()
      .min(1)
      .max(MAX_LOAD_AGENTS)
      .default(CLOUD_DEFAULTS.loadAgents)
      .describe('Load VMs driving the target together'),
    sweep: z
      .strictObject({
        vmSizes: z
          .array(
            z.string().regex(valueRules.vmSize.pattern, {
              error: say('not an Azure VM size name', valueRules.vmSize.expected),
            }),
          )
          .min(2, { error: say('a sweep compares sizes', 'at least two VM sizes') })
          .describe('VM sizes to compare, one run each (a matrix leg each in a workflow)'),
      })
      .optional()
      .describe(
        'Sizes compared by a sweep, one run per size; vmSizes stays the fallback order within one run',
      ),
    prices: PricesConfigSchema.optional().describe(
      'Where the VM-size comparison takes its prices: the Azure Retail Prices API and/or a table',
    ),
  })
  .describe('Cloud settings (Azure pipeline)');
/** Cloud settings, as validated. */
export type CloudConfig = z.infer<typeof CloudConfigSchema>;

/** The config file (v1). */
export const BenchConfigSchema = z
  .strictObject({
    $schema: z.string().optional().describe('JSON Schema reference, for editors'),
    version: z.literal(1, { error: say('unsupported version', '1') }).describe('Format version'),
    name: nameSchema('Benchmark name: lower-case letters, digits, hyphens'),
    description: z.string().optional().describe('What this benchmark is for'),
    target: TargetConfigSchema,
    baseline: TargetConfigSchema.optional().describe(
      'A/B: the baseline to compare the target with, run in the same session (same shape as target; see compare)',
    ),
    slo: SloConfigSchema.optional().describe(
      "The service-level objective of the VM-size comparison, e.g. 'p99 < 50ms'",
    ),
    compare: CompareConfigSchema.default({
      noise: false,
      threshold: DEFAULT_COMPARE_THRESHOLD,
    }),
    setup: SetupConfigSchema,
    teardown: TeardownConfigSchema,
    thresholds: z
      .array(ThresholdConfigSchema)
      .default([])
      .describe('Limits the run must respect; a crossed fail limit exits with code 1'),
    scenarios: z
      .array(
        z.union([
          nameSchema('Name of a product scenario (products/<product>/scenarios/<name>.yml)'),
          InlineScenarioConfigSchema,
          InlineCommandScenarioConfigSchema,
        ]),
      )
      .min(1, { error: say('no scenarios', 'at least one scenario') })
      .describe('Scenarios: product scenario names or inline scenarios'),
    load: LoadConfigSchema.default({
      model: 'closed',
      levels: [8, 32, 128],
      pipelining: 1,
      warmup: '1s',
      duration: '10s',
      cooldown: '0s',
      connectTimeout: '5s',
      requestTimeout: '10s',
      workers: 1,
    }),
    cloud: CloudConfigSchema.default({
      provider: 'local',
      vmSizes: [...CLOUD_DEFAULTS.vmSizes],
      regions: [...CLOUD_DEFAULTS.regions],
      loadAgents: CLOUD_DEFAULTS.loadAgents,
    }),
  })
  .describe('bench-action config (version 1)');
/** A validated config file with defaults applied. */
export type BenchConfig = z.infer<typeof BenchConfigSchema>;
/** A config file as written (before defaults). */
export type BenchConfigInput = z.input<typeof BenchConfigSchema>;

/** Container image of a product (cloud runs, or locally with a Docker engine). */
export const ImageConfigSchema = z
  .strictObject({
    repository: z.string().min(1).describe('Image repository, e.g. reframe'),
    tag: z.string().min(1).default('latest').describe('Image tag (the run records the digest)'),
    registry: z
      .string()
      .min(1)
      .optional()
      .describe('Registry host, e.g. myacr.azurecr.io; the pipeline may supply it'),
  })
  .describe('Container image');
/** Container image settings, as validated. */
export type ImageConfig = z.infer<typeof ImageConfigSchema>;

/** A product file (`products/<name>/product.yml`): how to start and probe the product. */
export const ProductFileSchema = z
  .strictObject({
    name: nameSchema('Product name; default: the directory name').optional(),
    description: z.string().optional().describe('What the product is'),
    image: ImageConfigSchema.optional(),
    command: CommandConfigSchema.optional().describe(
      'A local process (cwd relative to the product directory); wins over image for local runs',
    ),
    port: portSchema
      .optional()
      .describe(
        'Port the product listens on; required for HTTP products, absent for libraries benchmarked only by command scenarios',
      ),
    env: envSchema.default({}),
    health: HealthConfigSchema.default({ path: '/health', timeout: '30s', interval: '200ms' }),
    setup: SetupConfigSchema,
    teardown: TeardownConfigSchema,
  })
  .describe('A product (products/<name>/product.yml)');
/** A product file, as validated. */
export type ProductFile = z.infer<typeof ProductFileSchema>;
