export const id = 618;
export const ids = [618];
export const modules = {

/***/ 63166:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p4: () => (/* binding */ GENERATOR_WORKER_YOUNG_GENERATION_MB),
/* harmony export */   vk: () => (/* binding */ GENERATOR_NODE_FLAGS)
/* harmony export */ });
/* unused harmony export GENERATOR_SEMI_SPACE_MB */
/**
 * V8's young generation for the load generator. By default Node lets each semi-space grow to
 * 16 MB and shrink again as the allocation rate changes; at full speed the generator's
 * resident memory then swung by 24 MB over five minutes against nginx (`npm run
 * bench:accuracy`, docs/performance.md), most of it that growing and shrinking. With 4 MB
 * semi-spaces the swing over a minute fell from 12.9 MB to 1.4 MB in the same sitting and the
 * CPU per request did not rise: the generator's garbage is short-lived (a write request per
 * send, a view per read), so a small young generation collects it as cheaply.
 *
 * The flag is read when the isolate is created, so it goes on the command line of the
 * processes we start (the load-VM runner) and into the resource limits of worker threads.
 */
/** Semi-space size of the generator's V8 heap, MB. */
const GENERATOR_SEMI_SPACE_MB = 4;
/** The Node flag that sets it. */
const GENERATOR_NODE_FLAGS = [`--max-semi-space-size=${GENERATOR_SEMI_SPACE_MB}`];
/**
 * The same for a worker thread: its young generation holds two semi-spaces and the space
 * objects are promoted from, so three times a semi-space.
 */
const GENERATOR_WORKER_YOUNG_GENERATION_MB = 3 * GENERATOR_SEMI_SPACE_MB;
//# sourceMappingURL=generator-heap.js.map

/***/ }),

