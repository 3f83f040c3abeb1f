import { describe, expect, it } from 'vitest';
import {
  Http1ResponseParser,
  ResponseParseError,
} from '../../src/core/engine/http/http1-response-parser.js';

interface Parsed {
  status: number;
  body: string;
  bytes: number;
  keepAlive: boolean;
}

/** Feeds `chunks` and returns every response seen; `heads` marks HEAD requests in order. */
function parse(
  chunks: (string | Buffer)[],
  opts: { heads?: boolean[]; end?: boolean } = {},
): Parsed[] {
  const seen: Parsed[] = [];
  const parser = new Http1ResponseParser(
    {
      expectsBody: () => !(opts.heads?.[seen.length] ?? false),
      onResponse: (status, body, bytes, keepAlive) =>
        seen.push({ status, body: body?.toString('latin1') ?? '', bytes, keepAlive }),
    },
    true,
  );
  for (const c of chunks) parser.execute(typeof c === 'string' ? Buffer.from(c, 'latin1') : c);
  if (opts.end) parser.end();
  return seen;
}

const fixed =
  'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 16\r\n\r\n{"success":true}';
const chunked =
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nX-Trailer: yes\r\n\r\n';
/** Chunk sizes of two hex digits (0x1a = 26, 0x10 = 16), which base 10 would misread. */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
const SIXTEEN = '0123456789ABCDEF';
const chunkedHex = `HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1a\r\n${ALPHABET}\r\n10 ; name=x\r\n${SIXTEEN}\r\n0\r\n\r\n`;

