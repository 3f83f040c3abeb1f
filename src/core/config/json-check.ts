/**
 * JSON-path predicates on response bodies: `<JSONPath> <op> <literal>` or `<JSONPath> exists`.
 * Parsed once at config time; compiled into a function the engine calls per response. Simple
 * paths (`$.a.b[0]`) are walked directly because this runs on the hot path; filters, wildcards
 * and recursive descent fall back to jsonpath-plus.
 *
 * Filters are restricted to a safe subset, checked when the config is read (so `bench
 * validate` refuses the rest) and evaluated by this module, never by jsonpath-plus's script
 * engine: `@` paths (`@.a.b`, `@['a b']`, `@[0]`, `.length`), literals (numbers, quoted
 * strings, true, false, null), comparisons (`==`, `!=`, `===`, `!==`, `<`, `<=`, `>`, `>=`),
 * `&&`, `||`, `!` and parentheses. A missing key is `undefined` rather than an error, so a
 * filter cannot throw on an unexpected body; method calls (`.match(…)`), regular expressions,
 * arithmetic and script expressions (`[(@.length-1)]`) are refused.
 */
import { JSONPath } from 'jsonpath-plus';
import type { JsonCheckOperator, JsonCheckPlan } from './plan.js';

/** What a JSON check should look like, for messages. */
export const JSON_CHECK_EXPECTED =
  "'<JSONPath> <op> <literal>' or '<JSONPath> exists', e.g. '$.success == true'";

const OPERATORS = ['==', '!=', '<=', '>=', '<', '>'] as const;

/** Parses a predicate such as `$.success == true`; returns `{ error }` when it is not one. */
export function parseJsonCheck(source: string): JsonCheckPlan | { error: string } {
  const text = source.trim();
  if (!text.startsWith('$'))
    return { error: 'a JSON check must start with a JSONPath such as $.success' };
  const opAt = findOperator(text);
  if (opAt === undefined) {
    const exists = /^(.*\S)\s+exists$/.exec(text);
    if (exists?.[1]) {
      const pathError = checkPath(exists[1]);
      if (pathError) return { error: pathError };
      return { source, path: exists[1], operator: 'exists' };
    }
    return { error: 'no operator: use ==, !=, <, <=, >, >= followed by a literal, or exists' };
  }
  const path = text.slice(0, opAt.index).trim();
  const pathError = checkPath(path);
  if (pathError) return { error: pathError };
  const literalText = text.slice(opAt.index + opAt.operator.length).trim();
  if (literalText === '')
    return { error: `nothing after ${opAt.operator}: give a literal such as true, 0 or 'text'` };
  const literal = parseLiteral(literalText);
  if (literal === undefined) {
    return {
      error: `${shorten(literalText)} is not a literal: use true, false, null, a number or a quoted string`,
    };
  }
  if (
    (opAt.operator === '<' ||
      opAt.operator === '<=' ||
      opAt.operator === '>' ||
      opAt.operator === '>=') &&
    typeof literal.value !== 'number'
  ) {
    return { error: `${opAt.operator} compares numbers: give a number after it` };
  }
  return { source, path, operator: opAt.operator, value: literal.value };
}

/**
 * A function deciding whether a parsed JSON body satisfies the check. With several matches
 * (wildcards, filters) every matched value must satisfy it, and there must be at least one.
 * Filters in the safe subset cannot throw; anything else jsonpath-plus might throw on is for
 * the caller to count as a failed check.
 */
export function compileJsonCheck(plan: JsonCheckPlan): (body: unknown) => boolean {
  const segments = simpleSegments(plan.path);
  const select: (body: unknown) => unknown[] = segments
    ? (body) => {
        const value = walk(body, segments);
        return value === undefined ? [] : [value];
      }
    : compileGeneralPath(plan.path);
  const test = comparator(plan.operator, plan.value);
  return (body) => {
    const values = select(body);
    if (values.length === 0) return false;
    for (const value of values) if (!test(value)) return false;
    return true;
  };
}