/***/ 32229:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ chooseConnectionFactory)
});

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./lib/core/engine/http/http1-response-parser.js
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
/** Malformed response: the connection cannot be trusted any more. */
class ResponseParseError extends Error {
    /** Stable code, for classification. */
    code = 'BENCH_HTTP_PARSE';
}
var State;
(function (State) {
    State[State["Head"] = 0] = "Head";
    State[State["Length"] = 1] = "Length";
    State[State["ChunkSize"] = 2] = "ChunkSize";
    State[State["ChunkData"] = 3] = "ChunkData";
    State[State["ChunkDataEnd"] = 4] = "ChunkDataEnd";
    State[State["Trailers"] = 5] = "Trailers";
    State[State["UntilClose"] = 6] = "UntilClose";
})(State || (State = {}));
/** Parses a stream of responses; feed it with `execute` and tell it about EOF with `end`. */
class Http1ResponseParser {
    events;
    keepBodies;
    maxBodyBytes;
    state = State.Head;
    head = null;
    status = 0;
    keepAlive = true;
    remaining = 0;
    bytes = 0;
    line = '';
    chunks = [];
    kept = 0;
    overLimit = false;
    stopped = false;
    /** The last head decoded (a copy of its bytes, blank line included) and its reading. */
    lastHead = null;
    lastInfo = null;
    constructor(events, keepBodies, maxBodyBytes = Number.POSITIVE_INFINITY) {
        this.events = events;
        this.keepBodies = keepBodies;
        this.maxBodyBytes = maxBodyBytes;
    }
    /** True when no response is partly read. */
    get idle() {
        return this.state === State.Head && this.head === null;
    }
    /** Body bytes of the current response held in memory (never more than `maxBodyBytes`). */
    get retainedBodyBytes() {
        return this.kept;
    }
    /** Stops parsing for good, also in the middle of a chunk (the connection was given up). */
    stop() {
        this.stopped = true;
    }
    /** Consumes bytes from the socket. Throws `ResponseParseError` on garbage. */
    execute(chunk) {
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
                    if (this.remaining === 0)
                        this.complete();
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
                    if (this.remaining === 0)
                        this.state = State.ChunkSize;
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
    end() {
        if (this.state === State.UntilClose) {
            this.keepAlive = false;
            this.complete();
            return true;
        }
        return this.idle;
    }
    readHead(chunk, off) {
        const last = this.lastHead;
        // Stryker disable ConditionalExpression,LogicalOperator,EqualityOperator,ArithmeticOperator,BlockStatement: equivalent in behaviour, this shortcut only saves work; without it the head is found and read in full, with the same result (tests compare both paths)
        if (this.head === null && last !== null) {
            // The same head as the last one, blank line included, starts here: it ends where that
            // one did, and says what it said (one comparison, no search for the blank line).
            const n = last.length;
            if (chunk.length - off >= n && chunk.compare(last, 0, n, off, off + n) === 0) {
                this.bytes += n;
                this.applyHead(this.lastInfo);
                return off + n;
            }
        }
        // Stryker restore ConditionalExpression,LogicalOperator,EqualityOperator,ArithmeticOperator,BlockStatement
        let buf;
        let prior = 0;
        if (this.head === null) {
            buf = off === 0 ? chunk : chunk.subarray(off);
        }
        else {
            prior = this.head.length;
            buf = Buffer.concat([this.head, chunk.subarray(off)]);
        }
        const end = buf.indexOf(HEAD_END, prior > 3 ? prior - 3 : 0);
        if (end === -1) {
            if (buf.length > MAX_HEAD_BYTES)
                throw new ResponseParseError('response head too large');
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
    headInfo(buf, end) {
        const last = this.lastHead;
        const withBlankLine = end + 4;
        // Stryker disable ConditionalExpression,LogicalOperator,EqualityOperator,BlockStatement: equivalent in behaviour, a head not recognised as the last one is read afresh, with the same result
        if (last !== null &&
            last.length === withBlankLine &&
            buf.compare(last, 0, withBlankLine, 0, withBlankLine) === 0) {
            return this.lastInfo;
        }
        // Stryker restore ConditionalExpression,LogicalOperator,EqualityOperator,BlockStatement
        const info = readHeadInfo(buf.toString('latin1', 0, end));
        this.lastHead = Buffer.from(buf.subarray(0, withBlankLine));
        this.lastInfo = info;
        return info;
    }
    applyHead(info) {
        // Interim response (100 Continue, 103 Early Hints): the real one follows.
        if (info.interim)
            return;
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
    readLine(chunk, off) {
        const nl = chunk.indexOf(CRLF, off);
        const stop = nl === -1 ? chunk.length : nl + 1;
        this.line += chunk.toString('latin1', off, stop);
        this.bytes += stop - off;
        if (this.line.length > 4096)
            throw new ResponseParseError('framing line too long');
        if (nl === -1)
            return stop;
        const line = this.line.replace(/\r?\n$/, '');
        this.line = '';
        if (this.state === State.ChunkSize) {
            const semicolon = line.indexOf(';');
            const sizeText = (semicolon === -1 ? line : line.slice(0, semicolon)).trim();
            // Hexadecimal digits only: parseInt alone would take '5zz' as 5 and desynchronise.
            if (!/^[0-9a-fA-F]{1,12}$/.test(sizeText))
                throw new ResponseParseError('bad chunk size');
            const size = parseInt(sizeText, 16);
            if (size === 0) {
                this.state = State.Trailers;
            }
            else {
                this.state = State.ChunkData;
                this.remaining = size;
            }
        }
        else if (line === '') {
            // Empty line: end of trailers, end of the chunked body.
            this.complete();
        }
        return stop;
    }
    body(chunk, off, n) {
        this.bytes += n;
        if (!this.keepBodies || n === 0 || this.overLimit)
            return;
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
    complete() {
        let body = null;
        const overLimit = this.overLimit;
        if (this.keepBodies && !overLimit) {
            body = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
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
const INTERIM = {
    interim: true,
    status: 0,
    // Stryker disable next-line BooleanLiteral: equivalent, applyHead returns at `interim` before reading this
    keepAlive: true,
    // Stryker disable next-line ObjectLiteral,StringLiteral: equivalent, applyHead returns at `interim` before reading this
    framing: { kind: 'until-close' },
};
/** Reads a response head (without its blank line). Throws `ResponseParseError` on garbage. */
function readHeadInfo(text) {
    if (!text.startsWith('HTTP/1.'))
        throw new ResponseParseError('not an HTTP/1.x response');
    const d0 = text.charCodeAt(9) - 48;
    const d1 = text.charCodeAt(10) - 48;
    const d2 = text.charCodeAt(11) - 48;
    if (!(d0 >= 1 && d0 <= 9 && d1 >= 0 && d1 <= 9 && d2 >= 0 && d2 <= 9)) {
        throw new ResponseParseError('bad status line');
    }
    const status = d0 * 100 + d1 * 10 + d2;
    if (status < 200 && status !== 101)
        return INTERIM;
    const lower = text.toLowerCase();
    const http10 = text.charCodeAt(7) === 48;
    // HTTP/1.1 persists unless told `close`; HTTP/1.0 closes unless told `keep-alive`.
    const connection = headerValues(lower, 'connection');
    const keepAlive = !hasToken(connection, 'close') && (!http10 || hasToken(connection, 'keep-alive'));
    return { interim: false, status, keepAlive, framing: framingOf(lower) };
}
function framingOf(lowerHead) {
    const te = headerValues(lowerHead, 'transfer-encoding');
    const cl = headerValues(lowerHead, 'content-length');
    if (te.length > 0) {
        // A length beside a transfer coding is how responses are smuggled (RFC 9112 §6.3).
        if (cl.length > 0)
            return { kind: 'invalid', reason: 'both transfer-encoding and content-length' };
        const codings = te.join(',').split(',');
        // Chunked is not the final coding: the body runs until the connection closes.
        return codings[codings.length - 1].trim() === 'chunked'
            ? { kind: 'chunked' }
            : { kind: 'until-close' };
    }
    if (cl.length > 0) {
        try {
            return { kind: 'length', length: contentLength(cl) };
        }
        catch (error) {
            return { kind: 'invalid', reason: error.message };
        }
    }
    return { kind: 'until-close' };
}
const NO_VALUES = Object.freeze([]);
/** Every value of a header in a lower-cased head, in order (empty when absent). */
function headerValues(lowerHead, name) {
    const key = `\n${name}:`;
    let at = lowerHead.indexOf(key);
    if (at === -1)
        return NO_VALUES;
    const values = [];
    while (at !== -1) {
        const start = at + key.length;
        const end = lowerHead.indexOf('\r', start);
        values.push(lowerHead.slice(start, end === -1 ? undefined : end).trim());
        at = lowerHead.indexOf(key, start);
    }
    return values;
}
/** True when a comma-separated header (all its values) lists `token`. */
function hasToken(values, token) {
    for (const value of values) {
        for (const part of value.split(','))
            if (part.trim() === token)
                return true;
    }
    return false;
}
/**
 * The body length from every Content-Length value (repeated headers or a list): all must be the
 * same decimal number, or the response cannot be framed (RFC 9112 §6.3, RFC 9110 §8.6).
 */
function contentLength(values) {
    let length;
    for (const value of values) {
        for (const part of value.split(',')) {
            const text = part.trim();
            if (!/^\d{1,15}$/.test(text))
                throw new ResponseParseError('bad content-length');
            const n = Number(text);
            if (length !== undefined && n !== length) {
                throw new ResponseParseError('conflicting content-length values');
            }
            length = n;
        }
    }
    return length ?? 0;
}
//# sourceMappingURL=http1-response-parser.js.map
;// CONCATENATED MODULE: ./lib/core/engine/http/raw-connection.js
/**
 * HTTP/1.1 over a plain TCP socket with prebuilt request bytes and a minimal response parser:
 * the cheapest path per request, used for plain `http:` targets. Anything unusual (TLS,
 * HTTP/2) goes through undici instead. Only bytes built (and checked) by `prepareRequests` are
 * written. A response nobody asked for (more responses than requests, bytes on an idle
 * connection) is a protocol error for the connection, never a success for the next request.
 */


/**
 * Every raw socket of this thread reads into this one buffer (`net.connect`'s `onread`), so a
 * read allocates nothing: Node otherwise makes a new Buffer for every chunk it reads, which at
 * tens of thousands of responses a second is most of the garbage the generator makes. It is
 * safe because a read is handed to the parser synchronously and the parser copies whatever it
 * keeps past the call (a partial head, a body kept for checks).
 */
const READ_BUFFER = Buffer.allocUnsafe(256 * 1024);
/** Error raised by the raw transport's own timers. */
class TransportTimeout extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
class RawConnection {
    options;
    current = null;
    // Stryker disable next-line BooleanLiteral: equivalent, open() sets it before any use
    connected = false;
    /** Requests written and not yet answered, oldest first. */
    sinks = [];
    requests = [];
    head = 0;
    closed = false;
    timer = null;
    host;
    port;
    constructor(options) {
        this.options = options;
        const url = new URL(options.origin);
        // Stryker disable next-line Regex: equivalent, a URL's hostname holds brackets only around an IPv6 address
        this.host = url.hostname.replace(/^\[|\]$/g, '');
        this.port = Number(url.port || 80);
    }
    send(request, sink) {
        if (this.closed)
            return;
        const state = this.current ?? this.open();
        this.sinks.push(sink);
        this.requests.push(request);
        state.socket.write(request.raw);
        if (this.pending() === 1)
            this.armTimer();
    }
    async close() {
        // Stryker disable next-line ConditionalExpression: equivalent, a second close finds no socket and nothing to clear
        if (this.closed)
            return;
        this.closed = true;
        this.clearTimer();
        const state = this.current;
        this.current = null;
        if (state) {
            state.parser.stop();
            const socket = state.socket;
            // Stryker disable next-line ConditionalExpression: equivalent, the current socket is never destroyed (every path that destroys one first makes it not current)
            if (!socket.destroyed) {
                await new Promise((resolve) => {
                    socket.once('close', () => resolve());
                    socket.destroy();
                });
            }
        }
    }
    open() {
        const socket = external_node_net_.connect({
            host: this.host,
            port: this.port,
            // Stryker disable next-line BooleanLiteral: not observable without timing, pipelined writes would wait for ACKs (Nagle)
            noDelay: true,
            onread: { buffer: READ_BUFFER, callback: (n, buffer) => this.onRead(state, buffer, n) },
        });
        const state = {
            socket,
            parser: new Http1ResponseParser({
                // Stryker disable next-line OptionalChaining: equivalent, a response with no request either way fails the socket as a protocol error (TypeError or ResponseParseError, both caught in onRead)
                expectsBody: () => this.requests[this.head]?.method !== 'HEAD',
                onResponse: (status, body, bytes, keepAlive, bodyOverLimit) => this.onResponse(state, status, body, bytes, keepAlive, bodyOverLimit),
            }, this.options.keepBodies, this.options.maxBodyBytes),
            answerable: 0,
        };
        this.current = state;
        this.connected = false;
        // Stryker disable next-line BooleanLiteral: TCP keep-alive probes are not observable in a test
        socket.setKeepAlive(true, 60_000);
        socket.on('connect', () => {
            // Stryker disable next-line ConditionalExpression: equivalent, a socket given up is destroyed and emits no 'connect'
            if (this.current !== state)
                return;
            this.connected = true;
            // Swap the connect timeout for the response timeout.
            this.clearTimer();
            // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a timer armed with nothing pending finds nothing to time out
            if (this.pending() > 0)
                this.armTimer();
        });
        socket.on('end', () => {
            // Stryker disable next-line ConditionalExpression: equivalent, a socket given up is destroyed and emits no 'end'
            if (this.current !== state)
                return;
            // A body read until the connection closes completes here (and retires the socket).
            state.parser.end();
            this.fail(state, 'reset', new Error('connection closed by the target'));
        });
        socket.on('error', (error) => {
            // An error before the socket connected (refused, unreachable) is a connect failure.
            const failure = this.connected ? 'reset' : 'connect';
            this.fail(state, failure, error);
        });
        // Stryker disable all: equivalent, Node emits 'end' or 'error' before 'close' for every socket this connection has not given up itself; kept so a socket that closes some other way cannot leave requests waiting
        socket.on('close', () => {
            if (this.current === state)
                this.fail(state, 'reset', new Error('connection closed'));
        });
        // Stryker restore all
        return state;
    }
    /** Bytes read into the shared buffer: parsed before the next read can overwrite them. */
    onRead(state, buffer, n) {
        // Stryker disable next-line ConditionalExpression,BooleanLiteral: equivalent, a socket given up is destroyed and reads nothing more
        if (this.current !== state)
            return true;
        state.answerable = this.pending();
        try {
            if (state.answerable === 0) {
                // Stryker disable next-line StringLiteral: equivalent, with nothing outstanding no request receives this message
                throw new ResponseParseError('the target sent bytes with no request outstanding');
            }
            state.parser.execute(Buffer.from(buffer.buffer, buffer.byteOffset, n));
        }
        catch (error) {
            this.fail(state, 'protocol', error);
        }
        return true;
    }
    onResponse(state, status, body, bytes, keepAlive, bodyOverLimit) {
        // Stryker disable next-line ConditionalExpression,BlockStatement: equivalent, giving a socket up stops its parser, which then calls back no more; kept as the guard it states
        if (this.current !== state) {
            // The socket was given up while this chunk was being parsed: nothing it says counts.
            state.parser.stop();
            return;
        }
        if (state.answerable === 0) {
            // More responses than requests written before the bytes came: one arrived before its
            // request, or is an extra. Pairing it with a request sent since would fake a success.
            // Stryker disable next-line StringLiteral: equivalent, the bytes came with nothing left outstanding, so no request receives this message
            throw new ResponseParseError('a response arrived with no request outstanding');
        }
        state.answerable--;
        const sink = this.shift();
        if (!keepAlive) {
            this.retire(state);
        }
        else {
            // With nothing outstanding the timer stays armed: it finds nothing to time out when it
            // fires, and the next send restarts it (`refresh`), instead of every request allocating
            // a new timer and clearing it again.
            // Stryker disable next-line ConditionalExpression,EqualityOperator,OptionalChaining: equivalent, a refresh with nothing pending finds nothing to time out, and the timer is armed whenever a request is pending
            if (this.pending() > 0)
                this.timer?.refresh();
        }
        // Stryker disable next-line OptionalChaining: equivalent, answerable > 0 means a sink is waiting
        sink?.onResponse(status, body, bytes, bodyOverLimit);
    }
    /** The response was not persistent (`Connection: close`, HTTP/1.0, read-until-close): reconnect. */
    retire(state) {
        // Stryker disable next-line ConditionalExpression: equivalent, only called for the current socket
        if (this.current !== state)
            return;
        this.current = null;
        // Stryker disable next-line BooleanLiteral: equivalent, open() sets it again before any use
        this.connected = false;
        this.forget(state);
        // Requests written after the one that closed were never answered: send them again.
        const sinks = this.sinks.splice(this.head);
        const requests = this.requests.splice(this.head);
        this.resetQueue();
        this.clearTimer();
        for (let i = 0; i < sinks.length; i++)
            this.send(requests[i], sinks[i]);
    }
    /** Fails every request in flight on the current socket and forgets the socket. */
    fail(state, failure, error) {
        this.forget(state);
        if (this.current !== state)
            return;
        this.current = null;
        // Stryker disable next-line BooleanLiteral: equivalent, open() sets it again before any use
        this.connected = false;
        this.clearTimer();
        const sinks = this.sinks.splice(this.head);
        this.resetQueue();
        for (const sink of sinks)
            sink.onFailure(failure, error);
    }
    /** Stops listening to a socket and destroys it. */
    forget(state) {
        state.parser.stop();
        // Its 'error' listener stays, so an error while it closes is never unhandled; it returns at
        // once for a socket that is not current.
        state.socket.destroy();
    }
    resetQueue() {
        this.sinks.length = 0;
        this.requests.length = 0;
        this.head = 0;
    }
    shift() {
        const sink = this.sinks[this.head];
        this.head++;
        // Stryker disable all: equivalent in behaviour, these only bound the memory the queue keeps (both arrays are cut alike)
        if (this.head === this.sinks.length) {
            this.resetQueue();
        }
        else if (this.head > 64) {
            this.sinks.splice(0, this.head);
            this.requests.splice(0, this.head);
            this.head = 0;
        }
        // Stryker restore all
        return sink;
    }
    pending() {
        return this.sinks.length - this.head;
    }
    armTimer() {
        const connecting = !this.connected;
        const ms = connecting ? this.options.connectTimeoutMs : this.options.requestTimeoutMs;
        if (this.timer) {
            this.timer.refresh();
            return;
        }
        this.timer = setTimeout(() => {
            this.timer = null;
            const state = this.current;
            if (!state || this.pending() === 0)
                return;
            if (!this.connected) {
                this.fail(state, 'connect', new TransportTimeout('BENCH_CONNECT_TIMEOUT', `connect timeout after ${ms} ms`));
            }
            else {
                this.fail(state, 'timeout', new TransportTimeout('BENCH_REQUEST_TIMEOUT', `no response within ${ms} ms`));
            }
        }, ms);
        this.timer.unref();
    }
    clearTimer() {
        // Stryker disable next-line ConditionalExpression: equivalent, clearTimeout(null) does nothing
        if (this.timer) {
            clearTimeout(this.timer);
            this.timer = null;
        }
    }
}
/** Opens a raw HTTP/1.1 connection (plain `http:` origins only). */
function createRawConnection(options) {
    if (!options.origin.startsWith('http:')) {
        throw new Error(`the raw transport speaks plain HTTP only, not ${options.origin}`);
    }
    return new RawConnection(options);
}
//# sourceMappingURL=raw-connection.js.map
;// CONCATENATED MODULE: ./lib/core/engine/http/choose-connection-factory.js
/**
 * Which HTTP client carries a level: the raw HTTP/1.1 path for plain `http:` targets (cheapest
 * per request), undici for TLS or when asked. undici is loaded only when a level uses it, so a
 * plain-HTTP run does not compile a client it never calls.
 */


/** Picks the connection factory for a target URL (loading undici when it is the one). */
async function chooseConnectionFactory(baseUrl, kind = 'auto') {
    const plain = new URL(baseUrl).protocol === 'http:';
    if (kind === 'raw' && !plain) {
        throw (0,errors/* inputError */.Xu)('TRANSPORT_UNSUPPORTED', `The raw transport speaks plain HTTP only; ${baseUrl} needs TLS.`, 'Use --transport auto (or undici) for https:// targets.');
    }
    if (kind === 'undici' || !plain) {
        const { createUndiciConnection } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(954)]).then(__webpack_require__.bind(__webpack_require__, 954));
        return createUndiciConnection;
    }
    return createRawConnection;
}
//# sourceMappingURL=choose-connection-factory.js.map

/***/ }),

/***/ 68071:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ OTHER_CHECK_FAILURES),
/* harmony export */   Fo: () => (/* binding */ INTERVAL_MS),
/* harmony export */   XH: () => (/* binding */ MAX_CHECK_FAILURE_REASONS),
/* harmony export */   xR: () => (/* binding */ LevelRecorder)
/* harmony export */ });
/* unused harmony export noFailures */
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(643);
/* harmony import */ var _stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49425);
/**
 * Collects one level's results: HDR histograms for successes and failures, one interval
 * histogram per second (closed and encoded as soon as the second ends), counts by outcome,
 * bytes, and the generator's own CPU and event-loop delay per interval. Memory does not grow
 * with the number of requests: only one encoded string per second is kept.
 */


