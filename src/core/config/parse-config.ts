/**
 * Parses a config file (YAML or JSON) into a validated `BenchConfig`, or reports every problem
 * at once with file:line:col, key path, value as written and what was expected.
 */
import { checkScenario, isRecord } from './check-scenario.js';
import { sortProblems, type ConfigProblem } from './config-problem.js';
import { parseDocumentWith } from './parse-document.js';
import { parseThreshold, isThresholdError } from '../stats/thresholds.js';
import { BenchConfigSchema, type BenchConfig } from './schema.js';
import { PORT_PLACEHOLDER } from './secrets.js';
import type { KeyPath, SourceLocator } from './source-locator.js';

/** The outcome of parsing a config file. */
export interface ParsedConfig {
  /** The validated config with defaults, when there were no problems. */
  config?: BenchConfig;
  /** Every problem, in position order. */
  problems: ConfigProblem[];
  /** The data as written, when the YAML parsed: lets callers check files it names even when the config has problems. */
  raw?: unknown;
  /** Positions in the file, for problems found later (missing files, unknown scenarios). */
  source: SourceLocator;
}

/** Parses and validates a config file's text; `file` is used in problem positions. */
export function parseConfig(text: string, file: string): ParsedConfig {
  // NUL never occurs in YAML or JSON text: this is a binary file, and nothing of it is shown.
  const binary = text.includes('\0');
  const parsed = parseDocumentWith(binary ? '' : text, file, BenchConfigSchema);
  const notConfig = binary ? 'binary data, not text' : notAConfig(parsed.raw);
  if (notConfig !== undefined) {
    return { problems: [notAConfigProblem(file, notConfig)], source: parsed.source };
  }
  if (parsed.raw === undefined || parsed.raw === null) {
    return { problems: sortProblems(parsed.problems), source: parsed.source };
  }
  const problems = mergeProblems(parsed.problems, checkConfig(parsed.raw, parsed.source));
  if (problems.length > 0 || !parsed.value) {
    return { problems: sortProblems(problems), source: parsed.source, raw: parsed.raw };
  }
  return { config: parsed.value, problems: [], source: parsed.source, raw: parsed.raw };
}

/**
 * Why data that parsed is not a config at all, or undefined when it may be one. Every config
 * has `version:` at the top; a file without it (`/etc/passwd`, a Kubernetes secret) gets one
 * problem that quotes nothing from it, so `bench validate` never echoes a file's content.
 */
function notAConfig(raw: unknown): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (isRecord(raw)) return 'version' in raw ? undefined : 'a mapping without `version:`';
  if (Array.isArray(raw)) return 'a list, not a mapping of keys';
  return typeof raw === 'string' ? 'plain text, not a mapping of keys' : `a single ${typeof raw}`;
}

function notAConfigProblem(file: string, why: string): ConfigProblem {
  return {
    file,
    line: 1,
    col: 1,
    path: '',
    message: `not a bench config file (${why}); its content is not shown`,
    expected: 'a YAML or JSON mapping that starts with `version: 1`',
    hint: 'Check the path: configs usually live in configs/, e.g. configs/demo.yml.',
  };
}

/** Schema problems plus semantic ones, without a second problem for a path already reported. */
function mergeProblems(schema: ConfigProblem[], semantic: ConfigProblem[]): ConfigProblem[] {
  const seen = new Set(schema.map((p) => p.path));
  return [...schema, ...semantic.filter((p) => !seen.has(p.path))];
}

/**
 * Checks across keys that the schema alone cannot express. Reads the data as written
 * (defensively), so these problems come out together with the schema's.
 */
function checkConfig(raw: unknown, source: SourceLocator): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  if (!isRecord(raw)) return problems;
  const target = isRecord(raw.target) ? raw.target : {};
  const scenarios = Array.isArray(raw.scenarios) ? (raw.scenarios as unknown[]) : [];
  const cloud = isRecord(raw.cloud) ? raw.cloud : {};
  const command = isRecord(target.command) ? target.command : undefined;
  const kinds = (['product', 'url', 'command'] as const).filter((k) => target[k] !== undefined);
  if (isRecord(raw.baseline)) problems.push(...checkTarget(raw.baseline, 'baseline', source));
  problems.push(...checkThresholds(raw.thresholds, source));
  if (!isRecord(raw.target)) return problems.concat(checkScenarios(scenarios, false, source));
  problems.push(...checkTarget(target, 'target', source));
  problems.push(
    ...checkScenarios(scenarios, target.product === undefined && kinds.length > 0, source),
  );
  if (cloud.provider === 'azure' && (target.url !== undefined || command)) {
    problems.push(
      source.problemAt(['cloud', 'provider'], {
        message: 'azure runs deploy a product image; this target is a url or a command',
        expected: 'local, or a product target with an image',
      }),
    );
  }
  return problems;
}

