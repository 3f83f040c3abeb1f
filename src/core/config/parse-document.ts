/**
 * Parses one YAML or JSON file against a zod schema and turns every YAML error and schema issue
 * into a positioned `ConfigProblem`. Shared by config, product and scenario files.
 */
import { Lexer, LineCounter, Parser, isCollection, parseDocument, visit } from 'yaml';
import type { Document } from 'yaml';
import type { z } from 'zod';
import type { ConfigProblem } from './config-problem.js';
import { splitSaying } from './schema.js';
import { SourceLocator, type KeyPath } from './source-locator.js';

/** The outcome of parsing one file. */
export interface ParsedDocument<T> {
  /** The validated value, when there were no problems. */
  value?: T;
  /** The data as written (plain JS), when the YAML itself parsed. */
  raw?: unknown;
  /** Every problem found. */
  problems: ConfigProblem[];
  /** Positions in the file, for later checks. */
  source: SourceLocator;
}

/**
 * Deepest nesting of collections a file may have. Configs nest a handful of levels; thousands
 * of `[` would exhaust the stack of the YAML composer ("Maximum call stack size exceeded").
 */
export const MAX_NESTING_DEPTH = 64;

/**
 * Most alias expansions a file may make (the `yaml` package's `maxAliasCount`): an alias bomb,
 * ten aliases of ten aliases of ten …, would otherwise expand into billions of nodes.
 */
export const MAX_ALIAS_COUNT = 100;

/** Parses `text` (YAML or JSON) and validates it with `schema`, collecting every problem. */
export function parseDocumentWith<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
): ParsedDocument<z.infer<S>> {
  const lineCounter = new LineCounter();
  const tooDeep = nestingOffset(text, lineCounter);
  if (tooDeep !== undefined) {
    // Not composed at all: the composer recurses once per level.
    const source = new SourceLocator(file, text, undefined, lineCounter);
    const { line, col } = source.positionOf(tooDeep);
    return {
      problems: [
        {
          file,
          line,
          col,
          path: '',
          expected: `at most ${MAX_NESTING_DEPTH} levels of nested lists and mappings`,
          message: `nesting deeper than ${MAX_NESTING_DEPTH} levels`,
          hint: 'A config nests a few levels; check for runaway brackets or indentation.',
        },
      ],
      source,
    };
  }
  const composed = new LineCounter();
  const doc = parseDocument(text, { lineCounter: composed, prettyErrors: false, uniqueKeys: true });
  const source = new SourceLocator(file, text, doc, composed);
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error): ConfigProblem => {
      const { line, col } = source.positionOf(error.pos[0]);
      return {
        file,
        line,
        col,
        path: '',
        expected: 'valid YAML or JSON',
        message: `YAML syntax error: ${describeYamlError(error.message)}`,
        hint: 'Check indentation, quotes and brackets on this line and the one before.',
      };
    });
    return { problems, source };
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return { problems: [aliasProblem(doc, error, source)], source };
  }
  if (raw === null || raw === undefined) {
    return {
      raw,
      problems: [
        {
          file,
          line: 1,
          col: 1,
          path: '',
          expected: 'a mapping of keys',
          message: 'the file is empty',
        },
      ],
      source,
    };
  }
  const result = schema.safeParse(raw);
  if (result.success) return { value: result.data, raw, problems: [], source };
  const problems = result.error.issues.flatMap((issue) =>
    problemsFromIssue(issue as Issue, [], schema, raw, source),
  );
  return { raw, problems, source };
}

/**
 * Offset where collections first nest deeper than `MAX_NESTING_DEPTH`, or undefined; counts the
 * lines it passes in `lineCounter`.
 */
function nestingOffset(text: string, lineCounter: LineCounter): number | undefined {
  // The CST parser keeps its own stack (no recursion), so it measures depth safely.
  const parser = new Parser(lineCounter.addNewLine);
  // `Parser.parse` would count the first line itself; feeding lexemes one by one does not.
  lineCounter.addNewLine(0);
  for (const lexeme of new Lexer().lex(text)) {
    for (const _token of parser.next(lexeme)) {
      // Tokens are not needed: only the depth reached while producing them.
    }
    // The stack holds the document and one entry per open collection.
    if (parser.stack.length > MAX_NESTING_DEPTH + 1) return Math.max(0, parser.offset - 1);
  }
  return undefined;
}