/** Length of one series interval. */
const INTERVAL_MS = 1000;
/** Most distinct check-failure reasons kept per level; the rest are counted under one. */
const MAX_CHECK_FAILURE_REASONS = 20;
/** Reason under which check failures beyond `MAX_CHECK_FAILURE_REASONS` are counted. */
const OTHER_CHECK_FAILURES = 'other reasons';
/** An empty count of every failure class. */
function noFailures() {
    return { connect: 0, timeout: 0, reset: 0, protocol: 0, httpStatus: 0, check: 0, unfinished: 0 };
}
/**
 * Records results attributed to a measured window `[windowStartMs, windowEndMs)` on the
 * `performance.now()` clock. Results outside the window are ignored by the caller's choice of
 * attribution time (completion time for the closed model, intended send time for the open one).
 */
class LevelRecorder {
    windowStartMs;
    windowEndMs;
    openModel;
    epochOffsetMs;
    threadCpuUs;
    /** Successful responses in the window. */
    success = 0;
    /** Failures in the window, by class. */
    failures = noFailures();
    /** Refusals (503 back-pressure, 429 rate limit) in the window: neither success nor failure. */
    refusals = { backPressure: 0, rateLimited: 0 };
    bytesSent = 0;
    bytesReceived = 0;
    lateSends = 0;
    droppedSends = 0;
    latency = (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .createHistogram */ .v5)();
    failureLatency = (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .createHistogram */ .v5)();
    serviceTime;
    scheduleLag;
    interval = (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .createHistogram */ .v5)();
    intervalSuccess = 0;
    intervalFailures = 0;
    intervalStartMs;
    intervalEndMs;
    intervals = [];
    eventLoop;
    windowEventLoop;
    cpuAtIntervalStart;
    cpuAtWindowStart;
    /** In a worker thread: this thread's own CPU when the window opened, µs. */
    threadCpuAtWindowStart;
    finished = false;
    statuses = new Uint32Array(1000);
    checkReasons = new Map();
    /** Completed requests so far in the current interval, for progress lines. */
    lastIntervalRps = 0;
    /** p99 of the last closed interval, µs, for progress lines. */
    lastIntervalP99Us = 0;
    constructor(windowStartMs, windowEndMs, openModel, epochOffsetMs = performance.timeOrigin, 
    /** In a worker thread: reads this thread's own CPU, µs (the process figure is all threads'). */
    threadCpuUs) {
        this.windowStartMs = windowStartMs;
        this.windowEndMs = windowEndMs;
        this.openModel = openModel;
        this.epochOffsetMs = epochOffsetMs;
        this.threadCpuUs = threadCpuUs;
        this.serviceTime = openModel ? (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .createHistogram */ .v5)() : null;
        this.scheduleLag = openModel ? (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .createHistogram */ .v5)() : null;
        this.intervalStartMs = windowStartMs;
        this.intervalEndMs = Math.min(windowStartMs + INTERVAL_MS, windowEndMs);
        // Stryker disable next-line ObjectLiteral: not observable in a test, the sampling resolution only sets the delay figures' precision
        this.eventLoop = (0,node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.monitorEventLoopDelay)({ resolution: 10 });
        this.eventLoop.enable();
        // Stryker disable next-line ObjectLiteral: not observable in a test, as above
        this.windowEventLoop = (0,node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.monitorEventLoopDelay)({ resolution: 10 });
        this.windowEventLoop.enable();
        this.cpuAtIntervalStart = process.cpuUsage();
        this.cpuAtWindowStart = this.cpuAtIntervalStart;
        this.threadCpuAtWindowStart = this.threadCpuUs?.();
    }
    /** Re-baselines the generator's CPU and event-loop figures when the window actually opens. */
    begin() {
        this.cpuAtIntervalStart = process.cpuUsage();
        this.cpuAtWindowStart = this.cpuAtIntervalStart;
        this.threadCpuAtWindowStart = this.threadCpuUs?.();
        this.eventLoop.reset();
        this.windowEventLoop.reset();
    }
    /**
     * Records one result. `atMs` decides the interval (completion time, clamped into the window);
     * latencies are in µs.
     */
    record(outcome, latencyUs, atMs, bytesReceived) {
        // Stryker disable next-line ConditionalExpression: equivalent, advance() checks the same itself
        if (atMs >= this.intervalEndMs)
            this.advance(atMs);
        this.bytesReceived += bytesReceived;
        if (outcome === 'success') {
            this.success++;
            this.intervalSuccess++;
            (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .recordUs */ .YP)(this.interval, latencyUs);
        }
        else if (outcome === 'backPressure' || outcome === 'rateLimited') {
            // Not a failure: not in the failure count or the failure latency, counted on its own.
            this.refusals[outcome]++;
        }
        else {
            this.failures[outcome]++;
            this.intervalFailures++;
            (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .recordUs */ .YP)(this.failureLatency, latencyUs);
        }
    }
    /** Notes the status code of a response recorded as an `httpStatus` failure. */
    noteStatus(status) {
        // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: equivalent, a typed array ignores a write outside its range
        if (status >= 0 && status < 1000)
            this.statuses[status]++;
    }
    /** Notes why a response recorded as a `check` failure failed. */
    noteCheckFailure(reason) {
        const known = this.checkReasons.get(reason);
        if (known !== undefined)
            this.checkReasons.set(reason, known + 1);
        else if (this.checkReasons.size < MAX_CHECK_FAILURE_REASONS)
            this.checkReasons.set(reason, 1);
        else {
            this.checkReasons.set(OTHER_CHECK_FAILURES, (this.checkReasons.get(OTHER_CHECK_FAILURES) ?? 0) + 1);
        }
    }
    /** Open model: service time (from the actual send) and schedule lag of a counted request. */
    recordOpenTimes(serviceUs, lagUs) {
        (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .recordUs */ .YP)(this.serviceTime, serviceUs);
        (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .recordUs */ .YP)(this.scheduleLag, lagUs);
    }
    /** Closes every interval that ended before `nowMs` (called by a timer too, for idle seconds). */
    advance(nowMs) {
        while (nowMs >= this.intervalEndMs && this.intervalEndMs < this.windowEndMs) {
            this.closeInterval();
        }
    }
    /** Closes the last interval and returns what was measured; frees the histograms. */
    finish() {
        if (this.finished)
            throw new Error('LevelRecorder.finish called twice');
        this.finished = true;
        while (this.intervalStartMs < this.windowEndMs)
            this.closeInterval();
        const cpu = process.cpuUsage(this.cpuAtWindowStart);
        const threadCpuAtEnd = 
        // Stryker disable next-line ConditionalExpression,OptionalChaining: equivalent, without a start figure the result below leaves the worker CPU out either way
        this.threadCpuAtWindowStart !== undefined ? this.threadCpuUs?.() : undefined;
        this.eventLoop.disable();
        this.windowEventLoop.disable();
        const result = {
            startEpochMs: this.epochOffsetMs + this.windowStartMs,
            durationMs: this.windowEndMs - this.windowStartMs,
            success: this.success,
            failures: { ...this.failures },
            ...(this.refusals.backPressure + this.refusals.rateLimited > 0
                ? { refusals: { ...this.refusals } }
                : {}),
            ...statusRecord(this.statuses),
            ...(this.checkReasons.size > 0
                ? { checkFailures: Object.fromEntries(this.checkReasons) }
                : {}),
            bytesSent: this.bytesSent,
            bytesReceived: this.bytesReceived,
            latency: (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeHistogram */ .ll)(this.latency),
            failureLatency: (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeHistogram */ .ll)(this.failureLatency),
            serviceTime: this.serviceTime ? (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeHistogram */ .ll)(this.serviceTime) : undefined,
            scheduleLag: this.scheduleLag ? (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeHistogram */ .ll)(this.scheduleLag) : undefined,
            intervals: this.intervals,
            generatorCpuUs: cpu.user + cpu.system,
            // A worker thread's own CPU: the process figure above is every thread's together.
            // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, an end figure is only read when there is a start figure
            ...(threadCpuAtEnd !== undefined && this.threadCpuAtWindowStart !== undefined
                ? { workerCpuUs: [Math.max(0, threadCpuAtEnd - this.threadCpuAtWindowStart)] }
                : {}),
            eventLoopDelayP99Us: nsToUs(this.windowEventLoop.percentile(99)),
            lateSends: this.lateSends,
            droppedSends: this.droppedSends,
        };
        // Stryker disable ArrayDeclaration,ConditionalExpression: not observable in a test, these only free WebAssembly memory
        for (const h of [this.latency, this.failureLatency, this.interval])
            (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .destroyHistogram */ .rl)(h);
        if (this.serviceTime)
            (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .destroyHistogram */ .rl)(this.serviceTime);
        if (this.scheduleLag)
            (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .destroyHistogram */ .rl)(this.scheduleLag);
        // Stryker restore ArrayDeclaration,ConditionalExpression
        return result;
    }
    /** Discards everything (an interrupted warm-up, a failed start). */
    // Stryker disable all: not observable in a test, disposing only stops the event-loop monitors and frees WebAssembly memory
    dispose() {
        if (this.finished)
            return;
        this.finished = true;
        this.eventLoop.disable();
        this.windowEventLoop.disable();
        for (const h of [this.latency, this.failureLatency, this.interval])
            (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .destroyHistogram */ .rl)(h);
        if (this.serviceTime)
            (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .destroyHistogram */ .rl)(this.serviceTime);
        if (this.scheduleLag)
            (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .destroyHistogram */ .rl)(this.scheduleLag);
    }
    // Stryker restore all
    /** Ends the measured window early (interruption): later results are not recorded. */
    truncate(nowMs) {
        // Stryker disable next-line EqualityOperator: equivalent, cutting at the window's own end changes nothing
        if (nowMs < this.windowEndMs) {
            this.windowEndMs = Math.max(nowMs, this.intervalStartMs + 1);
            this.intervalEndMs = Math.min(this.intervalEndMs, this.windowEndMs);
        }
    }
    closeInterval() {
        const cpu = process.cpuUsage(this.cpuAtIntervalStart);
        this.cpuAtIntervalStart = process.cpuUsage();
        const endMs = this.intervalEndMs;
        // Once a second: memory flat over a long run is a property the reports can show.
        const memory = process.memoryUsage();
        this.intervals.push({
            startEpochMs: this.epochOffsetMs + this.intervalStartMs,
            endEpochMs: this.epochOffsetMs + endMs,
            success: this.intervalSuccess,
            failures: this.intervalFailures,
            latency: (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeHistogram */ .ll)(this.interval),
            generatorCpuUs: cpu.user + cpu.system,
            eventLoopDelayP99Us: nsToUs(this.eventLoop.percentile(99)),
            generatorHeapUsedBytes: memory.heapUsed,
            generatorRssBytes: memory.rss,
        });
        this.lastIntervalRps =
            (this.intervalSuccess * 1000) / Math.max(1, endMs - this.intervalStartMs);
        this.lastIntervalP99Us =
            // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, an empty histogram's p99 is 0
            this.interval.totalCount > 0 ? this.interval.getValueAtPercentile(99) : 0;
        this.eventLoop.reset();
        this.latency.add(this.interval);
        this.interval.reset();
        this.intervalSuccess = 0;
        this.intervalFailures = 0;
        this.intervalStartMs = endMs;
        this.intervalEndMs = Math.min(endMs + INTERVAL_MS, this.windowEndMs);
    }
}
function statusRecord(statuses) {
    let record;
    // Stryker disable next-line EqualityOperator: equivalent, the entry past the end is undefined and counts nothing
    for (let s = 0; s < statuses.length; s++) {
        if (statuses[s] > 0)
            (record ??= {})[String(s)] = statuses[s];
    }
    return record ? { httpStatuses: record } : {};
}
function nsToUs(ns) {
    return Number.isFinite(ns) ? Math.round(ns / 1000) : 0;
}
//# sourceMappingURL=level-recorder.js.map

