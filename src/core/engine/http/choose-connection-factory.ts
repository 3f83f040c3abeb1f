/**
 * Which HTTP client carries a level: the raw HTTP/1.1 path for plain `http:` targets (cheapest
 * per request), undici for TLS or when asked. undici is loaded only when a level uses it, so a
 * plain-HTTP run does not compile a client it never calls.
 */
import { inputError } from '../../errors.js';
import type { ConnectionFactory } from './connection.js';
import { createRawConnection } from './raw-connection.js';

/** HTTP client implementation used by the engine. */
export type TransportKind = 'auto' | 'undici' | 'raw';

/** Picks the connection factory for a target URL (loading undici when it is the one). */
export async function chooseConnectionFactory(
  baseUrl: string,
  kind: TransportKind = 'auto',
): Promise<ConnectionFactory> {
  const plain = new URL(baseUrl).protocol === 'http:';
  if (kind === 'raw' && !plain) {
    throw inputError(
      'TRANSPORT_UNSUPPORTED',
      `The raw transport speaks plain HTTP only; ${baseUrl} needs TLS.`,
      'Use --transport auto (or undici) for https:// targets.',
    );
  }
  if (kind === 'undici' || !plain) {
    const { createUndiciConnection } = await import('./undici-connection.js');
    return createUndiciConnection;
  }
  return createRawConnection;
}
