/**
 * Maps key paths (`['load', 'levels', 1]`) to positions in a parsed YAML/JSON document, so every
 * problem can say file:line:col and quote the value as written.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { ConfigProblem } from './config-problem.js';
import { quotableValue } from './secrets.js';

/** A key path into a document. */
export type KeyPath = ReadonlyArray<string | number>;

/** Where a path points in a file. */
export interface SourcePosition {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  col: number;
  /** Source text of the value, shortened; absent when the path does not exist. */
  value?: string;
  /** True when the whole path exists (otherwise the position is the nearest existing parent). */
  found: boolean;
}

/** Fields of a problem other than its position. */
export interface ProblemDetails {
  /** What is wrong. */
  message: string;
  /** What would have been accepted. */
  expected: string;
  /** What to do. */
  hint?: string;
  /** Point at the key rather than the value (unknown keys). */
  atKey?: boolean;
  /** Quote this instead of the source text. */
  value?: string;
}

const MAX_VALUE_CHARS = 40;

/** Source text shortened to one line and a few dozen characters. */
export function shortenValue(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_VALUE_CHARS ? `${oneLine.slice(0, MAX_VALUE_CHARS - 1)}…` : oneLine;
}

/** `['load', 'levels', 1]` → `load.levels[1]`. */
export function formatKeyPath(path: KeyPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Positions and problems for one parsed file. */
export class SourceLocator {
  /** File name used in problems. */
  readonly file: string;
  private readonly text: string;
  private readonly doc: Document | undefined;
  private readonly lineCounter: LineCounter;

  constructor(file: string, text: string, doc: Document | undefined, lineCounter: LineCounter) {
    this.file = file;
    this.text = text;
    this.doc = doc;
    this.lineCounter = lineCounter;
  }

  /** 1-based line and column of a character offset. */
  positionOf(offset: number): { line: number; col: number } {
    const pos = this.lineCounter.linePos(offset);
    return { line: pos.line, col: pos.col };
  }

  /** Position of a path's value (or its key), or of the nearest parent that exists. */
  locate(path: KeyPath, atKey = false): SourcePosition {
    let node: unknown = this.doc?.contents;
    let keyNode: unknown;
    let found = true;
    for (const segment of path) {
      keyNode = undefined;
      let next: unknown;
      if (isMap(node) && typeof segment === 'string') {
        const pair = node.items.find(
          (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === segment,
        );
        if (pair) {
          keyNode = pair.key;
          next = pair.value ?? pair.key;
        }
      } else if (isSeq(node) && typeof segment === 'number') {
        next = node.items[segment];
      }
      if (next === undefined) {
        found = false;
        break;
      }
      node = next;
    }
    const target = (found && atKey && keyNode !== undefined ? keyNode : node) as Node | undefined;
    const range = target?.range;
    if (!range) return { line: 1, col: 1, found: false };
    const start = this.positionOf(range[0]);
    const value = found ? shortenValue(this.text.slice(range[0], range[1])) : undefined;
    return { ...start, found, ...(value !== undefined && value !== '' ? { value } : {}) };
  }

  /** A problem at a path (or the nearest parent that exists). */
  problemAt(path: KeyPath, details: ProblemDetails): ConfigProblem {
    const position = this.locate(path, details.atKey ?? false);
    // An unknown key is quoted in the message already; repeating it as the value adds nothing.
    const quoted = details.value ?? (details.atKey ? undefined : position.value);
    // Env values and secret headers are never quoted, and URLs lose their userinfo.
    const value = quoted === undefined ? undefined : quotableValue(path, quoted);
    return {
      file: this.file,
      line: position.line,
      col: position.col,
      path: formatKeyPath(path),
      ...(value !== undefined ? { value } : {}),
      expected: details.expected,
      message: details.message,
      ...(details.hint ? { hint: details.hint } : {}),
    };
  }
}
