export const id = 954;
export const ids = [954];
export const modules = {

/***/ 954:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createUndiciConnection: () => (/* binding */ createUndiciConnection)
});

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(24371);
;// CONCATENATED MODULE: ./lib/core/engine/http/connection.js
/** Classifies a socket or client error into a transport failure class. */
function classifyTransportError(error) {
    switch (error.code) {
        case 'ECONNREFUSED':
        case 'ENOTFOUND':
        case 'EHOSTUNREACH':
        case 'ENETUNREACH':
        case 'EAI_AGAIN':
        case 'EADDRNOTAVAIL':
        case 'UND_ERR_CONNECT_TIMEOUT':
        case 'BENCH_CONNECT_TIMEOUT':
            return 'connect';
        case 'UND_ERR_HEADERS_TIMEOUT':
        case 'UND_ERR_BODY_TIMEOUT':
        case 'ETIMEDOUT':
        case 'BENCH_REQUEST_TIMEOUT':
            return 'timeout';
        case 'BENCH_HTTP_PARSE':
        case 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH':
        case 'UND_ERR_RES_EXCEEDED_MAX_SIZE':
        case 'UND_ERR_HEADERS_OVERFLOW':
            return 'protocol';
        default:
            // llhttp's parse errors (HPE_INVALID_CONSTANT, HPE_UNEXPECTED_CONTENT_LENGTH, …).
            return error.code?.startsWith('HPE_') ? 'protocol' : 'reset';
    }
}
//# sourceMappingURL=connection.js.map
;// CONCATENATED MODULE: ./lib/core/engine/http/undici-connection.js
/**
 * HTTP connection over one undici `Client` (one socket), driven through `dispatch` with the
 * raw-header handler API: no header parsing, no promise or stream per request. Used for TLS
 * and whenever the raw transport is not chosen. undici's own timeouts measure idle time only,
 * so a connection-wide timer, as in the raw transport, bounds the whole response: a body that
 * trickles forever times out instead of holding the level open.
 */


/** Error raised by the connection's whole-response timer. */
class TransportTimeout extends Error {
    code = 'BENCH_REQUEST_TIMEOUT';
}
class UndiciHandler {
    owner;
    keepBodies;
    maxBodyBytes;
    sink = null;
    status = 0;
    bytes = 0;
    chunks = [];
    kept = 0;
    overLimit = false;
    /** Aborts this request (set by undici once the request is queued on the socket). */
    abort = null;
    constructor(owner, keepBodies, maxBodyBytes) {
        this.owner = owner;
        this.keepBodies = keepBodies;
        this.maxBodyBytes = maxBodyBytes;
    }
    onConnect(abort) {
        this.abort = abort;
        this.owner.started();
        this.status = 0;
        this.bytes = 0;
        this.chunks.length = 0;
        this.kept = 0;
        this.overLimit = false;
    }
    onHeaders(statusCode, headers) {
        // 1xx informational answers come before the real one: keep the last status.
        this.status = statusCode;
        let bytes = 17; // "HTTP/1.1 200 OK\r\n" and the blank line, roughly
        for (let i = 0; i < headers.length; i++)
            bytes += headers[i].length + 2;
        this.bytes += bytes;
        return true;
    }
    onData(chunk) {
        this.bytes += chunk.length;
        if (this.keepBodies && !this.overLimit) {
            if (this.kept + chunk.length > this.maxBodyBytes) {
                // Past the limit the body is only counted: drop what was kept so memory stays flat.
                this.overLimit = true;
                this.chunks = [];
                this.kept = 0;
            }
            else {
                this.chunks.push(chunk);
                this.kept += chunk.length;
            }
        }
        return true;
    }
    onComplete() {
        const sink = this.sink;
        const overLimit = this.overLimit;
        const body = this.keepBodies && !overLimit
            ? this.chunks.length === 1
                ? this.chunks[0]
                : Buffer.concat(this.chunks)
            : null;
        const { status, bytes } = this;
        this.release();
        this.owner.settled(this, true);
        sink?.onResponse(status, body, bytes, overLimit);
    }
    onError(error) {
        const sink = this.sink;
        this.release();
        this.owner.settled(this, false);
        if (sink)
            this.owner.deliverFailure(sink, error);
    }
    release() {
        this.sink = null;
        this.abort = null;
        this.chunks = [];
        this.kept = 0;
        this.overLimit = false;
        this.owner.free.push(this);
    }
}
class UndiciConnection {
    options;
    free = [];
    client;
    closed = false;
    /** Requests dispatched and not settled, oldest first (head-indexed queue). */
    inFlight = [];
    head = 0;
    timer = null;
    /** True while `dispatch` runs: undici reports some errors synchronously from inside it. */
    dispatching = false;
    constructor(options) {
        this.options = options;
        this.client = new undici/* Client */.Kj(options.origin, {
            pipelining: options.pipelining,
            headersTimeout: options.requestTimeoutMs,
            bodyTimeout: options.requestTimeoutMs,
            connectTimeout: options.connectTimeoutMs,
            keepAliveTimeout: 60_000,
            keepAliveMaxTimeout: 600_000,
        });
        // Connection errors are reported through each request's handler; keep the emitter quiet.
        this.client.on('connectionError', () => undefined);
    }
    send(request, sink) {
        if (this.closed)
            return;
        const handler = this.free.pop() ??
            new UndiciHandler(this, this.options.keepBodies, this.options.maxBodyBytes);
        handler.sink = sink;
        handler.status = 0;
        handler.bytes = 0;
        this.inFlight.push(handler);
        this.dispatching = true;
        try {
            this.client.dispatch(request.dispatchOptions, handler);
        }
        finally {
            this.dispatching = false;
        }
    }
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        this.clearTimer();
        await this.client.destroy().catch(() => undefined);
    }
    /** undici is about to write a request on a connected socket: its response time starts. */
    started() {
        if (this.timer === null)
            this.armTimer();
    }
    /** A request ended (answered or failed): take it off the in-flight queue. */
    settled(handler, answered) {
        const at = this.inFlight.indexOf(handler, this.head);
        if (at === this.head)
            this.head++;
        else if (at > this.head)
            this.inFlight.splice(at, 1);
        if (this.head === this.inFlight.length) {
            this.inFlight.length = 0;
            this.head = 0;
            this.clearTimer();
        }
        else {
            if (this.head > 64) {
                this.inFlight.splice(0, this.head);
                this.head = 0;
            }
            if (answered)
                this.timer?.refresh();
        }
    }
    /**
     * Hands a failure to its sink. A failure raised synchronously inside `dispatch` (an argument
     * undici refuses) is delivered on the next turn of the event loop: a sink that sends again at
     * once would otherwise recurse until the stack overflows.
     */
    deliverFailure(sink, error) {
        const failure = classifyTransportError(error);
        if (this.dispatching)
            setImmediate(() => sink.onFailure(failure, error));
        else
            sink.onFailure(failure, error);
    }
    armTimer() {
        const ms = this.options.requestTimeoutMs;
        this.timer = setTimeout(() => {
            this.timer = null;
            const error = new TransportTimeout(`no complete response within ${ms} ms`);
            for (const handler of this.inFlight.slice(this.head))
                handler.abort?.(error);
        }, ms);
        this.timer.unref();
    }
    clearTimer() {
        if (this.timer) {
            clearTimeout(this.timer);
            this.timer = null;
        }
    }
}
/** Opens a connection backed by an undici `Client`. */
function createUndiciConnection(options) {
    return new UndiciConnection(options);
}
//# sourceMappingURL=undici-connection.js.map

/***/ })

};
