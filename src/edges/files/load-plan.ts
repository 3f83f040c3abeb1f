/**
 * Reads a config file and everything it names (product, product scenarios, payload files) and
 * resolves it into a `BenchPlan`. Every problem in every file is collected before anything is
 * reported; `loadPlan` throws them as one `ConfigError` (code `CONFIG_INVALID`).
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { checkScenario, isRecord } from '../../core/config/check-scenario.js';
import { ConfigError, sortProblems, type ConfigProblem } from '../../core/config/config-problem.js';
import { templatePayloadProblem } from '../../core/config/body-template.js';
import { mentionsPort, parseConfig, portAutoProblem } from '../../core/config/parse-config.js';
import { closestKey, parseDocumentWith } from '../../core/config/parse-document.js';
import type { BenchPlan } from '../../core/config/plan.js';
import {
  resolvePlan,
  type PayloadFile,
  type PlanOverrides,
  type ProductSource,
  type ScenarioSource,
  type SetupSource,
  isCommandScenario,
} from '../../core/config/resolve-plan.js';
import {
  PayloadsConfigSchema,
  ProductFileSchema,
  ScenarioFileSchema,
  type PayloadsConfig,
  type ScenarioConfig,
  type SetupRequestConfig,
  CommandScenarioFileSchema,
  type CommandScenarioConfig,
} from '../../core/config/schema.js';
import { parseJsonCheck } from '../../core/config/json-check.js';
import type { KeyPath, SourceLocator } from '../../core/config/source-locator.js';
import { inputError } from '../../core/errors.js';
import {
  MAX_CONFIG_FILE_BYTES,
  MAX_PAYLOAD_FILE_BYTES,
  isInsideRoot,
  readInputFile,
  gitRootOf,
} from './read-input-file.js';

/**
 * Where to find products. A product is taken from the first catalogue that holds
 * `<name>/product.yml`: `productsDirs` in order, then `products/` in the nearest ancestor of the
 * config that has one, then `fallbackProductsDirs` (the catalogue shipped with the action).
 */
export interface LoadPlanOptions {
  /** Catalogues searched first (`--products-dir`, the action's `products-dir` input). */
  productsDirs?: string[];
  /** Catalogues searched last. */
  fallbackProductsDirs?: string[];
  /**
   * Let payload paths and the `products/` found above the config leave the config's repository
   * (`--allow-outside-repo`). Off by default: a config from a pull request must not be able to
   * send `/etc/passwd` as a request body.
   */
  allowOutsideRepo?: boolean;
  /**
   * Where the config's repository is when no ancestor of the config holds `.git`: the action's
   * workspace (a checkout made without git has none), the CLI's working directory. Used only
   * when it contains the config; otherwise the config's own directory is the repository.
   */
  repositoryRoot?: string;
}

/** The outcome of validating a config file and what it names. */
export interface ValidationResult {
  /** The resolved plan, when there were no problems. */
  plan?: BenchPlan;
  /** Every problem in every file, in file and position order. */
  problems: ConfigProblem[];
}

/** Loads and resolves a config; throws `ConfigError` (`CONFIG_INVALID`) listing every problem. */
export async function loadPlan(
  configPath: string,
  overrides: PlanOverrides = {},
  opts: LoadPlanOptions = {},
): Promise<BenchPlan> {
  const result = await collectPlan(configPath, overrides, opts);
  if (!result.plan) throw new ConfigError(result.problems);
  return result.plan;
}

/** Validates a config and everything it names, for `bench validate`; never throws for bad input. */
export async function validateConfigFile(
  configPath: string,
  opts: LoadPlanOptions = {},
): Promise<ValidationResult> {
  return collectPlan(configPath, {}, opts);
}