describe('raw HTTP/1.1 response parser', () => {
  it.each([
    {
      name: 'content-length body',
      input: fixed,
      status: 200,
      body: '{"success":true}',
      keepAlive: true,
    },
    {
      name: 'chunked body with an extension and a trailer',
      input: chunked,
      status: 200,
      body: 'hello, world',
      keepAlive: true,
    },
    {
      name: 'chunked body whose chunk sizes are two hex digits (1a and 10)',
      input: chunkedHex,
      status: 200,
      body: ALPHABET + SIXTEEN,
      keepAlive: true,
    },
    {
      name: 'repeated content-length headers that agree',
      input: 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nok',
      status: 200,
      body: 'ok',
      keepAlive: true,
    },
    {
      name: 'content-length list of one value',
      input: 'HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\n\r\nok',
      status: 200,
      body: 'ok',
      keepAlive: true,
    },
    {
      name: 'keep-alive listed beside another token',
      input: 'HTTP/1.0 200 OK\r\nConnection: Upgrade, Keep-Alive\r\nContent-Length: 2\r\n\r\nok',
      status: 200,
      body: 'ok',
      keepAlive: true,
    },
    {
      name: 'close listed beside another token',
      input: 'HTTP/1.1 200 OK\r\nConnection: upgrade, close\r\nContent-Length: 2\r\n\r\nok',
      status: 200,
      body: 'ok',
      keepAlive: false,
    },
    {
      name: 'empty content-length',
      input: 'HTTP/1.1 204 No Content\r\n\r\n',
      status: 204,
      body: '',
      keepAlive: true,
    },
    {
      name: '304 without length',
      input: 'HTTP/1.1 304 Not Modified\r\nETag: "x"\r\n\r\n',
      status: 304,
      body: '',
      keepAlive: true,
    },
    {
      name: 'Connection: close',
      input: 'HTTP/1.1 500 Oops\r\nConnection: close\r\nContent-Length: 2\r\n\r\nno',
      status: 500,
      body: 'no',
      keepAlive: false,
    },
    {
      name: 'HTTP/1.0 without keep-alive',
      input: 'HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok',
      status: 200,
      body: 'ok',
      keepAlive: false,
    },
    {
      name: 'HTTP/1.0 with keep-alive',
      input: 'HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok',
      status: 200,
      body: 'ok',
      keepAlive: true,
    },
    {
      name: 'mixed-case header names',
      input: 'HTTP/1.1 200 OK\r\ncOnTeNt-LeNgTh: 3\r\n\r\nabc',
      status: 200,
      body: 'abc',
      keepAlive: true,
    },
  ])('parses a $name', ({ input, status, body, keepAlive }) => {
    const [r, ...rest] = parse([input]);
    expect(rest).toHaveLength(0);
    expect(r).toEqual({ status, body, bytes: Buffer.byteLength(input, 'latin1'), keepAlive });
  });

  it('gives the same result whichever byte the packets split at', () => {
    for (const input of [fixed, chunked, chunkedHex]) {
      const whole = parse([input]);
      for (let cut = 1; cut < input.length; cut++) {
        expect(parse([input.slice(0, cut), input.slice(cut)])).toEqual(whole);
      }
      // And one byte per packet.
      expect(parse(input.split(''))).toEqual(whole);
    }
  });

  it('reads pipelined responses from one packet, in order', () => {
    const r = parse([fixed + chunked + fixed]);
    expect(r.map((x) => x.body)).toEqual(['{"success":true}', 'hello, world', '{"success":true}']);
  });

  it('skips 1xx interim responses and reports the final one', () => {
    const r = parse([
      'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n' + fixed,
    ]);
    expect(r).toHaveLength(1);
    expect(r[0]!.status).toBe(200);
    expect(r[0]!.body).toBe('{"success":true}');
  });

  it('expects no body after a HEAD request even with a content-length', () => {
    const head = 'HTTP/1.1 200 OK\r\nContent-Length: 16\r\n\r\n';
    const r = parse([head + fixed], { heads: [true, false] });
    expect(r.map((x) => [x.status, x.body])).toEqual([
      [200, ''],
      [200, '{"success":true}'],
    ]);
  });

  it('reads a body without framing until the connection ends', () => {
    expect(parse(['HTTP/1.1 200 OK\r\n\r\npart one, ', 'part two'])).toHaveLength(0);
    const r = parse(['HTTP/1.1 200 OK\r\n\r\npart one, ', 'part two'], { end: true });
    expect(r).toEqual([{ status: 200, body: 'part one, part two', bytes: 37, keepAlive: false }]);
  });

  it.each([
    { name: 'not HTTP', input: 'SSH-2.0-OpenSSH\r\n\r\n' },
    { name: 'a bad status', input: 'HTTP/1.1 2x0 OK\r\n\r\n' },
    { name: 'a bad content-length', input: 'HTTP/1.1 200 OK\r\nContent-Length: -3\r\n\r\n' },
    {
      name: 'a bad chunk size',
      input: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
    },
    {
      name: 'a chunk size with trailing garbage',
      input: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5zz\r\nhello\r\n0\r\n\r\n',
    },
    {
      name: 'conflicting content-length headers (RFC 9112 §6.3)',
      input: 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nok',
    },
    {
      name: 'a content-length list that disagrees',
      input: 'HTTP/1.1 200 OK\r\nContent-Length: 2, 3\r\n\r\nok',
    },
    {
      name: 'a content-length in hexadecimal',
      input: 'HTTP/1.1 200 OK\r\nContent-Length: 0x2\r\n\r\nok',
    },
    {
      name: 'a signed content-length',
      input: 'HTTP/1.1 200 OK\r\nContent-Length: +2\r\n\r\nok',
    },
    {
      name: 'a content-length beside transfer-encoding',
      input:
        'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n',
    },
  ])('rejects $name', ({ input }) => {
    expect(() => parse([input])).toThrow(ResponseParseError);
  });

  it('reads a body with a transfer coding other than chunked until the connection ends', () => {
    const r = parse(['HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nzipped'], { end: true });
    expect(r.map((x) => [x.body, x.keepAlive])).toEqual([['zipped', false]]);
  });

  it('keeps at most maxBodyBytes of a body, counts the rest, and says it went over', () => {
    const limit = 64 * 1024;
    const seen: { body: Buffer | null; bytes: number; overLimit: boolean }[] = [];
    const parser = new Http1ResponseParser(
      {
        expectsBody: () => true,
        onResponse: (_status, body, bytes, _keepAlive, overLimit) =>
          seen.push({ body, bytes, overLimit }),
      },
      true,
      limit,
    );
    const total = 8 * 1024 * 1024;
    const head = `HTTP/1.1 200 OK\r\nContent-Length: ${total}\r\n\r\n`;
    parser.execute(Buffer.from(head, 'latin1'));
    const piece = Buffer.alloc(16 * 1024, 0x61);
    let mostRetained = 0;
    for (let sent = 0; sent < total; sent += piece.length) {
      parser.execute(piece);
      mostRetained = Math.max(mostRetained, parser.retainedBodyBytes);
    }
    // Memory stays flat: never more than the limit held, whatever the body's length.
    expect(mostRetained).toBeLessThanOrEqual(limit);
    expect(seen).toEqual([{ body: null, bytes: head.length + total, overLimit: true }]);
    expect(parser.retainedBodyBytes).toBe(0);
    // The next response on the connection is kept again.
    parser.execute(Buffer.from(fixed, 'latin1'));
    expect(seen[1]).toEqual({
      body: Buffer.from('{"success":true}'),
      bytes: fixed.length,
      overLimit: false,
    });
  });
});

