/**
 * A minimal, incremental HTTP/1.1 response parser for the raw transport. It understands exactly
 * what a benchmark needs: status, framing (Content-Length, chunked, read-until-close),
 * keep-alive, 1xx interim responses, bodiless responses (HEAD, 204, 304) and pipelined
 * responses in one packet or split anywhere across packets. It keeps a body only when asked,
 * and then at most `maxBodyBytes` of it: past that it counts the bytes without keeping them.
 * Framing it cannot trust (conflicting or malformed lengths, a bad chunk size) is refused, as
 * RFC 9112 §6.3 asks: the connection is then unusable.
 */

const CRLF = 0x0a; // '\n' ends every framing line; the '\r' before it is checked loosely.
const HEAD_END = Buffer.from('\r\n\r\n', 'latin1');
/** Larger response heads are treated as garbage. */
const MAX_HEAD_BYTES = 64 * 1024;

/** What the parser reports for each complete response. */
export interface ResponseEvents {
  /** Whether the response now being read can have a body (false for a HEAD request). */
  expectsBody(): boolean;
  /**
   * A complete response; `body` is null unless bodies are kept, and null with `bodyOverLimit`
   * when the body was longer than the parser's `maxBodyBytes`.
   */
  onResponse(
    status: number,
    body: Buffer | null,
    bytes: number,
    keepAlive: boolean,
    bodyOverLimit: boolean,
  ): void;
}

/** Malformed response: the connection cannot be trusted any more. */
export class ResponseParseError extends Error {
  /** Stable code, for classification. */
  readonly code = 'BENCH_HTTP_PARSE';
}

const enum State {
  Head,
  Length,
  ChunkSize,
  ChunkData,
  ChunkDataEnd,
  Trailers,
  UntilClose,
}

/** Parses a stream of responses; feed it with `execute` and tell it about EOF with `end`. */
export class Http1ResponseParser {
  private state = State.Head;
  private head: Buffer | null = null;
  private status = 0;
  private keepAlive = true;
  private remaining = 0;
  private bytes = 0;
  private line = '';
  private chunks: Buffer[] = [];
  private kept = 0;
  private overLimit = false;
  private stopped = false;
  /** The last head decoded (a copy of its bytes, blank line included) and its reading. */
  private lastHead: Buffer | null = null;
  private lastInfo: HeadInfo | null = null;

  constructor(
    private readonly events: ResponseEvents,
    private readonly keepBodies: boolean,
    private readonly maxBodyBytes: number = Number.POSITIVE_INFINITY,
  ) {}

  /** True when no response is partly read. */
  get idle(): boolean {
    return this.state === State.Head && this.head === null;
  }

  /** Body bytes of the current response held in memory (never more than `maxBodyBytes`). */
  get retainedBodyBytes(): number {
    return this.kept;
  }

  /** Stops parsing for good, also in the middle of a chunk (the connection was given up). */
  stop(): void {
    this.stopped = true;
  }

  /** Consumes bytes from the socket. Throws `ResponseParseError` on garbage. */
  execute(chunk: Buffer): void {
    let off = 0;
    const len = chunk.length;
    while (off < len && !this.stopped) {
      switch (this.state) {
        case State.Head:
          off = this.readHead(chunk, off);
          break;
        case State.Length: {
          const take = Math.min(this.remaining, len - off);
          this.body(chunk, off, take);
          off += take;
          this.remaining -= take;
          if (this.remaining === 0) this.complete();
          break;
        }
        case State.ChunkSize:
          off = this.readLine(chunk, off);
          break;
        case State.ChunkData: {
          const take = Math.min(this.remaining, len - off);
          this.body(chunk, off, take);
          off += take;
          this.remaining -= take;
          if (this.remaining === 0) {
            this.state = State.ChunkDataEnd;
            this.remaining = 2;
          }
          break;
        }
        case State.ChunkDataEnd: {
          // The CRLF after a chunk's data.
          const take = Math.min(this.remaining, len - off);
          this.bytes += take;
          off += take;
          this.remaining -= take;
          if (this.remaining === 0) this.state = State.ChunkSize;
          break;
        }
        case State.Trailers:
          off = this.readLine(chunk, off);
          break;
        case State.UntilClose:
          this.body(chunk, off, len - off);
          off = len;
          break;
      }
    }
  }

  /** The connection ended: completes a read-until-close body; false if a response was cut short. */
  end(): boolean {
    if (this.state === State.UntilClose) {
      this.keepAlive = false;
      this.complete();
      return true;
    }
    return this.idle;
  }