/** The problem for an alias that cannot be expanded: undefined, or part of an alias bomb. */
function aliasProblem(doc: Document, error: unknown, source: SourceLocator): ConfigProblem {
  const message = error instanceof Error ? error.message : String(error);
  const aliases: { source: string; range?: [number, number, number] | null; target: unknown }[] =
    [];
  visit(doc, {
    Alias(_key, node) {
      aliases.push({ source: node.source, range: node.range, target: node.resolve(doc) });
    },
  });
  const unresolved = /^Unresolved alias/.test(message);
  // For a bomb, the first alias of a collection that holds aliases itself is where it multiplies.
  const culprit = unresolved
    ? aliases.find((a) => a.target === undefined)
    : (aliases.find((a) => isCollection(a.target) && containsAlias(a.target)) ?? aliases[0]);
  const { line, col } = source.positionOf(culprit?.range?.[0] ?? 0);
  const name = culprit ? `*${culprit.source}` : 'an alias';
  return unresolved
    ? {
        file: source.file,
        line,
        col,
        path: '',
        expected: 'an alias of an anchor defined earlier in the file (&name before *name)',
        message: `YAML alias ${name} names no anchor`,
        hint: 'Define `&name` on an earlier node, or write the value out.',
      }
    : {
        file: source.file,
        line,
        col,
        path: '',
        expected: `at most ${MAX_ALIAS_COUNT} alias expansions`,
        message: `YAML aliases expand too often (from ${name}): the file looks like an alias bomb`,
        hint: 'Write the values out instead of nesting aliases of aliases.',
      };
}

function containsAlias(node: unknown): boolean {
  let found = false;
  visit(node as Parameters<typeof visit>[0], {
    Alias() {
      found = true;
      return visit.BREAK;
    },
  });
  return found;
}

function describeYamlError(message: string): string {
  // yaml appends ' at line N, column M:' and a source excerpt; the position is reported apart.
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '').trim();
}

/** The parts of a zod issue used here (zod's own union type is wider than we need). */
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  input?: unknown;
  keys?: string[];
  values?: unknown[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  origin?: string;
  format?: string;
  note?: string;
  options?: unknown[];
  errors?: Issue[][];
}

const DEFAULT_MESSAGE = /^(Invalid|Too (small|big)|Unrecognized|Expected)/;

function problemsFromIssue(
  issue: Issue,
  prefix: KeyPath,
  rootSchema: z.ZodType,
  raw: unknown,
  source: SourceLocator,
): ConfigProblem[] {
  const path: KeyPath = [
    ...prefix,
    ...issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
  ];
  const custom = DEFAULT_MESSAGE.test(issue.message) ? undefined : splitSaying(issue.message);
  const valueHere = valueAt(raw, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((key) =>
        unknownKeyProblem([...path, key], rootSchema, raw, source),
      );
    case 'invalid_union': {
      if (issue.note === 'No matching discriminator') {
        const options = (issue.options ?? []).filter((o) => typeof o === 'string');
        return [
          source.problemAt(path, {
            message: valueHere === undefined ? 'missing required key' : 'unknown value',
            expected: options.join(' | '),
          }),
        ];
      }
      const branches = issue.errors ?? [];
      // A branch whose only complaint is the type of the whole value is the wrong branch.
      const fitting = branches.filter(
        (branch) => !branch.some((i) => i.path.length === 0 && i.code === 'invalid_type'),
      );
      const best = fitting.sort((a, b) => a.length - b.length)[0];
      if (best) return best.flatMap((i) => problemsFromIssue(i, path, rootSchema, raw, source));
      const expected = branches
        .flatMap((branch) => branch.map((i) => typeName(i.expected)))
        .filter((name, index, all) => name && all.indexOf(name) === index)
        .join(' or ');
      return [
        source.problemAt(path, { message: 'wrong type', expected: expected || 'another value' }),
      ];
    }
    case 'invalid_type': {
      if (valueHere === undefined) {
        const key = path[path.length - 1];
        return [
          source.problemAt(path, {
            message: `missing required key${typeof key === 'string' ? ` \`${key}\`` : ''}`,
            expected:
              custom?.expected ??
              descriptionAt(rootSchema, path, raw)?.toLowerCase() ??
              typeName(issue.expected),
            ...(typeof key === 'string' ? { hint: `Add \`${key}:\`.` } : {}),
          }),
        ];
      }
      return [
        source.problemAt(path, {
          message: custom?.message ?? 'wrong type',
          expected: custom?.expected ?? typeName(issue.expected),
        }),
      ];
    }
    case 'invalid_value':
      if (valueHere === undefined) {
        const key = path[path.length - 1];
        return [
          source.problemAt(path, {
            message: `missing required key${typeof key === 'string' ? ` \`${key}\`` : ''}`,
            expected: custom?.expected ?? (issue.values ?? []).map((v) => String(v)).join(' | '),
            ...(typeof key === 'string' ? { hint: `Add \`${key}:\`.` } : {}),
          }),
        ];
      }
      return [
        source.problemAt(path, {
          message: custom?.message ?? 'not an allowed value',
          expected: custom?.expected ?? (issue.values ?? []).map((v) => String(v)).join(' | '),
        }),
      ];
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const word =
        issue.code === 'too_small' ? (issue.inclusive ? '>=' : '>') : issue.inclusive ? '<=' : '<';
      let expected = `${word} ${String(bound)}`;
      let message = issue.code === 'too_small' ? 'too small' : 'too large';
      if (issue.origin === 'array') {
        expected = `${issue.code === 'too_small' ? 'at least' : 'at most'} ${String(bound)} item(s)`;
        message = issue.code === 'too_small' ? 'too few items' : 'too many items';
      } else if (issue.origin === 'string') {
        expected = `${issue.code === 'too_small' ? 'at least' : 'at most'} ${String(bound)} character(s)`;
        message = issue.code === 'too_small' ? 'too short' : 'too long';
      } else if (issue.origin === 'number' && Number.isInteger(Number(bound))) {
        expected = `a number ${expected}`;
      }
      return [
        source.problemAt(path, {
          message: custom?.message ?? message,
          expected: custom?.expected ?? expected,
        }),
      ];
    }
    case 'invalid_format':
      return [
        source.problemAt(path, {
          message: custom?.message ?? `not a valid ${issue.format ?? 'value'}`,
          expected: custom?.expected ?? `a ${issue.format ?? 'valid value'}`,
        }),
      ];
    case 'invalid_key':
      return [
        source.problemAt(path, {
          message: 'invalid key',
          expected: 'a name of letters, digits, - or _',
          atKey: true,
        }),
      ];
    default:
      return [
        source.problemAt(path, {
          message: custom?.message ?? issue.message,
          expected: custom?.expected ?? 'another value',
        }),
      ];
  }
}