function comparator(
  operator: JsonCheckOperator,
  expected: JsonCheckPlan['value'],
): (value: unknown) => boolean {
  switch (operator) {
    case 'exists':
      return () => true;
    case '==':
      return (value) => value === expected;
    case '!=':
      return (value) => value !== expected;
    case '<':
      return (value) => typeof value === 'number' && value < (expected as number);
    case '<=':
      return (value) => typeof value === 'number' && value <= (expected as number);
    case '>':
      return (value) => typeof value === 'number' && value > (expected as number);
    case '>=':
      return (value) => typeof value === 'number' && value >= (expected as number);
  }
}

/** Finds the first comparison operator outside brackets, parentheses and quotes. */
function findOperator(
  text: string,
): { index: number; operator: Exclude<JsonCheckOperator, 'exists'> } | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth--;
    else if (depth === 0 && (ch === '=' || ch === '!' || ch === '<' || ch === '>')) {
      const operator = OPERATORS.find((op) => text.startsWith(op, i));
      if (operator) return { index: i, operator };
      return undefined;
    }
  }
  return undefined;
}

function checkPath(path: string): string | undefined {
  if (!path.startsWith('$')) return 'a JSON check must start with a JSONPath such as $.success';
  if (hasSpaceOutsideBrackets(path))
    return `${shorten(path)} is not a JSONPath (spaces outside brackets)`;
  let segments: string[];
  try {
    segments = JSONPath.toPathArray(path);
  } catch (error) {
    return `${shorten(path)} is not a JSONPath: ${(error as Error).message}`;
  }
  if (segments.length === 0 || segments[0] !== '$') return `${shorten(path)} is not a JSONPath`;
  if (segments.some((s) => s === '')) return `${shorten(path)} has an empty segment`;
  for (const segment of segments) {
    if (segment.startsWith('?(') && segment.endsWith(')')) {
      const parsed = parseFilter(segment.slice(2, -1));
      if ('error' in parsed) return `filter [${shorten(segment)}]: ${parsed.error}`;
    } else if (segment.startsWith('?')) {
      return `filter [${shorten(segment)}]: a filter must be written [?(…)]`;
    } else if (segment.startsWith('(')) {
      return `script expressions such as [${shorten(segment)}] are not supported: use an index, a slice such as [-1:] or a filter`;
    }
  }
  return undefined;
}

/** True when whitespace appears outside brackets (and outside quotes inside them). */
function hasSpaceOutsideBrackets(path: string): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < path.length; i++) {
    const ch = path[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = undefined;
    } else if (depth > 0 && (ch === "'" || ch === '"')) quote = ch;
    else if (ch === '[') depth++;
    else if (ch === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /\s/.test(ch)) return true;
  }
  return false;
}

/** Path evaluation through jsonpath-plus, with filters evaluated by `compileFilter`. */
function compileGeneralPath(path: string): (body: unknown) => unknown[] {
  // jsonpath-plus hands a filter to `eval` as rewritten script text (`@.` becomes `_$_v.`);
  // map that text back to the filter as written, compiled once.
  const filters = new Map<string, Filter>();
  for (const segment of JSONPath.toPathArray(path)) {
    if (!segment.startsWith('?(') || !segment.endsWith(')')) continue;
    const source = segment.slice(2, -1);
    const parsed = parseFilter(source);
    if (!('error' in parsed)) filters.set(rewriteLikeJsonPathPlus(source), parsed);
  }
  const evaluate = (script: string, context: { _$_v?: unknown }): boolean => {
    let filter = filters.get(script);
    if (filter === undefined) {
      // Not seen at compile time (an unexpected rewrite): parse the script text itself.
      const parsed = parseFilter(script);
      if ('error' in parsed) throw new Error(`unsupported filter ${script}: ${parsed.error}`);
      filter = parsed;
      filters.set(script, filter);
    }
    return truthy(filter(context._$_v));
  };
  return (body) => {
    if (body === null || typeof body !== 'object') return [];
    return JSONPath<unknown[]>({ path, json: body, wrap: true, eval: evaluate });
  };
}

