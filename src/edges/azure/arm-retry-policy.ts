/**
 * Our own retry of ARM requests, replacing the SDK's (which the clients get with
 * `maxRetries: 0`) so that the behaviour is explicit: which answers are retried (429 and 5xx,
 * dropped connections), how long we wait (`Retry-After` when given, else exponential), how
 * often (bounded), and a log line for every retry. The delay function is injectable so tests
 * check the waits without waiting.
 */
import type { PipelinePolicy, PipelineRequest, PipelineResponse } from '@azure/core-rest-pipeline';
import { parseRetryAfterMs } from '../../core/azure/classify-arm-error.js';

/** Options of `createArmRetryPolicy`. */
export interface ArmRetryOptions {
  /** Retries after the first attempt (default 6). */
  maxRetries?: number;
  /** First back-off without `Retry-After` (default 2,000 ms), doubled per retry. */
  baseDelayMs?: number;
  /** Cap of any single wait, `Retry-After` included (default 60,000 ms). */
  maxDelayMs?: number;
  /** Waits; injectable for tests. */
  sleep: (ms: number) => Promise<void>;
  /** One line per retry. */
  log: (line: string) => void;
}

/** Name of the policy in the pipeline. */
export const armRetryPolicyName = 'benchArmRetryPolicy';

/** Whether a status is worth retrying. 501 and 505 are not transient. */
function isRetriableStatus(status: number): boolean {
  return status === 429 || status === 408 || (status >= 500 && status !== 501 && status !== 505);
}

/** Describes a request for the log (path only: the query may carry nothing secret, but keep lines short). */
function describe(request: PipelineRequest): string {
  const url = new URL(request.url);
  return `${request.method} ${url.pathname}`;
}

/** A pipeline policy retrying throttled and failed ARM requests, bounded and logged. */
export function createArmRetryPolicy(options: ArmRetryOptions): PipelinePolicy {
  const maxRetries = options.maxRetries ?? 6;
  const baseDelayMs = options.baseDelayMs ?? 2_000;
  const maxDelayMs = options.maxDelayMs ?? 60_000;
  return {
    name: armRetryPolicyName,
    async sendRequest(request, next): Promise<PipelineResponse> {
      for (let retry = 0; ; retry++) {
        let response: PipelineResponse | undefined;
        let failure: unknown;
        try {
          response = await next(request);
        } catch (error) {
          // Clients that deserialize inside the pipeline throw the error answer as a RestError.
          const answered = (error as { response?: PipelineResponse }).response;
          const code = (error as { code?: unknown }).code;
          const dropped =
            answered === undefined &&
            (code === 'REQUEST_SEND_ERROR' || code === 'ECONNRESET' || code === 'ETIMEDOUT');
          const retriable =
            dropped || (answered !== undefined && isRetriableStatus(answered.status));
          if (!retriable || retry >= maxRetries || request.abortSignal?.aborted) throw error;
          response = answered;
          failure = error;
        }
        if (
          response &&
          failure === undefined &&
          (!isRetriableStatus(response.status) || retry >= maxRetries)
        ) {
          return response;
        }
        const retryAfterMs = response
          ? parseRetryAfterMs(response.headers.get('retry-after') ?? undefined, Date.now())
          : undefined;
        const delayMs = Math.min(maxDelayMs, retryAfterMs ?? baseDelayMs * 2 ** retry);
        const reason = response
          ? `answered ${response.status}${retryAfterMs !== undefined ? ` with Retry-After ${Math.round(retryAfterMs / 1000)} s` : ''}`
          : `failed (${(failure as Error).message})`;
        options.log(
          `Azure ${describe(request)} ${reason}; retrying in ${delayMs} ms (retry ${retry + 1} of ${maxRetries})`,
        );
        // Drain the failed answer so the connection can be reused.
        response?.readableStreamBody?.resume();
        await options.sleep(delayMs);
      }
    },
  };
}