function typeName(expected: string | undefined): string {
  switch (expected) {
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping';
    case 'record':
      return 'a mapping';
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'int':
      return 'an integer';
    case 'boolean':
      return 'true or false';
    case undefined:
      return '';
    default:
      return expected;
  }
}

function unknownKeyProblem(
  path: KeyPath,
  rootSchema: z.ZodType,
  raw: unknown,
  source: SourceLocator,
): ConfigProblem {
  const key = String(path[path.length - 1]);
  const parentPath = path.slice(0, -1);
  const { known, elsewhere } = knownKeysAt(rootSchema, parentPath, raw);
  if (elsewhere.has(key)) {
    return source.problemAt(path, {
      message: `\`${key}\` ${elsewhere.get(key)}`,
      expected: known.length > 0 ? `one of ${known.join(', ')}` : 'no other keys',
      atKey: true,
      hint: `Remove \`${key}\`, or set the model that takes it.`,
    });
  }
  const suggestion = closestKey(key, known);
  return source.problemAt(path, {
    message: `unknown key \`${key}\``,
    expected: known.length > 0 ? `one of ${known.join(', ')}` : 'no keys here',
    atKey: true,
    ...(suggestion ? { hint: `Did you mean \`${suggestion}\`?` } : {}),
  });
}

/** Minimal view of zod 4 schema definitions, to find which keys an object accepts. */
interface SchemaDef {
  type: string;
  shape?: Record<string, { _zod: { def: SchemaDef } }>;
  element?: { _zod: { def: SchemaDef } };
  innerType?: { _zod: { def: SchemaDef } };
  in?: { _zod: { def: SchemaDef } };
  options?: Array<{ _zod: { def: SchemaDef } }>;
  discriminator?: string;
  valueType?: { _zod: { def: SchemaDef } };
  values?: unknown[];
}