/***/ }),

/***/ 55618:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gb: () => (/* binding */ runLevelInWorkers),
/* harmony export */   serveLevelWorker: () => (/* binding */ serveLevelWorker)
/* harmony export */ });
/* unused harmony export splitLevel */
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var _level_worker_role_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55768);
/* harmony import */ var _generator_heap_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63166);
/* harmony import */ var _stats_histogram_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49425);
/* harmony import */ var _merge_measurements_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34718);
/* harmony import */ var _run_level_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28824);
/* harmony import */ var _http_choose_connection_factory_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(32229);
/**
 * Spreads a level over worker threads (`load.workers`), for load VMs with more cores than one
 * event loop can use. Each worker runs its share of the connections or rate from a common start
 * time; the main thread merges their measurements from the encoded histograms. The worker code
 * is the running entry point itself (started again with a marker in `workerData`), so bundled
 * single-file entry points need no extra file: every entry point that can run a level (the CLI,
 * the load-VM runner, the action's main step) serves the worker when `isLevelWorker()`.
 */







const ROLE = _level_worker_role_js__WEBPACK_IMPORTED_MODULE_1__/* .LEVEL_WORKER_ROLE */ .b;

/** Serves the level task of this worker thread (call from the entry point when `isLevelWorker()`). */
async function serveLevelWorker(services = {}) {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    const task = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData.task;
    const controller = new AbortController();
    port.on('message', (m) => {
        if (m.type === 'abort')
            controller.abort();
    });
    try {
        await (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_3__/* .initHistograms */ .ay)();
        const waitMs = task.startAtEpochMs - Date.now();
        if (waitMs > 0)
            await new Promise((r) => setTimeout(r, waitMs));
        const measurement = await (0,_run_level_js__WEBPACK_IMPORTED_MODULE_5__/* .runLevel */ .m)({
            scenario: task.scenario,
            load: task.load,
            level: task.level,
            nominalLevel: task.nominalLevel,
            baseUrl: task.baseUrl,
            factory: await (0,_http_choose_connection_factory_js__WEBPACK_IMPORTED_MODULE_6__/* .chooseConnectionFactory */ .A)(task.baseUrl, task.transport),
            signal: controller.signal,
            ...(services.threadCpuUs ? { threadCpuUs: services.threadCpuUs } : {}),
            onProgress: (progress) => port.postMessage({ type: 'progress', progress }),
        });
        port.postMessage({ type: 'done', measurement });
    }
    catch (error) {
        port.postMessage({
            type: 'error',
            message: error instanceof Error ? error.message : String(error),
        });
    }
    finally {
        port.close();
    }
}
/** Runs a level across worker threads and returns the merged measurement. */
async function runLevelInWorkers(run) {
    const shares = splitLevel(run.level, run.workers, run.load.model);
    const startAtEpochMs = Date.now() + 200 + 20 * shares.length;
    const latest = shares.map(() => undefined);
    const results = await Promise.all(shares.map((share, index) => new Promise((resolve, reject) => {
        const task = {
            scenario: run.scenario,
            load: run.load,
            level: share,
            nominalLevel: run.nominalLevel,
            baseUrl: run.baseUrl,
            transport: run.transport,
            startAtEpochMs,
        };
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(run.script, {
            workerData: { role: ROLE, task },
            // A small young generation keeps the thread's memory flat (generator-heap.ts).
            resourceLimits: { maxYoungGenerationSizeMb: _generator_heap_js__WEBPACK_IMPORTED_MODULE_2__/* .GENERATOR_WORKER_YOUNG_GENERATION_MB */ .p4 },
        });
        const onAbort = () => worker.postMessage({ type: 'abort' });
        run.signal?.addEventListener('abort', onAbort, { once: true });
        let settled = false;
        worker.on('message', (m) => {
            if (m.type === 'progress') {
                latest[index] = m.progress;
                if (index === 0 && run.onProgress)
                    run.onProgress(combineProgress(m.progress, latest));
            }
            else if (m.type === 'done') {
                settled = true;
                resolve(m.measurement);
            }
            else {
                settled = true;
                reject(new Error(`worker ${index + 1}: ${m.message}`));
            }
        });
        worker.on('error', (e) => {
            settled = true;
            reject(e);
        });
        worker.on('exit', (code) => {
            run.signal?.removeEventListener('abort', onAbort);
            if (!settled)
                reject(new Error(`worker ${index + 1} exited with code ${code} before finishing`));
        });
    })));
    return (0,_merge_measurements_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeLevelMeasurements */ .E)(results, 'max');
}
/** Splits a level among workers: connections as whole numbers (at least one each), rates evenly. */
function splitLevel(level, workers, model) {
    if (model === 'open')
        return Array.from({ length: workers }, () => level / workers);
    const n = Math.max(1, Math.min(workers, Math.round(level)));
    const base = Math.floor(level / n);
    const extra = Math.round(level) - base * n;
    return Array.from({ length: n }, (_, i) => base + (i < extra ? 1 : 0));
}
function combineProgress(own, all) {
    const seen = all.filter((p) => p !== undefined);
    return {
        ...own,
        successRps: seen.reduce((n, p) => n + p.successRps, 0),
        p99Us: Math.max(...seen.map((p) => p.p99Us)),
        failures: seen.reduce((n, p) => n + p.failures, 0),
    };
}
//# sourceMappingURL=level-workers.js.map