describe('raw HTTP/1.1 response parser at its limits', () => {
  /** The parse error `input` raises, as its message and code. */
  function parseError(input: string | string[]): { message: string; code: string } | undefined {
    try {
      parse(Array.isArray(input) ? input : [input]);
      return undefined;
    } catch (error) {
      expect(error).toBeInstanceOf(ResponseParseError);
      const e = error as ResponseParseError;
      return { message: e.message, code: e.code };
    }
  }

  it.each([
    ['SSH-2.0-OpenSSH\r\n\r\n', 'not an HTTP/1.x response'],
    ['HTTP/1.1 099 Low\r\n\r\n', 'bad status line'],
    ['HTTP/1.1 :00 Colon\r\n\r\n', 'bad status line'],
    ['HTTP/1.1 2/0 Slash\r\n\r\n', 'bad status line'],
    ['HTTP/1.1 2:0 Colon\r\n\r\n', 'bad status line'],
    ['HTTP/1.1 20/ Slash\r\n\r\n', 'bad status line'],
    ['HTTP/1.1 20: Colon\r\n\r\n', 'bad status line'],
    [
      'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n',
      'both transfer-encoding and content-length',
    ],
    ['HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n', 'bad content-length'],
    [
      'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nok',
      'conflicting content-length values',
    ],
    [
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nx5\r\nhello\r\n0\r\n\r\n',
      'bad chunk size',
    ],
  ])('rejects %j with "%s" (code BENCH_HTTP_PARSE)', (input, message) => {
    expect(parseError(input)).toEqual({ message, code: 'BENCH_HTTP_PARSE' });
  });

  it('reads every status from 100 to 999 digit by digit', () => {
    for (const status of [234, 404, 599, 999]) {
      const input = `HTTP/1.1 ${status} X\r\nContent-Length: 0\r\n\r\n`;
      expect(parse([input]).map((r) => r.status)).toEqual([status]);
    }
  });

  it('reports 101 Switching Protocols as the final response, unlike other 1xx answers', () => {
    const r = parse([
      'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nContent-Length: 0\r\n\r\n',
    ]);
    expect(r.map((x) => x.status)).toEqual([101]);
  });

  it('accepts a head of 64 KiB still unterminated and refuses one byte more', () => {
    const head = `HTTP/1.1 200 OK\r\nX-Pad: ${'a'.repeat(64 * 1024 - 24)}`;
    expect(head.length).toBe(64 * 1024);
    expect(parseError([head])).toBeUndefined();
    expect(parseError([head + 'a'])).toEqual({
      message: 'response head too large',
      code: 'BENCH_HTTP_PARSE',
    });
  });

  it('accepts a chunk-size line of 4096 bytes still unterminated and refuses one byte more', () => {
    const start = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n';
    const line = `5;${'e'.repeat(4094)}`;
    expect(parseError([start + line])).toBeUndefined();
    expect(parseError([start + line + 'e'])).toEqual({
      message: 'framing line too long',
      code: 'BENCH_HTTP_PARSE',
    });
  });

  it('reads an empty body framed by content-length 0 and the response pipelined after it', () => {
    const empty = 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n';
    expect(parse([empty + fixed]).map((r) => [r.status, r.body])).toEqual([
      [200, ''],
      [200, '{"success":true}'],
    ]);
  });

  it('takes chunked as the final coding from a list and from repeated transfer-encoding headers', () => {
    const body = '5\r\nhello\r\n0\r\n\r\n';
    for (const te of [
      'Transfer-Encoding: gzip, chunked',
      'Transfer-Encoding: gzip\r\nTransfer-Encoding: chunked',
    ]) {
      const r = parse([`HTTP/1.1 200 OK\r\n${te}\r\n\r\n${body}`]);
      expect(r.map((x) => [x.body, x.keepAlive])).toEqual([['hello', true]]);
    }
  });

  it('ends chunk-size and trailer lines at a bare LF too', () => {
    const r = parse([
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\nhello\r\n0\n\n' + fixed,
    ]);
    expect(r.map((x) => x.body)).toEqual(['hello', '{"success":true}']);
  });

  it('says whether the connection ended between responses or in the middle of one', () => {
    const seen: number[] = [];
    const parser = new Http1ResponseParser(
      { expectsBody: () => true, onResponse: (status) => seen.push(status) },
      true,
    );
    expect(parser.idle).toBe(true);
    expect(parser.end()).toBe(true);
    parser.execute(Buffer.from('HTTP/1.1 200 OK\r\nContent-', 'latin1'));
    expect(parser.idle).toBe(false);
    expect(parser.end()).toBe(false);
    parser.execute(Buffer.from('Length: 2\r\n\r\no', 'latin1'));
    expect(parser.idle).toBe(false);
    expect(parser.end()).toBe(false);
    parser.execute(Buffer.from('k', 'latin1'));
    expect(parser.idle).toBe(true);
    // Ending an idle connection reports nothing more.
    expect(parser.end()).toBe(true);
    expect(seen).toEqual([200]);
  });

  it('completes a read-until-close body when the connection ends, and says so', () => {
    const seen: boolean[] = [];
    const parser = new Http1ResponseParser(
      { expectsBody: () => true, onResponse: (_s, _b, _n, keepAlive) => seen.push(keepAlive) },
      true,
    );
    parser.execute(Buffer.from('HTTP/1.1 200 OK\r\n\r\nrest', 'latin1'));
    expect(parser.end()).toBe(true);
    expect(seen).toEqual([false]);
  });

  it('reads nothing more once stopped, even in the middle of a chunk', () => {
    const seen: number[] = [];
    const parser = new Http1ResponseParser(
      { expectsBody: () => true, onResponse: (status) => seen.push(status) },
      true,
    );
    parser.execute(
      Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel', 'latin1'),
    );
    parser.stop();
    parser.execute(Buffer.from('lo\r\n0\r\n\r\n' + fixed, 'latin1'));
    expect(seen).toEqual([]);
  });

  it('holds no body bytes when bodies are not kept', () => {
    const seen: (Buffer | null)[] = [];
    const parser = new Http1ResponseParser(
      { expectsBody: () => true, onResponse: (_s, body) => seen.push(body) },
      false,
    );
    parser.execute(Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello', 'latin1'));
    expect(parser.retainedBodyBytes).toBe(0);
    parser.execute(Buffer.from('world', 'latin1'));
    expect(seen).toEqual([null]);
  });

  it('keeps a body of exactly maxBodyBytes, and once over the limit holds nothing for the rest of it', () => {
    const seen: { body: string | undefined; overLimit: boolean }[] = [];
    const parser = new Http1ResponseParser(
      {
        expectsBody: () => true,
        onResponse: (_s, body, _n, _k, overLimit) =>
          seen.push({ body: body?.toString('latin1'), overLimit }),
      },
      true,
      4,
    );
    parser.execute(Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nabcd', 'latin1'));
    expect(seen).toEqual([{ body: 'abcd', overLimit: false }]);
    parser.execute(Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nabc', 'latin1'));
    expect(parser.retainedBodyBytes).toBe(3);
    parser.execute(Buffer.from('de', 'latin1'));
    expect(parser.retainedBodyBytes).toBe(0);
    parser.execute(Buffer.from('f', 'latin1'));
    expect(parser.retainedBodyBytes).toBe(0);
    parser.execute(Buffer.from('ghi', 'latin1'));
    expect(seen[1]).toEqual({ body: undefined, overLimit: true });
  });
});

describe('repeated response heads (the parser keeps the reading of the last one)', () => {
  it('frames an identical head by the request it answers: no body after HEAD, a body after GET', () => {
    const head = 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n';
    const seen = parse([head, `${head}hello`, head], { heads: [true, false, true] });
    expect(seen.map((r) => [r.status, r.body, r.bytes])).toEqual([
      [200, '', head.length],
      [200, 'hello', head.length + 5],
      [200, '', head.length],
    ]);
  });

  it('reads a head of the same length but other bytes afresh (status, length, keep-alive)', () => {
    const a = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok';
    const b = 'HTTP/1.1 404 NO\r\nContent-Length: 2\r\n\r\nno';
    const c = 'HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nyes';
    const d = 'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok';
    const seen = parse([a, b, a, c, d]);
    expect(seen.map((r) => [r.status, r.body, r.keepAlive])).toEqual([
      [200, 'ok', true],
      [404, 'no', true],
      [200, 'ok', true],
      [200, 'yes', true],
      [200, 'ok', false],
    ]);
  });

  it('refuses a bad length every time it comes, also right after the same head was refused', () => {
    const bad = 'HTTP/1.1 200 OK\r\nContent-Length: 5, 6\r\n\r\n';
    for (let i = 0; i < 2; i++) {
      const parser = new Http1ResponseParser(
        { expectsBody: () => true, onResponse: () => undefined },
        false,
      );
      expect(() => parser.execute(Buffer.from(bad, 'latin1'))).toThrow(
        /conflicting content-length/,
      );
    }
  });

  it('keeps a copy of a body, not a view of a read buffer the socket reuses', () => {
    let body: Buffer | null = null;
    const parser = new Http1ResponseParser(
      { expectsBody: () => true, onResponse: (_s, b) => (body = b) },
      true,
    );
    const read = Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello', 'latin1');
    parser.execute(read);
    // The next read lands in the same memory.
    read.fill(0x78);
    const next = Buffer.alloc(read.length, 0x78);
    next.write('world', 0, 'latin1');
    parser.execute(next.subarray(0, 5));
    expect(body!.toString('latin1')).toBe('helloworld');
  });
});