async function collectPlan(
  configPath: string,
  overrides: PlanOverrides,
  opts: LoadPlanOptions,
): Promise<ValidationResult> {
  const absoluteConfig = resolve(configPath);
  const read = await readInputFile(absoluteConfig, MAX_CONFIG_FILE_BYTES);
  if (!read.ok) {
    if (read.refusal === 'missing') {
      throw inputError(
        'CONFIG_NOT_FOUND',
        `Config file not found: ${configPath}`,
        'Check the path; configs usually live in configs/, e.g. configs/demo.yml.',
      );
    }
    throw inputError('CONFIG_UNREADABLE', `Config file ${configPath} is ${read.reason}.`);
  }
  const parsed = parseConfig(read.bytes.toString('utf8'), displayPath(absoluteConfig));
  const problems = [...parsed.problems];
  const config = parsed.config;
  // With an invalid config, the files it names are still checked from the data as written, so
  // the user sees a missing payload next to a typo instead of one after the other.
  const raw = isRecord(parsed.raw) ? parsed.raw : {};
  const rawTarget = isRecord(raw.target) ? raw.target : {};
  const productName =
    config?.target.product ??
    (typeof rawTarget.product === 'string' &&
    rawTarget.url === undefined &&
    rawTarget.command === undefined
      ? rawTarget.product
      : undefined);
  const entries: unknown[] =
    config?.scenarios ?? (Array.isArray(raw.scenarios) ? (raw.scenarios as unknown[]) : []);
  const reported = new Set(problems.map((p) => p.path));

  const configDir = dirname(absoluteConfig);
  // Where the config's paths may lead; undefined when the caller allows any place.
  const root = opts.allowOutsideRepo ? undefined : await rootOf(configDir, opts);
  let product: ProductSource | undefined;
  let productScenarios = new Map<string, LoadedScenarioFile>();
  let productSteps: { setup: SetupSource[]; teardown: SetupSource[] } = { setup: [], teardown: [] };
  if (productName !== undefined && !reported.has('target.product')) {
    const catalogues = await productCatalogues(configDir, root, opts);
    const loaded = await loadProduct(productName, catalogues, parsed.source, 'target', opts);
    problems.push(...loaded.problems);
    product = loaded.product;
    productScenarios = loaded.scenarios;
    productSteps = loaded.steps;
    if (product && config?.cloud.provider === 'azure' && !product.product.image) {
      problems.push(
        parsed.source.problemAt(['target', 'product'], {
          message: `product \`${product.name}\` has no image; azure runs deploy an image`,
          expected: 'a product whose product.yml has `image`',
        }),
      );
    }
  }

  // The baseline of an A/B may be another product (or the same one with other port and env);
  // its scenarios come from the target's product, so only its product file matters here.
  const rawBaseline = isRecord(raw.baseline) ? raw.baseline : {};
  const baselineName =
    config?.baseline?.product ??
    (typeof rawBaseline.product === 'string' &&
    rawBaseline.url === undefined &&
    rawBaseline.command === undefined
      ? rawBaseline.product
      : undefined);
  const productCommand = product?.product.command;
  if (
    config?.target.port === 'auto' &&
    productCommand &&
    !mentionsPort({
      ...productCommand,
      env: { ...product?.product.env, ...productCommand.env, ...config.target.env },
    })
  ) {
    problems.push(portAutoProblem(parsed.source, ['target', 'port']));
  }
  let baselineProduct: ProductSource | undefined;
  if (baselineName !== undefined && !reported.has('baseline.product')) {
    if (baselineName === productName && product) {
      baselineProduct = product;
    } else {
      const catalogues = await productCatalogues(configDir, root, opts);
      const loaded = await loadProduct(baselineName, catalogues, parsed.source, 'baseline', opts);
      problems.push(...loaded.problems);
      baselineProduct = loaded.product;
    }
  }

  const payloadFiles = new Map<number, PayloadFile[]>();
  for (const [index, entry] of entries.entries()) {
    if (reported.has(`scenarios[${index}]`)) continue;
    if (typeof entry === 'string') {
      if (!product) continue;
      const found = productScenarios.get(entry);
      if (!found) {
        const known = [...productScenarios.keys()].sort();
        const suggestion = closestKey(entry, known);
        problems.push(
          parsed.source.problemAt(['scenarios', index], {
            message: `unknown scenario \`${entry}\` for product \`${product.name}\``,
            expected:
              known.length > 0 ? `one of ${known.join(', ')}` : 'a scenario file in the product',
            hint: suggestion
              ? `Did you mean \`${suggestion}\`?`
              : `Add products/${product.name}/scenarios/${entry}.yml, or define the scenario inline.`,
          }),
        );
        continue;
      }
      if (isCommandScenario(found.definition)) continue;
      const payloads = await readPayloads(
        found.definition.payloads,
        found.definition.body?.template,
        found.dir,
        found.root,
        found.source,
        [],
      );
      problems.push(...payloads.problems);
      payloadFiles.set(index, payloads.files);
    } else if (isRecord(entry)) {
      const payloadsConfig = PayloadsConfigSchema.safeParse(entry.payloads);
      if (entry.payloads === undefined || !payloadsConfig.success) continue;
      const template =
        isRecord(entry.body) && typeof entry.body.template === 'string'
          ? entry.body.template
          : undefined;
      const payloads = await readPayloads(
        payloadsConfig.data,
        template,
        configDir,
        root,
        parsed.source,
        ['scenarios', index],
      );
      problems.push(...payloads.problems);
      payloadFiles.set(index, payloads.files);
    }
  }
  const configSetup = await readSetupSteps(config?.setup, configDir, root, parsed.source, [
    'setup',
  ]);
  const configTeardown = await readSetupSteps(config?.teardown, configDir, root, parsed.source, [
    'teardown',
  ]);
  problems.push(...configSetup.problems, ...configTeardown.problems);
  if (!config || problems.length > 0) return { problems: sortProblems(problems) };
  const scenarios: ScenarioSource[] = [];
  for (const [index, entry] of config.scenarios.entries()) {
    const found = typeof entry === 'string' ? productScenarios.get(entry) : undefined;
    const definition = typeof entry === 'string' ? found?.definition : entry;
    const dir = found ? found.dir : configDir;
    if (definition) scenarios.push({ definition, dir, payloads: payloadFiles.get(index) ?? [] });
  }
  const commandCount = scenarios.filter((s) => isCommandScenario(s.definition)).length;
  if (commandCount > 0 && commandCount < scenarios.length) {
    return {
      problems: [
        parsed.source.problemAt(['scenarios'], {
          message: 'HTTP scenarios and command scenarios (kind: command) are mixed in one config',
          expected: 'only HTTP scenarios, or only command scenarios',
          hint: 'Split the config in two: one for the service, one for its command benchmarks.',
        }),
      ],
    };
  }
  const plan = resolvePlan({
    config,
    configPath,
    configDir,
    ...(product ? { product } : {}),
    ...(baselineProduct ? { baselineProduct } : {}),
    scenarios,
    overrides,
    // The product registers what it needs first; the config's own steps build on it, and
    // tear down in the reverse order.
    setup: [...productSteps.setup, ...configSetup.steps],
    teardown: [...configTeardown.steps, ...productSteps.teardown],
  });
  return { plan, problems: [] };
}