/***/ }),

/***/ 34718:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ mergeLevelMeasurements)
/* harmony export */ });
/* harmony import */ var _stats_histogram_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49425);
/* harmony import */ var _level_recorder_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68071);


/** Merges the parts of one level; `parts` must all be the same scenario and level. */
function mergeLevelMeasurements(parts, cpu) {
    const first = parts[0];
    if (first === undefined)
        throw new Error('mergeLevelMeasurements needs at least one part');
    if (parts.length === 1)
        return first;
    for (const p of parts) {
        if (p.scenario !== first.scenario || p.level !== first.level) {
            throw new Error(`cannot merge ${p.scenario} @ ${p.level} into ${first.scenario} @ ${first.level}`);
        }
    }
    const sum = (f) => parts.reduce((n, p) => n + f(p), 0);
    const optionalSum = (f) => parts.some((p) => f(p) !== undefined) ? sum((p) => f(p) ?? 0) : undefined;
    const failures = {
        connect: sum((p) => p.failures.connect),
        timeout: sum((p) => p.failures.timeout),
        reset: sum((p) => p.failures.reset),
        protocol: sum((p) => p.failures.protocol ?? 0),
        httpStatus: sum((p) => p.failures.httpStatus),
        check: sum((p) => p.failures.check),
        unfinished: sum((p) => p.failures.unfinished ?? 0),
    };
    const start = Math.min(...parts.map((p) => p.startEpochMs));
    const end = Math.max(...parts.map((p) => p.startEpochMs + p.durationMs));
    const merged = {
        scenario: first.scenario,
        model: first.model,
        level: first.level,
        connections: sum((p) => p.connections),
        pipelining: first.pipelining,
        ...(first.offeredRps !== undefined ? { offeredRps: sum((p) => p.offeredRps ?? 0) } : {}),
        startEpochMs: start,
        warmupMs: first.warmupMs,
        durationMs: end - start,
        cooldownMs: first.cooldownMs,
        success: sum((p) => p.success),
        failures,
        bytesSent: sum((p) => p.bytesSent),
        bytesReceived: sum((p) => p.bytesReceived),
        latency: mergeEncoded(parts.map((p) => p.latency)),
        failureLatency: mergeEncoded(parts.map((p) => p.failureLatency)),
        intervals: mergeIntervals(parts, cpu),
        generatorCpuUs: cpu === 'sum'
            ? sum((p) => p.generatorCpuUs)
            : Math.max(...parts.map((p) => p.generatorCpuUs)),
        eventLoopDelayP99Us: Math.max(...parts.map((p) => p.eventLoopDelayP99Us)),
        interrupted: parts.some((p) => p.interrupted),
    };
    if (parts.some((p) => p.refusals !== undefined)) {
        merged.refusals = {
            backPressure: sum((p) => p.refusals?.backPressure ?? 0),
            rateLimited: sum((p) => p.refusals?.rateLimited ?? 0),
        };
    }
    const httpStatuses = mergeCounts(parts.map((p) => p.httpStatuses));
    if (httpStatuses)
        merged.httpStatuses = httpStatuses;
    const checkFailures = mergeCounts(parts.map((p) => p.checkFailures));
    if (checkFailures)
        merged.checkFailures = capReasons(checkFailures);
    const late = optionalSum((p) => p.lateSends);
    const dropped = optionalSum((p) => p.droppedSends);
    if (late !== undefined)
        merged.lateSends = late;
    if (dropped !== undefined)
        merged.droppedSends = dropped;
    // Each worker thread's own CPU, in part order: known only when every part measured its own.
    if (parts.every((p) => p.workerCpuUs !== undefined)) {
        merged.workerCpuUs = parts.flatMap((p) => p.workerCpuUs);
    }
    if (parts.every((p) => p.serviceTime !== undefined)) {
        merged.serviceTime = mergeEncoded(parts.map((p) => p.serviceTime));
    }
    if (parts.every((p) => p.scheduleLag !== undefined)) {
        merged.scheduleLag = mergeEncoded(parts.map((p) => p.scheduleLag));
    }
    return merged;
}
/** Adds up counts by key (status code, reason); undefined when no part has any. */
function mergeCounts(parts) {
    let merged;
    for (const part of parts) {
        if (!part)
            continue;
        for (const [key, n] of Object.entries(part)) {
            merged ??= {};
            merged[key] = (merged[key] ?? 0) + n;
        }
    }
    return merged;
}
/** Keeps the most frequent reasons, as one recorder would; the rest go under one key. */
function capReasons(reasons) {
    const entries = Object.entries(reasons);
    if (entries.length <= _level_recorder_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_CHECK_FAILURE_REASONS */ .XH)
        return reasons;
    const other = reasons[_level_recorder_js__WEBPACK_IMPORTED_MODULE_1__/* .OTHER_CHECK_FAILURES */ .AX] ?? 0;
    const named = entries.filter(([key]) => key !== _level_recorder_js__WEBPACK_IMPORTED_MODULE_1__/* .OTHER_CHECK_FAILURES */ .AX).sort((a, b) => b[1] - a[1]);
    const kept = named.slice(0, _level_recorder_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_CHECK_FAILURE_REASONS */ .XH - 1);
    const rest = named.slice(_level_recorder_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_CHECK_FAILURE_REASONS */ .XH - 1).reduce((n, [, v]) => n + v, other);
    return { ...Object.fromEntries(kept), [_level_recorder_js__WEBPACK_IMPORTED_MODULE_1__/* .OTHER_CHECK_FAILURES */ .AX]: rest };
}
function mergeIntervals(parts, cpu) {
    const count = Math.max(...parts.map((p) => p.intervals.length));
    const out = [];
    for (let i = 0; i < count; i++) {
        const slice = parts
            .map((p) => p.intervals[i])
            .filter((x) => x !== undefined);
        out.push({
            startEpochMs: Math.min(...slice.map((x) => x.startEpochMs)),
            endEpochMs: Math.max(...slice.map((x) => x.endEpochMs)),
            success: slice.reduce((n, x) => n + x.success, 0),
            failures: slice.reduce((n, x) => n + x.failures, 0),
            latency: mergeEncoded(slice.map((x) => x.latency)),
            generatorCpuUs: cpu === 'sum'
                ? slice.reduce((n, x) => n + x.generatorCpuUs, 0)
                : Math.max(...slice.map((x) => x.generatorCpuUs)),
            eventLoopDelayP99Us: Math.max(...slice.map((x) => x.eventLoopDelayP99Us)),
            ...mergeMemory(slice, cpu),
        });
    }
    return out;
}
/**
 * Memory of one interval over the parts: heaps add up (each worker thread has its own V8 heap,
 * each agent its own process); resident memory adds up over processes but is one figure for the
 * threads of one process.
 */
function mergeMemory(slice, cpu) {
    const out = {};
    if (slice.every((x) => x.generatorHeapUsedBytes !== undefined)) {
        out.generatorHeapUsedBytes = slice.reduce((n, x) => n + x.generatorHeapUsedBytes, 0);
    }
    if (slice.every((x) => x.generatorRssBytes !== undefined)) {
        const rss = slice.map((x) => x.generatorRssBytes);
        out.generatorRssBytes = cpu === 'sum' ? rss.reduce((a, b) => a + b, 0) : Math.max(...rss);
    }
    return out;
}
function mergeEncoded(encoded) {
    const total = (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeEncodedHistograms */ .uE)(encoded);
    try {
        return (0,_stats_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .encodeHistogram */ .ll)(total);
    }
    finally {
        total.destroy();
    }
}
//# sourceMappingURL=merge-measurements.js.map

/***/ }),

/***/ 6782:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dj: () => (/* binding */ compileResponseCheck)
/* harmony export */ });
/* unused harmony exports refusalClassOf, bodyOverLimitReason, BODY_NOT_JSON, NO_BODY */
/* harmony import */ var _config_json_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82107);