/** Keys accepted at a path, and keys that belong to a sibling variant (with why). */
function knownKeysAt(
  schema: z.ZodType,
  path: KeyPath,
  raw: unknown,
): { known: string[]; elsewhere: Map<string, string> } {
  let def: SchemaDef | undefined = (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
  let value = raw;
  const elsewhere = new Map<string, string>();
  const unwrap = (d: SchemaDef | undefined): SchemaDef | undefined => {
    let current = d;
    for (;;) {
      if (!current) return undefined;
      if (current.innerType) current = current.innerType._zod.def;
      else if (current.type === 'pipe' && current.in) current = current.in._zod.def;
      else if (current.type === 'union' && current.options) {
        const objects = current.options
          .map((o) => unwrap(o._zod.def))
          .filter((o) => o?.type === 'object');
        if (current.discriminator && value !== null && typeof value === 'object') {
          const discriminator = current.discriminator;
          const wanted = (value as Record<string, unknown>)[discriminator];
          const chosen =
            objects.find((o) => literalOf(o?.shape?.[discriminator]) === wanted) ?? objects[0];
          for (const other of objects) {
            if (other === chosen) continue;
            const otherName = literalOf(other?.shape?.[discriminator]);
            for (const key of Object.keys(other?.shape ?? {})) {
              if (!(key in (chosen?.shape ?? {}))) {
                elsewhere.set(key, `applies to the ${String(otherName)} model only`);
              }
            }
          }
          return chosen;
        }
        return objects[0];
      } else return current;
    }
  };
  for (const segment of path) {
    const current = unwrap(def);
    if (!current) break;
    if (typeof segment === 'number' && current.type === 'array') def = current.element?._zod.def;
    else if (typeof segment === 'string' && current.type === 'object')
      def = current.shape?.[segment]?._zod.def;
    else if (typeof segment === 'string' && current.type === 'record')
      def = current.valueType?._zod.def;
    else def = undefined;
    value =
      value !== null && typeof value === 'object'
        ? (value as Record<string, unknown>)[segment]
        : undefined;
  }
  const target = unwrap(def);
  const known = target?.type === 'object' ? Object.keys(target.shape ?? {}) : [];
  if (path.length > 0 || known.length === 0) return { known, elsewhere };
  return { known: known.filter((k) => k !== '$schema'), elsewhere };
}

/** A schema instance as far as descriptions and wrappers go. */
interface DescribedSchema {
  description?: string;
  _zod: { def: SchemaDef };
}

/** The description of the schema at a path (looking through optional/default wrappers). */
function descriptionAt(schema: z.ZodType, path: KeyPath, raw: unknown): string | undefined {
  let current: DescribedSchema | undefined = schema;
  let value = raw;
  const unwrapToObject = (s: DescribedSchema | undefined): DescribedSchema | undefined => {
    let at = s;
    while (at) {
      const def: SchemaDef = at._zod.def;
      if (def.innerType) at = def.innerType;
      else if (def.type === 'union' && def.options) {
        const options = def.options as DescribedSchema[];
        const discriminator = def.discriminator;
        const wanted =
          discriminator && value !== null && typeof value === 'object'
            ? (value as Record<string, unknown>)[discriminator]
            : undefined;
        at =
          options.find(
            (o) =>
              discriminator &&
              literalOf(unwrapToObject(o)?._zod.def.shape?.[discriminator]) === wanted,
          ) ?? options.find((o) => unwrapToObject(o)?._zod.def.type === 'object');
        if (at) at = unwrapToObject(at);
        return at;
      } else return at;
    }
    return at;
  };
  for (const segment of path) {
    const container = unwrapToObject(current);
    const def = container?._zod.def;
    if (typeof segment === 'string' && def?.type === 'object') current = def.shape?.[segment];
    else if (typeof segment === 'number' && def?.type === 'array') current = def.element;
    else return undefined;
    value =
      value !== null && typeof value === 'object'
        ? (value as Record<string, unknown>)[segment]
        : undefined;
  }
  let at = current;
  while (at) {
    if (at.description) return at.description;
    at = at._zod.def.innerType;
  }
  return undefined;
}

function literalOf(schema: { _zod: { def: SchemaDef } } | undefined): unknown {
  let def = schema?._zod.def;
  while (def?.innerType) def = def.innerType._zod.def;
  return def?.type === 'literal' ? def.values?.[0] : undefined;
}

function valueAt(raw: unknown, path: KeyPath): unknown {
  let value = raw;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/** The known key closest to `key` by edit distance, when it is close enough to be a typo. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance =
      candidate.toLowerCase() === key.toLowerCase()
        ? 0
        : editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(1, Math.floor(Math.max(key.length, 3) / 3));
  return bestDistance <= allowed ? best : undefined;
}

/** Levenshtein distance (insertions, deletions, substitutions, adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = value;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}
