/**
 * JSON-path predicates on response bodies: `<JSONPath> <op> <literal>` or `<JSONPath> exists`.
 * Parsed once at config time; compiled into a function the engine calls per response. Simple
 * paths (`$.a.b[0]`) are walked directly because this runs on the hot path; filters, wildcards
 * and recursive descent fall back to jsonpath-plus.
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
 */
export function compileJsonCheck(plan: JsonCheckPlan): (body: unknown) => boolean {
  const segments = simpleSegments(plan.path);
  const select: (body: unknown) => unknown[] = segments
    ? (body) => {
        const value = walk(body, segments);
        return value === undefined ? [] : [value];
      }
    : (body) => {
        if (body === null || typeof body !== 'object') return [];
        return JSONPath<unknown[]>({ path: plan.path, json: body, wrap: true });
      };
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
  if (/\s/.test(path.replace(/\[[^\]]*\]/g, '')))
    return `${shorten(path)} is not a JSONPath (spaces outside brackets)`;
  try {
    const segments = JSONPath.toPathArray(path);
    if (segments.length === 0 || segments[0] !== '$') return `${shorten(path)} is not a JSONPath`;
    if (segments.some((s) => s === '')) return `${shorten(path)} has an empty segment`;
  } catch (error) {
    return `${shorten(path)} is not a JSONPath: ${(error as Error).message}`;
  }
  return undefined;
}

/** Path segments when the path only names keys and indexes; `undefined` when it needs jsonpath-plus. */
function simpleSegments(path: string): Array<string | number> | undefined {
  const raw = JSONPath.toPathArray(path);
  const segments: Array<string | number> = [];
  for (let i = 1; i < raw.length; i++) {
    const segment = raw[i] ?? '';
    if (/^\d+$/.test(segment)) segments.push(Number(segment));
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