/** The refusal class of a status code, when it is one (503 or 429). */
function refusalClassOf(status) {
    if (status === 503)
        return 'backPressure';
    if (status === 429)
        return 'rateLimited';
    return undefined;
}
/** Most characters of an evaluation error kept in a reason (reasons are counted by text). */
const MAX_ERROR_CHARS = 120;
/** Reason of a check failed because the body was longer than `maxBodyBytes`. */
function bodyOverLimitReason(maxBodyBytes) {
    return `body longer than the ${maxBodyBytes}-byte check limit (load.maxCheckBodyBytes): not checked`;
}
/** Reason of a check failed because the body was not JSON. */
const BODY_NOT_JSON = 'body is not JSON';
/** Reason of a check failed because there was no body to check. */
const NO_BODY = 'no body to check';
/** Compiles a scenario's checks once per level; `maxBodyBytes` is the limit the transport applies. */
function compileResponseCheck(plan, maxBodyBytes) {
    const accepted = new Uint8Array(1000);
    for (const s of plan.status)
        if (s >= 0 && s < 1000)
            accepted[s] = 1;
    const json = plan.json.map((p) => ({
        predicate: (0,_config_json_check_js__WEBPACK_IMPORTED_MODULE_0__/* .compileJsonCheck */ .O0)(p),
        failed: `${p.source} did not hold`,
        source: p.source,
    }));
    const contains = plan.bodyContains.map((s) => ({
        needle: Buffer.from(s, 'utf8'),
        failed: `body does not contain ${JSON.stringify(s)}`,
    }));
    const needsBody = json.length > 0 || contains.length > 0;
    const overLimit = bodyOverLimitReason(maxBodyBytes);
    const result = {
        needsBody,
        lastFailure: '',
        check(status, body, bodyOverLimit = false) {
            if (accepted[status] !== 1)
                return refusalClassOf(status) ?? 'httpStatus';
            if (!needsBody)
                return 'success';
            if (bodyOverLimit)
                return fail(overLimit);
            if (body === null)
                return fail(NO_BODY);
            for (const c of contains)
                if (body.indexOf(c.needle) === -1)
                    return fail(c.failed);
            if (json.length > 0) {
                let doc;
                try {
                    doc = JSON.parse(body.toString('utf8'));
                }
                catch {
                    return fail(BODY_NOT_JSON);
                }
                for (const c of json) {
                    let ok;
                    try {
                        ok = c.predicate(doc);
                    }
                    catch (error) {
                        return fail(`${c.source} could not be evaluated: ${errorText(error)}`);
                    }
                    if (!ok)
                        return fail(c.failed);
                }
            }
            return 'success';
        },
    };
    function fail(reason) {
        result.lastFailure = reason;
        return 'check';
    }
    return result;
}
function errorText(error) {
    const text = error instanceof Error ? error.message : String(error);
    return text.length > MAX_ERROR_CHARS ? `${text.slice(0, MAX_ERROR_CHARS - 1)}…` : text;
}
//# sourceMappingURL=response-check.js.map

/***/ }),

/***/ 28824:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ runLevel)
});

// UNUSED EXPORTS: DRAIN_GRACE_MS

// EXTERNAL MODULE: ./lib/core/config/schema.js
var schema = __webpack_require__(54259);
// EXTERNAL MODULE: ./lib/core/report/model.js
var model = __webpack_require__(18563);
;// CONCATENATED MODULE: ./lib/core/engine/closed-loop.js
/** Pause before a slot retries after a connect failure, so a dead target is not hammered. */
const CONNECT_BACKOFF_MS = 100;
class ClosedSlot {
    loop;
    conn;
    /** When the request in flight was sent. */
    startMs = 0;
    /** A request was sent and has not been answered or failed yet. */
    inFlight = false;
    bytesOut = 0;
    constructor(loop, conn) {
        this.loop = loop;
        this.conn = conn;
    }
    send() {
        if (this.loop.stopped)
            return;
        const request = this.loop.input.cycle.take();
        this.bytesOut = request.raw.length;
        this.startMs = this.loop.input.now();
        this.inFlight = true;
        this.conn.send(request, this);
    }
    onResponse(status, body, bytesReceived, bodyOverLimit) {
        this.inFlight = false;
        if (this.loop.stopped)
            return;
        const end = this.loop.input.now();
        const recorder = this.loop.input.recorder();
        if (recorder !== null && end >= recorder.windowStartMs && end < recorder.windowEndMs) {
            const check = this.loop.input.check;
            const outcome = check.check(status, body, bodyOverLimit);
            recorder.bytesSent += this.bytesOut;
            recorder.record(outcome, (end - this.startMs) * 1000, end, bytesReceived);
            if (outcome === 'httpStatus')
                recorder.noteStatus(status);
            else if (outcome === 'check')
                recorder.noteCheckFailure(check.lastFailure);
        }
        this.send();
    }
    onFailure(failure) {
        this.inFlight = false;
        if (this.loop.stopped)
            return;
        const end = this.loop.input.now();
        const recorder = this.loop.input.recorder();
        if (recorder !== null && end >= recorder.windowStartMs && end < recorder.windowEndMs) {
            recorder.record(failure, (end - this.startMs) * 1000, end, 0);
        }
        if (failure === 'connect') {
            setTimeout(() => this.send(), CONNECT_BACKOFF_MS).unref();
        }
        else {
            this.send();
        }
    }
}
/** Drives a closed-model level until `stop()`. */
class ClosedLoop {
    input;
    stopped = false;
    conns = [];
    slots = [];
    constructor(input) {
        this.input = input;
    }
    /** Opens the connections and fills every pipelining slot. */
    start() {
        for (let c = 0; c < this.input.connections; c++) {
            const conn = this.input.factory(this.input.connection);
            this.conns.push(conn);
            for (let p = 0; p < this.input.connection.pipelining; p++) {
                const slot = new ClosedSlot(this, conn);
                this.slots.push(slot);
                slot.send();
            }
        }
    }
    /**
     * The window closed at `endMs`: counts every request outstanding since before it opened as
     * `unfinished` (its wait so far as its latency) and returns how many there were.
     */
    countUnfinished(recorder, endMs) {
        let n = 0;
        for (const slot of this.slots) {
            if (slot.inFlight && slot.startMs < recorder.windowStartMs) {
                recorder.record('unfinished', (endMs - slot.startMs) * 1000, endMs, 0);
                n++;
            }
        }
        return n;
    }
    /** Stops sending and closes the connections (in-flight requests are not counted). */
    async stop() {
        this.stopped = true;
        await Promise.all(this.conns.map((c) => c.close()));
    }
}
//# sourceMappingURL=closed-loop.js.map
;// CONCATENATED MODULE: ./lib/core/engine/open-schedule.js
/**
 * Open-model schedule maths: request i is due at start + i / rate, evenly spaced, never a
 * per-second burst. Pure functions, so the spacing can be checked exactly.
 */
/** Intended send time of request `index` (ms on the caller's clock). */
function intendedTimeMs(startMs, rateRps, index) {
    return startMs + (index * 1000) / rateRps;
}
/** How many requests are due at `nowMs` (indices `0 … n-1`), never more than `limit`. */
function dueCount(startMs, rateRps, nowMs, limit) {
    if (nowMs < startMs)
        return 0;
    const n = Math.floor(((nowMs - startMs) * rateRps) / 1000) + 1;
    return n > limit ? limit : n;
}
/** Number of requests a phase of `durationMs` holds at `rateRps`. */
function requestsIn(durationMs, rateRps) {
    return Math.round((durationMs * rateRps) / 1000);
}
/**
 * Default cap on connections carrying an open-model level: enough for the rate at 50 ms of
 * latency, at least 16, at most 1,024. Connections open lazily, so a fast target uses few.
 */
function defaultOpenConnections(rateRps) {
    return Math.min(1024, Math.max(16, Math.ceil(rateRps / 20)));
}
//# sourceMappingURL=open-schedule.js.map
;// CONCATENATED MODULE: ./lib/core/engine/open-loop.js
/**
 * Open model: requests arrive at a constant rate whatever the target does. Request i is due at
 * start + i / rate; it goes out on a free slot, or waits in a queue for one (then it is late).
 * Latency runs from the *intended* send time, so a stalled target cannot hide its stall by
 * slowing the generator down (no coordinated omission). A request counts when its intended
 * time falls inside the measured window. Every arrival of the window ends in exactly one place:
 * an outcome (success or a failure class), or `droppedSends` when no connection was free for it
 * before the window closed (or it queued longer than the request timeout). When the window
 * closes nothing more is sent; what is in flight is drained up to a deadline, and what is still
 * unanswered then is counted `unfinished`.
 */

/** A send that left more than this after its intended time is counted late (timers have ~1 ms granularity). */
const LATE_THRESHOLD_MS = 2;
/**
 * After the window closes, arrivals queued for a connection may still leave for this long (a
 * busy but healthy target frees one within it); later they are dropped, so a hung target's
 * queue is not sent one request timeout after another.
 */