/** The text jsonpath-plus passes to `eval` for a filter (its own substitutions, in its order). */
function rewriteLikeJsonPathPlus(code: string): string {
  let script = code
    .replaceAll('@parentProperty', '_$_parentProperty')
    .replaceAll('@parent', '_$_parent')
    .replaceAll('@property', '_$_property')
    .replaceAll('@root', '_$_root')
    .replaceAll(/@([.\s)[])/gu, '_$_v$1');
  if (code.includes('@path')) script = script.replaceAll('@path', '_$_path');
  return script;
}

/** A compiled filter: the value of the expression for the current node `@`. */
type Filter = (current: unknown) => unknown;

type Token =
  | { kind: 'current' }
  | { kind: 'name'; text: string }
  | { kind: 'literal'; value: string | number | boolean | null }
  | { kind: 'op'; text: string };

const FILTER_OPERATORS = [
  '===',
  '!==',
  '==',
  '!=',
  '<=',
  '>=',
  '&&',
  '||',
  '<',
  '>',
  '!',
  '(',
  ')',
  '.',
  '[',
  ']',
];

/** Splits a filter expression into tokens, or says what is not allowed in it. */
function tokenizeFilter(text: string): Token[] | { error: string } {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (text.startsWith('_$_v', i)) {
      tokens.push({ kind: 'current' });
      i += 4;
      continue;
    }
    if (ch === '@') {
      const next = text[i + 1];
      if (next !== undefined && /[A-Za-z_$]/.test(next)) {
        return {
          error: `@${/^[A-Za-z_$][\w$]*/.exec(text.slice(i + 1))?.[0] ?? ''} is not supported: start paths with @. or @[`,
        };
      }
      tokens.push({ kind: 'current' });
      i++;
      continue;
    }
    if (ch === "'" || ch === '"') {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== ch) {
        if (text[j] === '\\' && j + 1 < text.length) {
          value += text[j + 1];
          j += 2;
        } else {
          value += text[j];
          j++;
        }
      }
      if (j >= text.length) return { error: 'a string is not closed' };
      tokens.push({ kind: 'literal', value });
      i = j + 1;
      continue;
    }
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (number && (ch !== '-' || !isOperand(tokens[tokens.length - 1]))) {
      tokens.push({ kind: 'literal', value: Number(number[0]) });
      i += number[0].length;
      continue;
    }
    const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(i));
    if (word) {
      const w = word[0];
      if (w === 'true' || w === 'false') tokens.push({ kind: 'literal', value: w === 'true' });
      else if (w === 'null') tokens.push({ kind: 'literal', value: null });
      else tokens.push({ kind: 'name', text: w });
      i += w.length;
      continue;
    }
    const op = FILTER_OPERATORS.find((o) => text.startsWith(o, i));
    if (op === undefined) {
      const what = ch === '/' ? 'regular expressions' : `${JSON.stringify(ch)}`;
      return { error: `${what} ${ch === '/' ? 'are' : 'is'} not supported in a filter` };
    }
    const last = tokens[tokens.length - 1];
    if (op === '(' && last?.kind === 'name') {
      return { error: `method and function calls such as ${last.text}(…) are not supported` };
    }
    tokens.push({ kind: 'op', text: op });
    i += op.length;
  }
  return tokens;
}

function isOperand(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    (token.kind === 'literal' ||
      token.kind === 'current' ||
      token.kind === 'name' ||
      (token.kind === 'op' && (token.text === ')' || token.text === ']')))
  );
}

/**
 * Parses a filter expression of the safe subset (see the module comment) into a function of
 * the current node, or says why it is outside the subset.
 */