  private readHead(chunk: Buffer, off: number): number {
    const last = this.lastHead;
    // Stryker disable ConditionalExpression,LogicalOperator,EqualityOperator,ArithmeticOperator,BlockStatement: equivalent in behaviour, this shortcut only saves work; without it the head is found and read in full, with the same result (tests compare both paths)
    if (this.head === null && last !== null) {
      // The same head as the last one, blank line included, starts here: it ends where that
      // one did, and says what it said (one comparison, no search for the blank line).
      const n = last.length;
      if (chunk.length - off >= n && chunk.compare(last, 0, n, off, off + n) === 0) {
        this.bytes += n;
        this.applyHead(this.lastInfo!);
        return off + n;
      }
    }
    // Stryker restore ConditionalExpression,LogicalOperator,EqualityOperator,ArithmeticOperator,BlockStatement
    let buf: Buffer;
    let prior = 0;
    if (this.head === null) {
      buf = off === 0 ? chunk : chunk.subarray(off);
    } else {
      prior = this.head.length;
      buf = Buffer.concat([this.head, chunk.subarray(off)]);
    }
    const end = buf.indexOf(HEAD_END, prior > 3 ? prior - 3 : 0);
    if (end === -1) {
      if (buf.length > MAX_HEAD_BYTES) throw new ResponseParseError('response head too large');
      // A copy: the bytes read may live in a buffer the socket reuses for its next read.
      this.head = Buffer.from(buf);
      return chunk.length;
    }
    this.head = null;
    const consumed = end + 4 - prior;
    this.bytes += end + 4;
    this.applyHead(this.headInfo(buf, end));
    return off + consumed;
  }

  /**
   * What the head `buf[0, end)` says. A server sends the same head again and again (only its
   * Date changes, once a second), so the last head's bytes and reading are kept: an identical
   * head is one byte comparison instead of decoding, lower-casing and scanning it again.
   */
  private headInfo(buf: Buffer, end: number): HeadInfo {
    const last = this.lastHead;
    const withBlankLine = end + 4;
    // Stryker disable ConditionalExpression,LogicalOperator,EqualityOperator,BlockStatement: equivalent in behaviour, a head not recognised as the last one is read afresh, with the same result
    if (
      last !== null &&
      last.length === withBlankLine &&
      buf.compare(last, 0, withBlankLine, 0, withBlankLine) === 0
    ) {
      return this.lastInfo!;
    }
    // Stryker restore ConditionalExpression,LogicalOperator,EqualityOperator,BlockStatement
    const info = readHeadInfo(buf.toString('latin1', 0, end));
    this.lastHead = Buffer.from(buf.subarray(0, withBlankLine));
    this.lastInfo = info;
    return info;
  }

  private applyHead(info: HeadInfo): void {
    // Interim response (100 Continue, 103 Early Hints): the real one follows.
    if (info.interim) return;
    this.status = info.status;
    this.keepAlive = info.keepAlive;
    if (!this.events.expectsBody() || info.status === 204 || info.status === 304) {
      this.complete();
      return;
    }
    const framing = info.framing;
    switch (framing.kind) {
      case 'invalid':
        throw new ResponseParseError(framing.reason);
      case 'chunked':
        this.state = State.ChunkSize;
        this.line = '';
        return;
      case 'length':
        if (framing.length === 0) {
          this.complete();
          return;
        }
        this.state = State.Length;
        this.remaining = framing.length;
        return;
      case 'until-close':
        // No length and no chunked coding: the body runs until the connection closes.
        this.keepAlive = false;
        this.state = State.UntilClose;
        return;
    }
  }

  /** Reads one framing line (chunk size or trailer); acts on it when complete. */
  private readLine(chunk: Buffer, off: number): number {
    const nl = chunk.indexOf(CRLF, off);
    const stop = nl === -1 ? chunk.length : nl + 1;
    this.line += chunk.toString('latin1', off, stop);
    this.bytes += stop - off;
    if (this.line.length > 4096) throw new ResponseParseError('framing line too long');
    if (nl === -1) return stop;
    const line = this.line.replace(/\r?\n$/, '');
    this.line = '';
    if (this.state === State.ChunkSize) {
      const semicolon = line.indexOf(';');
      const sizeText = (semicolon === -1 ? line : line.slice(0, semicolon)).trim();
      // Hexadecimal digits only: parseInt alone would take '5zz' as 5 and desynchronise.
      if (!/^[0-9a-fA-F]{1,12}$/.test(sizeText)) throw new ResponseParseError('bad chunk size');
      const size = parseInt(sizeText, 16);
      if (size === 0) {
        this.state = State.Trailers;
      } else {
        this.state = State.ChunkData;
        this.remaining = size;
      }
    } else if (line === '') {
      // Empty line: end of trailers, end of the chunked body.
      this.complete();
    }
    return stop;
  }

  private body(chunk: Buffer, off: number, n: number): void {
    this.bytes += n;
    if (!this.keepBodies || n === 0 || this.overLimit) return;
    if (this.kept + n > this.maxBodyBytes) {
      // Past the limit the body is only counted: drop what was kept so memory stays flat.
      this.overLimit = true;
      this.chunks = [];
      this.kept = 0;
      return;
    }
    // A copy: the socket may read its next bytes into the same buffer.
    this.chunks.push(Buffer.from(chunk.subarray(off, off + n)));
    this.kept += n;
  }