const CLOSE_SEND_GRACE_MS = 100;
class OpenSlot {
    loop;
    conn;
    /** Intended send time of the request in flight. */
    intendedMs = 0;
    sentMs = 0;
    bytesOut = 0;
    // Stryker disable next-line BooleanLiteral: equivalent, a slot never sent on has intended time 0, outside every window, so abandonInFlight counts nothing for it
    busy = false;
    constructor(loop, conn) {
        this.loop = loop;
        this.conn = conn;
    }
    send(intendedMs) {
        const request = this.loop.input.cycle.take();
        this.busy = true;
        this.intendedMs = intendedMs;
        this.bytesOut = request.raw.length;
        this.sentMs = this.loop.input.now();
        this.loop.noteSend(intendedMs, this.sentMs);
        this.conn.send(request, this);
    }
    onResponse(status, body, bytesReceived, bodyOverLimit) {
        if (this.loop.stopped)
            return;
        const end = this.loop.input.now();
        const rec = this.loop.input.recorder;
        if (this.intendedMs >= rec.windowStartMs && this.intendedMs < rec.windowEndMs) {
            const check = this.loop.input.check;
            const outcome = check.check(status, body, bodyOverLimit);
            rec.bytesSent += this.bytesOut;
            rec.record(outcome, (end - this.intendedMs) * 1000, end, bytesReceived);
            rec.recordOpenTimes((end - this.sentMs) * 1000, (this.sentMs - this.intendedMs) * 1000);
            if (outcome === 'httpStatus')
                rec.noteStatus(status);
            else if (outcome === 'check')
                rec.noteCheckFailure(check.lastFailure);
        }
        this.loop.release(this);
    }
    onFailure(failure) {
        if (this.loop.stopped)
            return;
        const end = this.loop.input.now();
        const rec = this.loop.input.recorder;
        if (this.intendedMs >= rec.windowStartMs && this.intendedMs < rec.windowEndMs) {
            rec.record(failure, (end - this.intendedMs) * 1000, end, 0);
        }
        this.loop.release(this);
    }
}
/** Drives an open-model level; `run()` resolves once every request was sent and answered. */
class OpenLoop {
    input;
    stopped = false;
    next = 0;
    idle = [];
    // Stryker disable next-line ArrayDeclaration: equivalent, abandonInFlight skips an entry that is not a busy slot
    slots = [];
    conns = [];
    /** The window closed: nothing more is scheduled. */
    sendingClosed = false;
    /** After the window closed, queued arrivals may still leave until then. */
    sendUntilMs = Number.POSITIVE_INFINITY;
    slotsInFlight = 0;
    /** Intended times of due requests waiting for a free slot (FIFO, head index). */
    queue = [];
    queueHead = 0;
    timer = null;
    resolveDone = null;
    requestTimeoutMs;
    constructor(input) {
        this.input = input;
        this.requestTimeoutMs = input.connection.requestTimeoutMs;
    }
    /** Sends the schedule; resolves when all requests are done or `stop()` was called. */
    run() {
        return new Promise((resolve) => {
            this.resolveDone = resolve;
            this.tick();
        });
    }
    /** Stops at once: nothing more is sent, connections close. */
    async stop() {
        this.stopped = true;
        this.clearTimer();
        await Promise.all(this.conns.map((c) => c.close()));
        this.finish();
    }
    /**
     * The measured window closed: every arrival still due is handed out now, and arrivals that
     * find no free connection within `CLOSE_SEND_GRACE_MS` are dropped. Nothing else is sent;
     * what is in flight drains.
     */
    closeWindow() {
        if (this.sendingClosed)
            return;
        this.clearTimer();
        const { startMs, rateRps, totalRequests } = this.input;
        // Due arrivals the timer had not reached yet (they are at most a timer tick late).
        for (; this.next < totalRequests; this.next++) {
            this.dispatch(intendedTimeMs(startMs, rateRps, this.next));
        }
        this.sendingClosed = true;
        this.sendUntilMs = this.input.now() + CLOSE_SEND_GRACE_MS;
        if (this.queueLength() > 0) {
            this.timer = setTimeout(() => {
                this.timer = null;
                this.dropQueued();
                this.maybeFinish();
            }, CLOSE_SEND_GRACE_MS);
        }
        else {
            this.maybeFinish();
        }
    }
    /**
     * The drain deadline passed at `nowMs`: counts every request of the window still in flight
     * as `unfinished` (its wait so far as its latency) and returns how many there were. Call
     * `stop()` next.
     */
    abandonInFlight(nowMs) {
        this.dropQueued();
        const rec = this.input.recorder;
        let n = 0;
        for (const slot of this.slots) {
            if (!slot.busy)
                continue;
            slot.busy = false;
            if (slot.intendedMs >= rec.windowStartMs && slot.intendedMs < rec.windowEndMs) {
                rec.record('unfinished', (nowMs - slot.intendedMs) * 1000, nowMs, 0);
                n++;
            }
        }
        return n;
    }
    /** Counts a late send. */
    noteSend(intendedMs, sentMs) {
        const rec = this.input.recorder;
        if (sentMs - intendedMs > LATE_THRESHOLD_MS &&
            intendedMs >= rec.windowStartMs &&
            intendedMs < rec.windowEndMs) {
            rec.lateSends++;
        }
    }
    /** A slot finished its request: give it the oldest waiting request, or park it. */
    release(slot) {
        slot.busy = false;
        this.slotsInFlight--;
        const intended = 
        // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: equivalent, the grace timer set when the window closed drops the queue at that same moment
        this.sendingClosed && this.input.now() > this.sendUntilMs ? undefined : this.takeQueued();
        if (intended !== undefined) {
            this.slotsInFlight++;
            slot.send(intended);
        }
        else {
            this.idle.push(slot);
            this.maybeFinish();
        }
    }
    tick = () => {
        this.timer = null;
        // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, stop() and closeWindow() clear the timer that would run this, and closeWindow() leaves nothing to dispatch
        if (this.stopped || this.sendingClosed)
            return;
        const { startMs, rateRps, totalRequests } = this.input;
        const now = this.input.now();
        while (this.next < totalRequests) {
            const due = intendedTimeMs(startMs, rateRps, this.next);
            if (due > now)
                break;
            this.dispatch(due);
            this.next++;
        }
        this.dropExpired(now);
        if (this.next < totalRequests) {
            const waitMs = intendedTimeMs(startMs, rateRps, this.next) - this.input.now();
            // Timers have millisecond granularity: above ~1,000 req/s sends go out in one-millisecond
            // batches (their lag is measured and reported) rather than spinning the event loop.
            this.timer =
                // Stryker disable next-line EqualityOperator: equivalent, the boundary only picks which of two timers runs the same tick
                waitMs <= 0.05
                    ? setImmediate(this.tick)
                    : // Stryker disable next-line MethodExpression: equivalent in what is sent, a shorter wait only runs more ticks that find nothing due
                        setTimeout(this.tick, Math.max(1, Math.floor(waitMs)));
        }
        else if (this.queueLength() > 0) {
            this.timer = setTimeout(this.tick, 10);
        }
        else {
            this.maybeFinish();
        }
    };
    dispatch(intendedMs) {
        let slot = this.idle.pop();
        if (slot === undefined && this.conns.length < this.input.maxConnections) {
            const conn = this.input.factory(this.input.connection);
            this.conns.push(conn);
            for (let p = 1; p < this.input.connection.pipelining; p++) {
                const spare = new OpenSlot(this, conn);
                this.slots.push(spare);
                this.idle.push(spare);
            }
            slot = new OpenSlot(this, conn);
            this.slots.push(slot);
        }
        if (slot === undefined) {
            this.queue.push(intendedMs);
            return;
        }
        this.slotsInFlight++;
        slot.send(intendedMs);
    }
    /** Requests that waited longer than the request timeout for a slot are dropped, not sent. */
    dropExpired(now) {
        const rec = this.input.recorder;
        while (this.queueHead < this.queue.length) {
            const intended = this.queue[this.queueHead];
            if (now - intended < this.requestTimeoutMs)
                break;
            this.queueHead++;
            if (intended >= rec.windowStartMs && intended < rec.windowEndMs)
                rec.droppedSends++;
        }
        this.compactQueue();
    }
    /** Counts every arrival still waiting for a connection as dropped, and forgets them. */
    dropQueued() {
        const rec = this.input.recorder;
        // Stryker disable next-line EqualityOperator: equivalent, the entry past the end is undefined and inside no window
        for (let i = this.queueHead; i < this.queue.length; i++) {
            const intended = this.queue[i];
            if (intended >= rec.windowStartMs && intended < rec.windowEndMs)
                rec.droppedSends++;
        }
        this.queue = [];
        this.queueHead = 0;
    }
    takeQueued() {
        if (this.queueHead >= this.queue.length)
            return undefined;
        const intended = this.queue[this.queueHead++];
        this.compactQueue();
        return intended;
    }
    queueLength() {
        return this.queue.length - this.queueHead;
    }
    compactQueue() {
        // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,ArithmeticOperator: equivalent in behaviour, when to compact only bounds memory (what compacting does is tested)
        if (this.queueHead > 1024 && this.queueHead * 2 > this.queue.length) {
            this.queue = this.queue.slice(this.queueHead);
            this.queueHead = 0;
        }
    }
    maybeFinish() {
        if (this.next >= this.input.totalRequests &&
            this.slotsInFlight === 0 &&
            // Stryker disable next-line ConditionalExpression: equivalent, every caller reaches here with the queue empty (a queued arrival keeps a timer or a slot waiting)
            this.queueLength() === 0) {
            this.finish();
        }
    }
    finish() {
        this.clearTimer();
        const done = this.resolveDone;
        this.resolveDone = null;
        done?.();
    }
    clearTimer() {
        // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, clearing an absent or already cleared timer does nothing
        if (this.timer === null)
            return;
        clearTimeout(this.timer);
        clearImmediate(this.timer);
        this.timer = null;
    }
}
//# sourceMappingURL=open-loop.js.map
// EXTERNAL MODULE: ./lib/core/engine/level-recorder.js
var level_recorder = __webpack_require__(68071);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
;// CONCATENATED MODULE: ./lib/core/engine/prepare-requests.js


/** Builds one prepared request per payload (one request when the scenario has no payloads). */
function prepareRequests(scenario, baseUrl) {
    const url = new URL(baseUrl);
    const basePath = url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '');
    const path = basePath + scenario.path;
    assertWireSafe(scenario, path);
    const host = url.host;
    const payloads = scenario.payloads.length > 0 ? scenario.payloads : [undefined];
    return payloads.map((payload) => {
        const body = payload ? Buffer.from(payload.body) : null;
        const headers = [];
        for (const [name, value] of Object.entries(scenario.headers)) {
            const lower = name.toLowerCase();
            // The transports own framing: a user-supplied length or host would desynchronise them.
            if (lower === 'content-length' || lower === 'host' || lower === 'transfer-encoding')
                continue;
            headers.push(lower, value);
        }
        let head = `${scenario.method} ${path} HTTP/1.1\r\nhost: ${host}\r\n`;
        for (let i = 0; i < headers.length; i += 2)
            head += `${headers[i]}: ${headers[i + 1]}\r\n`;
        if (body !== null || methodHasBody(scenario.method)) {
            head += `content-length: ${body?.length ?? 0}\r\n`;
        }
        head += '\r\n';
        const raw = body
            ? Buffer.concat([Buffer.from(head, 'latin1'), body])
            : Buffer.from(head, 'latin1');
        return {
            method: scenario.method,
            path,
            headers,
            body,
            raw,
            payloadName: payload?.name ?? '(no body)',
            dispatchOptions: { method: scenario.method, path, headers, body },
        };
    });
}
/** Throws `REQUEST_UNSAFE` when a method, path or header would not be one line on the wire. */
function assertWireSafe(scenario, path) {
    const problems = [];
    if (!schema/* HTTP_METHODS */.y8.includes(scenario.method)) {
        problems.push(`method ${JSON.stringify(scenario.method)} is not one of ${schema/* HTTP_METHODS */.y8.join(', ')}`);
    }
    if (!schema/* REQUEST_PATH_PATTERN */.F_.test(path)) {
        problems.push(`path ${JSON.stringify(path)} holds a space, control or non-ASCII character`);
    }
    for (const [name, value] of Object.entries(scenario.headers)) {
        if (!schema/* HEADER_NAME_PATTERN */.$c.test(name)) {
            problems.push(`header name ${JSON.stringify(name)} is not a token`);
        }
        else if (!schema/* HEADER_VALUE_PATTERN */.Rx.test(value)) {
            problems.push(`header ${name} holds CR, LF, NUL or another control character`);
        }
    }
    if (problems.length > 0) {
        throw (0,errors/* inputError */.Xu)('REQUEST_UNSAFE', `Scenario ${scenario.name}: ${problems.join('; ')}; nothing was sent.`, 'Remove line breaks and control characters from the method, path and header values (percent-encode the path).');
    }
}
function methodHasBody(method) {
    return method === 'POST' || method === 'PUT' || method === 'PATCH';
}
/**
 * The order in which payloads are sent, as indices: round-robin is 0,1,2,…; weighted uses
 * smooth weighted round-robin, so a 3:1 set sends A A B A rather than A A A B, and each cycle
 * has exactly the weights' proportions.
 */