export function parseFilter(text: string): Filter | { error: string } {
  const tokens = tokenizeFilter(text);
  if ('error' in tokens) return tokens;
  let at = 0;
  const peek = () => tokens[at];
  const isOp = (t: Token | undefined, op: string) => t?.kind === 'op' && t.text === op;
  class FilterSyntax extends Error {}

  const parseOr = (): Filter => {
    let left = parseAnd();
    while (isOp(peek(), '||')) {
      at++;
      const a = left;
      const b = parseAnd();
      left = (v) => truthy(a(v)) || truthy(b(v));
    }
    return left;
  };
  const parseAnd = (): Filter => {
    let left = parseUnary();
    while (isOp(peek(), '&&')) {
      at++;
      const a = left;
      const b = parseUnary();
      left = (v) => truthy(a(v)) && truthy(b(v));
    }
    return left;
  };
  const parseUnary = (): Filter => {
    if (isOp(peek(), '!')) {
      at++;
      const inner = parseUnary();
      return (v) => !truthy(inner(v));
    }
    if (isOp(peek(), '(')) {
      at++;
      const inner = parseOr();
      if (!isOp(peek(), ')')) throw new FilterSyntax('a parenthesis is not closed');
      at++;
      return inner;
    }
    return parseComparison();
  };
  const parseComparison = (): Filter => {
    const left = parseOperand();
    const t = peek();
    if (t?.kind === 'op' && ['===', '!==', '==', '!=', '<=', '>=', '<', '>'].includes(t.text)) {
      at++;
      const right = parseOperand();
      return compare(t.text, left, right);
    }
    return left;
  };
  const parseOperand = (): Filter => {
    const t = peek();
    if (t?.kind === 'literal') {
      at++;
      const value = t.value;
      return () => value;
    }
    if (t?.kind === 'current') {
      at++;
      const keys: (string | number)[] = [];
      for (;;) {
        const next = peek();
        if (isOp(next, '.')) {
          const name = tokens[at + 1];
          if (name?.kind !== 'name') throw new FilterSyntax('a name must follow "."');
          keys.push(name.text);
          at += 2;
        } else if (isOp(next, '[')) {
          const key = tokens[at + 1];
          if (
            key?.kind !== 'literal' ||
            !(
              typeof key.value === 'string' ||
              (typeof key.value === 'number' && Number.isInteger(key.value))
            ) ||
            !isOp(tokens[at + 2], ']')
          ) {
            throw new FilterSyntax(
              "only a quoted name or a whole number may go in brackets, e.g. @['a b'] or @[0]",
            );
          }
          keys.push(key.value);
          at += 3;
        } else break;
      }
      return (v) => walkLoose(v, keys);
    }
    if (t === undefined) throw new FilterSyntax('the expression ends too early');
    if (t.kind === 'name') {
      throw new FilterSyntax(`${t.text} is not supported: use @ paths, literals and comparisons`);
    }
    throw new FilterSyntax(`unexpected ${t.kind === 'op' ? t.text : 'token'}`);
  };

  try {
    if (tokens.length === 0) return { error: 'the filter is empty' };
    const filter = parseOr();
    const rest = peek();
    if (rest !== undefined) {
      const what = rest.kind === 'op' ? rest.text : rest.kind === 'name' ? rest.text : 'a value';
      return { error: `unexpected ${what}${isOp(rest, '(') ? ': calls are not supported' : ''}` };
    }
    return filter;
  } catch (error) {
    if (error instanceof FilterSyntax) return { error: error.message };
    throw error;
  }
}

/** A comparison of two operands; ordering compares two numbers or two strings, else false. */
function compare(op: string, left: Filter, right: Filter): Filter {
  switch (op) {
    case '==':
    case '===':
      return (v) => left(v) === right(v);
    case '!=':
    case '!==':
      return (v) => left(v) !== right(v);
    default:
      return (v) => {
        const a = left(v);
        const b = right(v);
        if (!(
          (typeof a === 'number' && typeof b === 'number') ||
          (typeof a === 'string' && typeof b === 'string')
        )) {
          return false;
        }
        switch (op) {
          case '<':
            return a < b;
          case '<=':
            return a <= b;
          case '>':
            return a > b;
          default:
            return a >= b;
        }
      };
  }
}

