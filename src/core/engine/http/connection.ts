/**
 * The seam between the load models and the HTTP clients. A connection carries one request at a
 * time per pipelining slot; callbacks go to a sink object owned by the slot, so nothing is
 * allocated per request.
 */
import type { PreparedRequest } from '../prepare-requests.js';

/** Transport-level failure classes (HTTP status and body checks are decided above). */
export type TransportFailure = 'connect' | 'timeout' | 'reset' | 'protocol';

/** Receives exactly one callback per sent request. */
export interface ResponseSink {
  /**
   * A complete response. `body` is null unless the connection was asked to keep bodies, and
   * null with `bodyOverLimit` set when the body was longer than `maxBodyBytes` (its bytes were
   * counted, not kept).
   */
  onResponse(
    status: number,
    body: Buffer | null,
    bytesReceived: number,
    bodyOverLimit: boolean,
  ): void;
  /** The request failed below HTTP. */
  onFailure(failure: TransportFailure, error: Error): void;
}

/** One keep-alive connection to the target. */
export interface HttpConnection {
  /** Sends a request; the sink hears back exactly once. */
  send(request: PreparedRequest, sink: ResponseSink): void;
  /** Closes the connection; requests in flight fail quietly (their sinks may not be called). */
  close(): Promise<void>;
}

/** Settings shared by the connections of a level. */
export interface ConnectionOptions {
  /** Target origin, e.g. `http://127.0.0.1:8080`. */
  origin: string;
  /** Requests in flight at once on the connection. */
  pipelining: number;
  /** Time allowed to establish the TCP connection. */
  connectTimeoutMs: number;
  /** Time allowed for a complete response. */
  requestTimeoutMs: number;
  /** Keep response bodies (needed by JSON-path and contains checks). */
  keepBodies: boolean;
  /** Most body bytes kept per response when `keepBodies`; longer bodies are counted, not kept. */
  maxBodyBytes: number;
}

/** Opens connections for a level. */
export type ConnectionFactory = (options: ConnectionOptions) => HttpConnection;

/** Classifies a socket or client error into a transport failure class. */
export function classifyTransportError(error: Error & { code?: string }): TransportFailure {
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