function payloadOrder(payloads, order) {
    if (payloads.length === 0)
        return [0];
    if (order === 'round-robin')
        return payloads.map((_, i) => i);
    const weights = payloads.map((p) => Math.max(1, Math.round(p.weight)));
    const total = weights.reduce((a, b) => a + b, 0);
    const current = weights.map(() => 0);
    const sequence = [];
    for (let n = 0; n < total; n++) {
        let best = 0;
        for (let i = 0; i < weights.length; i++) {
            current[i] += weights[i];
            if (current[i] > current[best])
                best = i;
        }
        current[best] -= total;
        sequence.push(best);
    }
    return sequence;
}
/** Cycles through prepared requests in payload order; shared by every connection of a level. */
class RequestCycle {
    next = 0;
    sequence;
    constructor(requests, order) {
        this.sequence = order.map((i) => requests[i]);
    }
    /** The next request to send. */
    take() {
        const r = this.sequence[this.next];
        this.next = this.next + 1 === this.sequence.length ? 0 : this.next + 1;
        return r;
    }
}
//# sourceMappingURL=prepare-requests.js.map
// EXTERNAL MODULE: ./lib/core/engine/response-check.js
var response_check = __webpack_require__(6782);
;// CONCATENATED MODULE: ./lib/core/engine/run-level.js








/**
 * Open model: after the window, what is in flight gets one request timeout plus this margin
 * to finish, so each transport's own timeout (measured from its send, which may be up to
 * `CLOSE_SEND_GRACE_MS` after the window) decides first.
 */
const DRAIN_GRACE_MS = CLOSE_SEND_GRACE_MS + 100;
/** Runs a level and returns its measurement (`interrupted` when aborted). */
async function runLevel(run) {
    const now = run.now ?? (() => performance.now());
    const { load, scenario } = run;
    const requests = prepareRequests(scenario, run.baseUrl);
    const cycle = new RequestCycle(requests, payloadOrder(scenario.payloads, scenario.order));
    const maxBodyBytes = load.maxCheckBodyBytes ?? schema/* DEFAULT_MAX_CHECK_BODY_BYTES */.tS;
    const check = (0,response_check/* compileResponseCheck */.dj)(scenario.checks, maxBodyBytes);
    const connection = {
        origin: new URL(run.baseUrl).origin,
        pipelining: load.pipelining,
        connectTimeoutMs: load.connectTimeoutMs,
        requestTimeoutMs: load.requestTimeoutMs,
        keepBodies: check.needsBody,
        maxBodyBytes,
    };
    const phases = new PhaseClock(run, now);
    if (load.model === 'closed') {
        const connections = Math.max(1, Math.round(run.level));
        let recorder = null;
        const loop = new ClosedLoop({
            factory: run.factory,
            connection,
            connections,
            cycle,
            check,
            recorder: () => recorder,
            now,
        });
        loop.start();
        let interrupted = !(await phases.wait('warmup', load.warmupMs, () => null));
        const windowStart = now();
        recorder = new level_recorder/* LevelRecorder */.xR(windowStart, windowStart + load.durationMs, false, undefined, run.threadCpuUs);
        recorder.begin();
        if (!interrupted)
            interrupted = !(await phases.wait('measure', load.durationMs, () => recorder));
        if (interrupted)
            recorder.truncate(now());
        // A partial window says nothing about stalls: only a full one counts what outlasted it.
        else
            loop.countUnfinished(recorder, recorder.windowEndMs);
        await loop.stop();
        // Late and dropped sends are open-model notions: a closed level has none to report.
        const { lateSends: _late, droppedSends: _dropped, ...recorded } = recorder.finish();
        if (!interrupted)
            await phases.wait('cooldown', load.cooldownMs, () => null);
        return {
            scenario: scenario.name,
            model: 'closed',
            level: run.nominalLevel,
            connections,
            pipelining: load.pipelining,
            warmupMs: load.warmupMs,
            cooldownMs: load.cooldownMs,
            ...recorded,
            interrupted,
        };
    }
    const rate = run.level;
    const warmupCount = requestsIn(load.warmupMs, rate);
    const measuredCount = Math.max(1, requestsIn(load.durationMs, rate));
    const startMs = now() + 1;
    const windowStart = intendedTimeMs(startMs, rate, warmupCount);
    const windowEnd = intendedTimeMs(startMs, rate, warmupCount + measuredCount);
    const recorder = new level_recorder/* LevelRecorder */.xR(windowStart, windowEnd, true, undefined, run.threadCpuUs);
    const maxConnections = load.maxConnections ?? defaultOpenConnections(rate);
    const loop = new OpenLoop({
        factory: run.factory,
        connection,
        maxConnections,
        rateRps: rate,
        startMs,
        totalRequests: warmupCount + measuredCount,
        cycle,
        check,
        recorder,
        now,
    });
    const done = loop.run();
    let interrupted = !(await phases.wait('warmup', windowStart - now(), () => null));
    if (!interrupted) {
        recorder.begin();
        interrupted = !(await phases.wait('measure', windowEnd - now(), () => recorder));
    }
    if (!interrupted) {
        // Drain: nothing more is sent; requests of the window still in flight (a stalled target)
        // are waited for up to their timeout, since leaving them out would hide exactly the slow
        // ones. What a transport timeout did not end by then is counted unfinished.
        loop.closeWindow();
        const drained = await phases.drain(done, load.requestTimeoutMs + DRAIN_GRACE_MS);
        if (drained === 'aborted')
            interrupted = true;
        else if (drained === 'deadline')
            loop.abandonInFlight(now());
    }
    if (interrupted)
        recorder.truncate(now());
    await loop.stop();
    const recorded = recorder.finish();
    if (!interrupted)
        await phases.wait('cooldown', load.cooldownMs, () => null);
    return {
        scenario: scenario.name,
        model: 'open',
        level: run.nominalLevel,
        connections: maxConnections,
        pipelining: load.pipelining,
        offeredRps: rate,
        warmupMs: load.warmupMs,
        cooldownMs: load.cooldownMs,
        ...recorded,
        interrupted,
    };
}
/** Delay of the progress tick after each interval boundary. */
const TICK_OFFSET_MS = 20;
/** Waits through phases with a once-a-second tick for interval closing and progress. */
class PhaseClock {
    run;
    now;
    constructor(run, now) {
        this.run = run;
        this.now = now;
    }
    /** Resolves true after `ms`, or false as soon as the run is aborted. */
    wait(phase, ms, recorder) {
        const signal = this.run.signal;
        if (signal?.aborted)
            return Promise.resolve(false);
        const started = this.now();
        const phaseMs = Math.max(0, ms);
        return new Promise((resolve) => {
            let ticker = null;
            let firstTick = null;
            const finish = (ok) => {
                clearTimeout(timer);
                if (firstTick)
                    clearTimeout(firstTick);
                if (ticker)
                    clearInterval(ticker);
                signal?.removeEventListener('abort', onAbort);
                resolve(ok);
            };
            const onAbort = () => finish(false);
            const timer = setTimeout(() => finish(true), phaseMs);
            signal?.addEventListener('abort', onAbort, { once: true });
            if (phaseMs >= level_recorder/* INTERVAL_MS */.Fo || this.run.onProgress) {
                const tick = () => {
                    const rec = recorder();
                    const t = this.now();
                    rec?.advance(t);
                    if (!this.run.onProgress)
                        return;
                    const failures = rec ? sumFailures(rec) : 0;
                    this.run.onProgress({
                        scenario: this.run.scenario.name,
                        level: this.run.nominalLevel,
                        phase,
                        elapsedMs: t - started,
                        phaseMs,
                        successRps: rec?.lastIntervalRps ?? 0,
                        p99Us: rec?.lastIntervalP99Us ?? 0,
                        failures,
                    });
                };
                // Tick just after each one-second boundary, so the interval that just ended is closed
                // and reported rather than shown as zero.
                firstTick = setTimeout(() => {
                    tick();
                    ticker = setInterval(tick, level_recorder/* INTERVAL_MS */.Fo);
                    ticker.unref();
                }, level_recorder/* INTERVAL_MS */.Fo + TICK_OFFSET_MS);
                firstTick.unref();
            }
        });
    }
    /** Waits for `done`, at most `deadlineMs`, and says which came first (or an abort). */
    drain(done, deadlineMs) {
        const signal = this.run.signal;
        if (signal?.aborted)
            return Promise.resolve('aborted');
        return new Promise((resolve) => {
            const finish = (how) => {
                clearTimeout(timer);
                signal?.removeEventListener('abort', onAbort);
                resolve(how);
            };
            const onAbort = () => finish('aborted');
            const timer = setTimeout(() => finish('deadline'), deadlineMs);
            signal?.addEventListener('abort', onAbort, { once: true });
            void done.then(() => finish('drained'));
        });
    }
}
function sumFailures(rec) {
    return (0,model/* totalFailures */.o6)(rec.failures);
}
//# sourceMappingURL=run-level.js.map

/***/ })

};