/** Walks keys from a value; anything missing is undefined (never an error). */
function walkLoose(value: unknown, keys: readonly (string | number)[]): unknown {
  let v = value;
  for (const key of keys) {
    if (v === null || v === undefined) return undefined;
    if (key === 'length' && (typeof v === 'string' || Array.isArray(v))) {
      v = v.length;
      continue;
    }
    if (typeof v !== 'object') return undefined;
    if (Array.isArray(v)) {
      if (typeof key !== 'number') return undefined;
      v = v[key];
    } else {
      if (!Object.hasOwn(v, key)) return undefined;
      v = (v as Record<string, unknown>)[String(key)];
    }
  }
  return v;
}

/** JavaScript truthiness, as a filter's bare operand or `!` sees it. */
function truthy(value: unknown): boolean {
  return Boolean(value);
}

/** Path segments when the path only names keys and indexes; `undefined` when it needs jsonpath-plus. */
function simpleSegments(path: string): Array<string | number> | undefined {
  const raw = JSONPath.toPathArray(path);
  const quoted = quotedSegments(path);
  const segments: Array<string | number> = [];
  for (let i = 1; i < raw.length; i++) {
    const segment = raw[i] ?? '';
    // `[0]` is an index (arrays only); `['0']` names a key, as JSONPath (RFC 9535) reads them.
    // jsonpath-plus turns both into the same "0", so the quotes are read from the text.
    if (/^\d+$/.test(segment) && quoted?.[i - 1] !== true) segments.push(Number(segment));
    else if (
      segment === '*' ||
      segment === '..' ||
      /^[?(@^~$]/.test(segment) ||
      /[:,]/.test(segment)
    )
      return undefined;
    else segments.push(segment);
  }
  return segments;
}

/**
 * For each segment after `$`, whether the path wrote it as a quoted name (`['0']`, `["0"]`);
 * `undefined` for a path this scan does not follow (which then keeps jsonpath-plus's reading).
 */
function quotedSegments(path: string): boolean[] | undefined {
  const quoted: boolean[] = [];
  let i = 1;
  while (i < path.length) {
    const ch = path[i];
    if (ch === '.') {
      if (path[i + 1] === '.') return undefined;
      i++;
      while (i < path.length && path[i] !== '.' && path[i] !== '[') i++;
      quoted.push(false);
    } else if (ch === '[') {
      i++;
      const quote = path[i];
      if (quote === "'" || quote === '"') {
        i++;
        while (i < path.length && path[i] !== quote) i += path[i] === '\\' ? 2 : 1;
        i++;
        if (path[i] !== ']') return undefined;
        quoted.push(true);
      } else {
        while (i < path.length && path[i] !== ']') i++;
        quoted.push(false);
      }
      i++;
    } else return undefined;
  }
  return quoted;
}

function walk(body: unknown, segments: ReadonlyArray<string | number>): unknown {
  let value = body;
  for (const segment of segments) {
    if (value === null || typeof value !== 'object') return undefined;
    if (typeof segment === 'number') {
      if (!Array.isArray(value)) return undefined;
      value = value[segment];
    } else {
      if (Array.isArray(value) || !Object.hasOwn(value, segment)) return undefined;
      value = (value as Record<string, unknown>)[segment];
    }
  }
  return value;
}

function parseLiteral(text: string): { value: string | number | boolean | null } | undefined {
  if (text === 'true') return { value: true };
  if (text === 'false') return { value: false };
  if (text === 'null') return { value: null };
  if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(text)) return { value: Number(text) };
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    try {
      const value: unknown = JSON.parse(text);
      return typeof value === 'string' ? { value } : undefined;
    } catch {
      return undefined;
    }
  }
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) {
    const inner = text.slice(1, -1);
    if (/(^|[^\\])'/.test(inner)) return undefined;
    return { value: inner.replace(/\\(['\\])/g, '$1') };
  }
  return undefined;
}

function shorten(text: string): string {
  return text.length > 30 ? `${text.slice(0, 29)}…` : text;
}