  private complete(): void {
    let body: Buffer | null = null;
    const overLimit = this.overLimit;
    if (this.keepBodies && !overLimit) {
      body = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    }
    this.chunks = [];
    this.kept = 0;
    this.overLimit = false;
    const { status, bytes, keepAlive } = this;
    this.state = State.Head;
    this.bytes = 0;
    this.status = 0;
    this.events.onResponse(status, body, bytes, keepAlive, overLimit);
  }
}

/** How a response is framed, as its head says (decided before knowing the request's method). */
type Framing =
  | { kind: 'length'; length: number }
  | { kind: 'chunked' }
  | { kind: 'until-close' }
  /** The head cannot frame a body: refused if the response has one. */
  | { kind: 'invalid'; reason: string };

/** What one response head says; immutable, so one reading serves every identical head. */
interface HeadInfo {
  /** 1xx other than 101: the final response follows. */
  interim: boolean;
  status: number;
  keepAlive: boolean;
  framing: Framing;
}

const INTERIM: HeadInfo = {
  interim: true,
  status: 0,
  // Stryker disable next-line BooleanLiteral: equivalent, applyHead returns at `interim` before reading this
  keepAlive: true,
  // Stryker disable next-line ObjectLiteral,StringLiteral: equivalent, applyHead returns at `interim` before reading this
  framing: { kind: 'until-close' },
};

/** Reads a response head (without its blank line). Throws `ResponseParseError` on garbage. */
function readHeadInfo(text: string): HeadInfo {
  if (!text.startsWith('HTTP/1.')) throw new ResponseParseError('not an HTTP/1.x response');
  const d0 = text.charCodeAt(9) - 48;
  const d1 = text.charCodeAt(10) - 48;
  const d2 = text.charCodeAt(11) - 48;
  if (!(d0 >= 1 && d0 <= 9 && d1 >= 0 && d1 <= 9 && d2 >= 0 && d2 <= 9)) {
    throw new ResponseParseError('bad status line');
  }
  const status = d0 * 100 + d1 * 10 + d2;
  if (status < 200 && status !== 101) return INTERIM;
  const lower = text.toLowerCase();
  const http10 = text.charCodeAt(7) === 48;
  // HTTP/1.1 persists unless told `close`; HTTP/1.0 closes unless told `keep-alive`.
  const connection = headerValues(lower, 'connection');
  const keepAlive =
    !hasToken(connection, 'close') && (!http10 || hasToken(connection, 'keep-alive'));
  return { interim: false, status, keepAlive, framing: framingOf(lower) };
}

function framingOf(lowerHead: string): Framing {
  const te = headerValues(lowerHead, 'transfer-encoding');
  const cl = headerValues(lowerHead, 'content-length');
  if (te.length > 0) {
    // A length beside a transfer coding is how responses are smuggled (RFC 9112 §6.3).
    if (cl.length > 0)
      return { kind: 'invalid', reason: 'both transfer-encoding and content-length' };
    const codings = te.join(',').split(',');
    // Chunked is not the final coding: the body runs until the connection closes.
    return codings[codings.length - 1]!.trim() === 'chunked'
      ? { kind: 'chunked' }
      : { kind: 'until-close' };
  }
  if (cl.length > 0) {
    try {
      return { kind: 'length', length: contentLength(cl) };
    } catch (error) {
      return { kind: 'invalid', reason: (error as Error).message };
    }
  }
  return { kind: 'until-close' };
}

const NO_VALUES: readonly string[] = Object.freeze([]);

/** Every value of a header in a lower-cased head, in order (empty when absent). */
function headerValues(lowerHead: string, name: string): readonly string[] {
  const key = `\n${name}:`;
  let at = lowerHead.indexOf(key);
  if (at === -1) return NO_VALUES;
  const values: string[] = [];
  while (at !== -1) {
    const start = at + key.length;
    const end = lowerHead.indexOf('\r', start);
    values.push(lowerHead.slice(start, end === -1 ? undefined : end).trim());
    at = lowerHead.indexOf(key, start);
  }
  return values;
}

/** True when a comma-separated header (all its values) lists `token`. */
function hasToken(values: readonly string[], token: string): boolean {
  for (const value of values) {
    for (const part of value.split(',')) if (part.trim() === token) return true;
  }
  return false;
}

/**
 * The body length from every Content-Length value (repeated headers or a list): all must be the
 * same decimal number, or the response cannot be framed (RFC 9112 §6.3, RFC 9110 §8.6).
 */
function contentLength(values: readonly string[]): number {
  let length: number | undefined;
  for (const value of values) {
    for (const part of value.split(',')) {
      const text = part.trim();
      if (!/^\d{1,15}$/.test(text)) throw new ResponseParseError('bad content-length');
      const n = Number(text);
      if (length !== undefined && n !== length) {
        throw new ResponseParseError('conflicting content-length values');
      }
      length = n;
    }
  }
  return length ?? 0;
}