/** One target (`target` or `baseline`): exactly one kind, a usable URL, a command port. */
function checkTarget(
  target: Record<string, unknown>,
  key: 'target' | 'baseline',
  source: SourceLocator,
): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const command = isRecord(target.command) ? target.command : undefined;
  const kinds = (['product', 'url', 'command'] as const).filter((k) => target[k] !== undefined);
  if (kinds.length === 0) {
    problems.push(
      source.problemAt([key], {
        message: 'no target',
        expected: 'exactly one of product, url, command',
        hint: 'Add `product: <name>` (see products/), `url: http://…` or `command: {run: […], port: N}`.',
      }),
    );
  } else if (kinds.length > 1) {
    for (const kind of kinds.slice(1)) {
      problems.push(
        source.problemAt([key, kind], {
          message: `\`${kind}\` given together with \`${kinds[0]}\``,
          expected: 'exactly one of product, url, command',
          atKey: true,
          hint: 'Keep one target.',
        }),
      );
    }
  }
  if (typeof target.url === 'string') {
    const urlProblem = checkUrl(target.url);
    if (urlProblem) {
      problems.push(
        source.problemAt([key, 'url'], {
          message: urlProblem,
          expected: 'an http:// or https:// URL such as http://127.0.0.1:8080',
        }),
      );
    }
  }
  if (command && command.port === undefined) {
    problems.push(
      source.problemAt([key, 'command', 'port'], {
        message: 'missing required key `port`',
        expected: "the port the command listens on, 1-65535, or 'auto'",
        hint: 'Pass the same port to the process, e.g. `env: {PORT: "8080"}`, or write `port: auto` and `env: {PORT: "{{port}}"}`.',
      }),
    );
  }
  if (command && command.port === 'auto' && !mentionsPort(command)) {
    problems.push(portAutoProblem(source, [key, 'command', 'port']));
  }
  if (target.product === undefined) {
    for (const override of ['port', 'env'] as const) {
      if (target[override] === undefined) continue;
      problems.push(
        source.problemAt([key, override], {
          message: `\`${override}\` overrides a product's ${override}; this ${key} is not a product`,
          expected: `a product target (a command sets command.${override})`,
          atKey: true,
        }),
      );
    }
  }
  return problems;
}

/**
 * Whether a command passes `{{port}}` to its process, in an env value or a run argument: with
 * `port: auto` it has no other way to learn where to listen.
 */
export function mentionsPort(command: Record<string, unknown>): boolean {
  const texts: unknown[] = [
    ...(Array.isArray(command.run) ? (command.run as unknown[]) : []),
    ...(isRecord(command.env)
      ? Object.values(command.env).map((v) => (isRecord(v) ? v.value : v))
      : []),
  ];
  return texts.some((t) => typeof t === 'string' && t.includes(PORT_PLACEHOLDER));
}

/** The problem of a `port: auto` whose process is never told the port. */
export function portAutoProblem(source: SourceLocator, path: KeyPath): ConfigProblem {
  return source.problemAt(path, {
    message: 'port: auto, but the process is never told the port',
    expected: '{{port}} in an env value or a run argument',
    hint: 'Add e.g. `env: {PORT: "{{port}}"}` (or `--port={{port}}` in run).',
  });
}

/** Thresholds that the schema accepted in shape but that do not parse as thresholds. */
function checkThresholds(raw: unknown, source: SourceLocator): ConfigProblem[] {
  if (!Array.isArray(raw)) return [];
  const problems: ConfigProblem[] = [];
  raw.forEach((entry: unknown, index) => {
    const input =
      typeof entry === 'string'
        ? entry
        : isRecord(entry) && typeof entry.metric === 'string'
          ? {
              metric: entry.metric,
              ...(typeof entry.warn === 'string' ? { warn: entry.warn } : {}),
              ...(typeof entry.fail === 'string' ? { fail: entry.fail } : {}),
              ...(typeof entry.scenario === 'string' ? { scenario: entry.scenario } : {}),
            }
          : undefined;
    if (input === undefined) return;
    const parsed = parseThreshold(input);
    if (!isThresholdError(parsed)) return;
    problems.push(
      source.problemAt(['thresholds', index], {
        message: parsed.error,
        expected:
          "e.g. 'p99 < 50ms', 'errorRate < 0.1%', 'rps > 2000' or { metric: p99, warn: '+10%', fail: '+20%' }",
      }),
    );
  });
  return problems;
}

/** Duplicate names, product scenario names without a product, and each inline scenario. */
function checkScenarios(
  scenarios: unknown[],
  notAProduct: boolean,
  source: SourceLocator,
): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const names = new Map<string, number>();
  scenarios.forEach((scenario, index) => {
    const name =
      typeof scenario === 'string' ? scenario : isRecord(scenario) ? scenario.name : undefined;
    if (typeof name !== 'string') return;
    const first = names.get(name);
    if (first !== undefined) {
      problems.push(
        source.problemAt(['scenarios', index], {
          message: `scenario \`${name}\` is listed twice (first at scenarios[${first}])`,
          expected: 'unique scenario names',
        }),
      );
    } else names.set(name, index);
    if (typeof scenario === 'string') {
      if (notAProduct) {
        problems.push(
          source.problemAt(['scenarios', index], {
            message: `\`${scenario}\` names a product scenario but the target is not a product`,
            expected: 'an inline scenario (a mapping with name, method, path, …)',
          }),
        );
      }
    } else {
      problems.push(...checkScenario(scenario, ['scenarios', index], source));
    }
  });
  return problems;
}

function checkUrl(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'not a URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `unsupported scheme ${url.protocol}`;
  if (url.search || url.hash) return 'a target URL takes no query or fragment';
  return undefined;
}