/** A product scenario file after parsing. */
interface LoadedScenarioFile {
  definition: ScenarioConfig | CommandScenarioConfig;
  /** Directory of the scenario file: the base of its payload paths. */
  dir: string;
  /** Where its payload paths may lead (the catalogue's repository); undefined: anywhere. */
  root: string | undefined;
  source: SourceLocator;
}

async function loadProduct(
  name: string,
  search: ProductSearch,
  configSource: SourceLocator,
  key: 'target' | 'baseline',
  opts: LoadPlanOptions,
): Promise<{
  product?: ProductSource;
  scenarios: Map<string, LoadedScenarioFile>;
  /** The product's setup and teardown steps, with their bodies. */
  steps: { setup: SetupSource[]; teardown: SetupSource[] };
  problems: ConfigProblem[];
}> {
  const scenarios = new Map<string, LoadedScenarioFile>();
  const steps: { setup: SetupSource[]; teardown: SetupSource[] } = { setup: [], teardown: [] };
  let found: { dir: string; productPath: string; text: string; catalogue: string } | undefined;
  const unreadable: ConfigProblem[] = [];
  const catalogues = search.dirs;
  for (const catalogue of catalogues) {
    const productPath = join(catalogue, name, 'product.yml');
    const read = await readInputFile(productPath, MAX_CONFIG_FILE_BYTES);
    if (read.ok) {
      found = {
        dir: join(catalogue, name),
        productPath,
        text: read.bytes.toString('utf8'),
        catalogue,
      };
      break;
    }
    if (read.refusal !== 'missing' && read.refusal !== 'directory') {
      unreadable.push(
        configSource.problemAt([key, 'product'], {
          message: `product file ${displayPath(productPath)} is ${read.reason}`,
          expected: 'a product.yml that is a regular file',
        }),
      );
    }
  }
  if (!found && unreadable.length > 0) return { scenarios, steps, problems: unreadable };
  if (!found) {
    const known = [...new Set((await Promise.all(catalogues.map(listProducts))).flat())].sort();
    const suggestion = closestKey(name, known);
    const skipped =
      search.outside === undefined
        ? ''
        : `; ${displayPath(search.outside)} lies outside the config's repository and was not searched`;
    const searched =
      (catalogues.length > 0
        ? `looked in ${catalogues.map((c) => displayPath(c)).join(', ')}`
        : 'no products/ directory above the config and no catalogue given') + skipped;
    return {
      scenarios,
      steps,
      problems: [
        configSource.problemAt([key, 'product'], {
          message: `unknown product \`${name}\` (${searched})`,
          expected: known.length > 0 ? `one of ${known.join(', ')}` : 'a product under products/',
          hint: suggestion
            ? `Did you mean \`${suggestion}\`?`
            : 'Add products/<name>/product.yml to the repository, or point at a catalogue with --products-dir (CLI) or products-dir (action).',
        }),
      ],
    };
  }
  const { dir, productPath, text } = found;
  // A product's payloads stay inside the repository (or catalogue) that holds the product.
  const productRoot = opts.allowOutsideRepo ? undefined : await rootOf(found.catalogue, opts);
  const parsed = parseDocumentWith(text, displayPath(productPath), ProductFileSchema);
  const problems = [...parsed.problems];
  if (parsed.value && !parsed.value.command && !parsed.value.image) {
    problems.push(
      parsed.source.problemAt([], {
        message: 'the product has neither `image` nor `command`',
        expected: 'image: {repository: …} and/or command: {run: […]}',
      }),
    );
  }
  const command = parsed.value?.command;
  if (
    command?.port === 'auto' &&
    !mentionsPort({ ...command, env: { ...parsed.value?.env, ...command.env } })
  ) {
    problems.push(portAutoProblem(parsed.source, ['command', 'port']));
  }
  for (const phase of ['setup', 'teardown'] as const) {
    const read = await readSetupSteps(parsed.value?.[phase], dir, productRoot, parsed.source, [
      phase,
    ]);
    problems.push(...read.problems);
    steps[phase] = read.steps;
  }
  const scenariosDir = join(dir, 'scenarios');
  const entries = await readdir(scenariosDir).catch(() => [] as string[]);
  for (const file of entries.filter((f) => /\.(ya?ml|json)$/.test(f)).sort()) {
    const scenarioPath = join(scenariosDir, file);
    const read = await readInputFile(scenarioPath, MAX_CONFIG_FILE_BYTES);
    if (!read.ok) {
      if (read.refusal !== 'missing') {
        problems.push({
          file: displayPath(scenarioPath),
          line: 1,
          col: 1,
          path: '',
          message: `the scenario file is ${read.reason}`,
          expected: 'a regular YAML or JSON file',
        });
      }
      continue;
    }
    const scenarioText = read.bytes.toString('utf8');
    // A `kind: command` file is a command benchmark; anything else an HTTP scenario.
    const isCommand = /^kind:\s*['"]?command['"]?\s*$/m.test(scenarioText);
    const scenario = isCommand
      ? parseDocumentWith(scenarioText, displayPath(scenarioPath), CommandScenarioFileSchema)
      : parseDocumentWith(scenarioText, displayPath(scenarioPath), ScenarioFileSchema);
    problems.push(...scenario.problems);
    if (scenario.raw !== undefined && !isCommand)
      problems.push(...checkScenario(scenario.raw, [], scenario.source));
    if (!scenario.value) continue;
    const scenarioName = scenario.value.name ?? basename(file, extname(file));
    if (scenarios.has(scenarioName)) {
      problems.push(
        scenario.source.problemAt(['name'], {
          message: `scenario \`${scenarioName}\` is defined twice in the product`,
          expected: 'unique scenario names',
        }),
      );
      continue;
    }
    scenarios.set(scenarioName, {
      definition: { ...scenario.value, name: scenarioName },
      dir: scenariosDir,
      root: productRoot,
      source: scenario.source,
    });
  }
  // The product is returned even when a scenario file has problems, so the config's scenario
  // names are still checked against the scenarios that did parse.
  if (!parsed.value || parsed.problems.length > 0) return { scenarios, steps, problems };
  return {
    product: { name: parsed.value.name ?? name, dir, product: parsed.value },
    scenarios,
    steps,
    problems,
  };
}

/**
 * Reads the bodies of setup or teardown steps and checks their JSON checks. A body file obeys
 * the payload rules: inside `root` (the repository), a regular file, at most
 * `MAX_PAYLOAD_FILE_BYTES`.
 */
async function readSetupSteps(
  definitions: readonly SetupRequestConfig[] | undefined,
  baseDir: string,
  root: string | undefined,
  source: SourceLocator,
  path: KeyPath,
): Promise<{ steps: SetupSource[]; problems: ConfigProblem[] }> {
  const steps: SetupSource[] = [];
  const problems: ConfigProblem[] = [];
  for (const [index, definition] of (definitions ?? []).entries()) {
    definition.checks.json.forEach((check, at) => {
      const parsedCheck = parseJsonCheck(check);
      if ('error' in parsedCheck) {
        problems.push(
          source.problemAt([...path, index, 'checks', 'json', at], {
            message: `invalid JSON check: ${parsedCheck.error}`,
            expected: "'<path> <op> <literal>' or '<path> exists', e.g. '$.id exists'",
          }),
        );
      }
    });
    const body = definition.body;
    if (body === undefined) {
      steps.push({ definition });
    } else if ('text' in body) {
      steps.push({ definition, body: new TextEncoder().encode(body.text) });
    } else {
      const at = [...path, index, 'body', 'file'];
      const absolute = resolve(baseDir, body.file);
      if (root !== undefined && !(await isInsideRoot(root, absolute))) {
        problems.push(
          source.problemAt(at, {
            message: `body file ${displayPath(absolute)} is outside the repository (${displayPath(root)}), so it is not read`,
            expected: `a path inside ${displayPath(root)}`,
            hint: 'Move the file into the repository, or pass --allow-outside-repo if it really should be sent.',
          }),
        );
        continue;
      }
      const read = await readInputFile(absolute, MAX_PAYLOAD_FILE_BYTES);
      if (!read.ok) {
        problems.push(unreadablePayloadProblem(source, at, absolute, 'body file', read));
        continue;
      }
      steps.push({ definition, body: read.bytes, bodySource: body.file });
    }
  }
  return { steps, problems };
}

async function readPayloads(
  payloads: PayloadsConfig | undefined,
  template: string | undefined,
  baseDir: string,
  root: string | undefined,
  source: SourceLocator,
  path: KeyPath,
): Promise<{ files: PayloadFile[]; problems: ConfigProblem[] }> {
  const files: PayloadFile[] = [];
  const problems: ConfigProblem[] = [];
  if (!payloads) return { files, problems };
  const outside = async (absolute: string) =>
    root !== undefined && !(await isInsideRoot(root, absolute));
  const outsideProblem = (at: KeyPath, absolute: string, what: string) =>
    source.problemAt(at, {
      message: `${what} ${displayPath(absolute)} is outside the repository (${displayPath(root ?? '')}), so it is not read`,
      expected: `a path inside ${displayPath(root ?? '')}`,
      hint: 'Move the file into the repository, or pass --allow-outside-repo if it really should be sent.',
    });
  if (payloads.dir !== undefined) {
    const at = [...path, 'payloads', 'dir'];
    const dir = resolve(baseDir, payloads.dir);
    if (await outside(dir)) {
      problems.push(outsideProblem(at, dir, 'payload directory'));
      return { files, problems };
    }
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => undefined);
    if (!entries) {
      problems.push(
        source.problemAt(at, {
          message: `payload directory not found: ${displayPath(dir)}`,
          expected: 'a directory of payload files, relative to this file',
        }),
      );
      return { files, problems };
    }
    // Links are followed (and checked) like files; subdirectories are not payloads.
    const names = entries
      .filter((e) => (e.isFile() || e.isSymbolicLink()) && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
    if (names.length === 0) {
      problems.push(
        source.problemAt(at, {
          message: `payload directory is empty: ${displayPath(dir)}`,
          expected: 'at least one payload file',
        }),
      );
    }
    for (const name of names) {
      const absolute = join(dir, name);
      if (await outside(absolute)) {
        problems.push(outsideProblem(at, absolute, 'payload file'));
        continue;
      }
      const read = await readInputFile(absolute, MAX_PAYLOAD_FILE_BYTES);
      if (!read.ok) {
        problems.push(
          source.problemAt(at, {
            message: `payload file ${displayPath(absolute)} is ${read.reason}`,
            expected: `regular files of at most ${MAX_PAYLOAD_FILE_BYTES} bytes`,
          }),
        );
        continue;
      }
      const unfit =
        template === undefined ? undefined : templatePayloadProblem(template, read.bytes);
      if (unfit !== undefined) {
        problems.push(
          source.problemAt(at, {
            message: `payload file ${displayPath(absolute)}: ${unfit}`,
            expected: 'UTF-8 payloads, or {{payload}} to send the bytes as they are',
          }),
        );
        continue;
      }
      files.push({ name, bytes: read.bytes });
    }
    return { files, problems };
  }
  for (const [index, entry] of (payloads.files ?? []).entries()) {
    const filePath = typeof entry === 'string' ? entry : entry.path;
    const at =
      typeof entry === 'string'
        ? [...path, 'payloads', 'files', index]
        : [...path, 'payloads', 'files', index, 'path'];
    const absolute = resolve(baseDir, filePath);
    if (await outside(absolute)) {
      problems.push(outsideProblem(at, absolute, 'payload file'));
      continue;
    }
    const read = await readInputFile(absolute, MAX_PAYLOAD_FILE_BYTES);
    if (!read.ok) {
      problems.push(unreadablePayloadProblem(source, at, absolute, 'payload file', read));
      continue;
    }
    const unfit = template === undefined ? undefined : templatePayloadProblem(template, read.bytes);
    if (unfit !== undefined) {
      problems.push(
        source.problemAt(at, {
          message: `payload file ${displayPath(absolute)}: ${unfit}`,
          expected: 'a UTF-8 payload, or {{payload}} to send the bytes as they are',
        }),
      );
      continue;
    }
    files.push({
      name: filePath,
      bytes: read.bytes,
      ...(typeof entry !== 'string' && entry.weight !== undefined ? { weight: entry.weight } : {}),
    });
  }
  return { files, problems };
}

/** Where products are looked for. */
interface ProductSearch {
  /** Catalogues, in the order they are searched. */
  dirs: string[];
  /** The nearest `products/` above the config, when it lies outside its repository (not searched). */
  outside?: string;
}

/**
 * The catalogues to search, in order, without repeats: the ones given, then the nearest
 * `products/` above the config when it lies inside `root` (the config's repository; undefined:
 * anywhere), then the fallbacks.
 */
async function productCatalogues(
  configDir: string,
  root: string | undefined,
  opts: LoadPlanOptions,
): Promise<ProductSearch> {
  const nearest = await findProductsDir(configDir);
  const inside =
    nearest !== undefined && (root === undefined || (await isInsideRoot(root, nearest)));
  const all = [
    ...(opts.productsDirs ?? []).map((d) => resolve(d)),
    ...(nearest !== undefined && inside ? [nearest] : []),
    ...(opts.fallbackProductsDirs ?? []).map((d) => resolve(d)),
  ];
  return {
    dirs: [...new Set(all)],
    ...(nearest !== undefined && !inside ? { outside: nearest } : {}),
  };
}

/**
 * The repository `dir` belongs to: the nearest ancestor holding `.git`; without one, the
 * caller's `repositoryRoot` when `dir` lies inside it; else `dir` itself.
 */
async function rootOf(dir: string, opts: LoadPlanOptions): Promise<string> {
  const git = await gitRootOf(dir);
  if (git !== undefined) return git;
  if (opts.repositoryRoot !== undefined && (await isInsideRoot(opts.repositoryRoot, dir))) {
    return resolve(opts.repositoryRoot);
  }
  return resolve(dir);
}

/** The nearest ancestor of `dir` (itself included) that holds a `products/` directory. */
async function findProductsDir(dir: string): Promise<string | undefined> {
  let current = dir;
  for (;;) {
    const candidate = join(current, 'products');
    if (await isDirectory(candidate)) return candidate;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

async function listProducts(productsDir: string): Promise<string[]> {
  const entries = await readdir(productsDir, { withFileTypes: true }).catch(() => []);
  const names: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const read = await readInputFile(
      join(productsDir, entry.name, 'product.yml'),
      MAX_CONFIG_FILE_BYTES,
    );
    if (read.ok) names.push(entry.name);
  }
  return names.sort();
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** A path relative to the working directory when it is inside it, else absolute. */
function displayPath(absolute: string): string {
  const rel = relative(process.cwd(), absolute);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute;
}

/** The problem of a body or payload file the reader refused (missing, not regular, too large). */
function unreadablePayloadProblem(
  source: SourceLocator,
  at: (string | number)[],
  absolute: string,
  what: string,
  read: { refusal: string; reason: string },
): ConfigProblem {
  return source.problemAt(at, {
    message:
      read.refusal === 'missing'
        ? `${what} not found: ${displayPath(absolute)}`
        : `${what} ${displayPath(absolute)} is ${read.reason}`,
    expected: `a regular file of at most ${MAX_PAYLOAD_FILE_BYTES} bytes, relative to this file`,
  });
}
