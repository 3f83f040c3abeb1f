import { beforeAll, describe, expect, it } from 'vitest';
import type { LevelMeasurement } from '../../src/core/engine/measurement.js';
import { buildLevelReport } from '../../src/core/report/build-level-report.js';
import {
  describeDropped,
  describeFailureDetails,
  describeLevelFailure,
} from '../../src/core/report/level-health.js';
import type { FailureCounts } from '../../src/core/report/model.js';
import { initHistograms } from '../../src/core/stats/histogram.js';
import { closedMeasurement, silentOpenMeasurement } from '../support/reports/measured-report.js';

beforeAll(async () => {
  await initHistograms();
});

const none: Required<FailureCounts> = {
  connect: 0,
  timeout: 0,
  reset: 0,
  protocol: 0,
  httpStatus: 0,
  check: 0,
  unfinished: 0,
};

/** A closed 3 s level with no success and the given failures (and other fields). */
function failed(
  failures: Partial<FailureCounts>,
  more: Partial<LevelMeasurement> = {},
): LevelMeasurement {
  return closedMeasurement({ success: 0, failures: { ...none, ...failures }, ...more });
}

describe('describeLevelFailure', () => {
  it.each<[string, LevelMeasurement, string | undefined]>([
    [
      'every request still waiting when the window closed',
      failed({ unfinished: 50 }),
      'no response completed in the 3 s window: 50 requests were still waiting when it ended',
    ],
    [
      'one request still waiting',
      failed({ unfinished: 1 }, { durationMs: 2000 }),
      'no response completed in the 2 s window: 1 request was still waiting when it ended',
    ],
    [
      'every response HTTP 500',
      failed({ httpStatus: 1234 }, { httpStatuses: { '500': 1234 } }),
      'every one of 1,234 responses was HTTP 500',
    ],
    [
      'responses of several refused statuses',
      failed({ httpStatus: 12 }, { httpStatuses: { '503': 2, '500': 10 } }),
      'every one of 12 responses had a status outside the accepted list: 10 × HTTP 500, 2 × HTTP 503',
    ],
    [
      'refused statuses from an older report without the codes',
      failed({ httpStatus: 7 }),
      'every one of 7 responses had a status outside the accepted list',
    ],
    [
      'every request timed out',
      failed({ timeout: 40 }),
      'every one of 40 requests timed out: no complete response within the request timeout',
    ],
    [
      'the one request timed out',
      failed({ timeout: 1 }),
      'the one request timed out: no complete response within the request timeout',
    ],
    [
      'every connection refused',
      failed({ connect: 30 }),
      'no connection could be made: all 30 attempts failed',
    ],
    [
      'every connection reset',
      failed({ reset: 9 }),
      'the target closed or reset the connection on every one of 9 requests',
    ],
    [
      'every response broke the protocol',
      failed({ protocol: 4 }),
      'every one of 4 responses broke HTTP/1.1 (a response with no request outstanding, conflicting lengths or garbage)',
    ],
    [
      'every check failed for one reason',
      failed({ check: 600 }, { checkFailures: { '$.success == true did not hold': 600 } }),
      'every one of 600 responses failed its checks: $.success == true did not hold',
    ],
    [
      'every check failed for several reasons',
      failed(
        { check: 10 },
        { checkFailures: { 'body is not JSON': 2, '$.success == true did not hold': 8 } },
      ),
      'every one of 10 responses failed its checks: most often $.success == true did not hold (1 other reason)',
    ],
    [
      'failures of several classes',
      failed({ timeout: 30, reset: 20 }),
      'all 50 requests failed: 30 timeout, 20 reset',
    ],
    [
      'arrivals dropped and the sent requests timed out',
      silentOpenMeasurement(),
      '9,992 of 10,000 arrivals were dropped: no connection was free; every one of 8 requests timed out: no complete response within the request timeout',
    ],
    [
      'arrivals dropped and none sent',
      silentOpenMeasurement({ failures: { ...none }, droppedSends: 10_000 }),
      '10,000 of 10,000 arrivals were dropped: no connection was free',
    ],
    [
      'every answer a refusal (503, 429): no failure, but no pass either',
      failed({}, { refusals: { backPressure: 40, rateLimited: 2 } }),
      'no request succeeded: the target refused every one (40 back-pressure (503), 2 rate-limited (429) of 42 requests)',
    ],
    [
      'refusals beside successes',
      closedMeasurement({ refusals: { backPressure: 5, rateLimited: 0 } }),
      undefined,
    ],
    ['some success', closedMeasurement(), undefined],
    ['one success among failures', failed({ timeout: 99 }, { success: 1 }), undefined],
    [
      'an empty window',
      failed({}),
      'nothing was measured in the 3 s window: no request completed, failed or was still waiting when it ended',
    ],
  ])('%s', (_name, measurement, expected) => {
    expect(describeLevelFailure(buildLevelReport(measurement, { hlogFile: 'x.hlog' }))).toBe(
      expected,
    );
  });
});

describe('failure details', () => {
  it('lists status codes, then check reasons, most frequent first, five of each at most', () => {
    const report = buildLevelReport(
      failed(
        { httpStatus: 21, check: 3 },
        {
          httpStatuses: { '500': 1, '501': 2, '502': 3, '503': 4, '504': 5, '505': 6 },
          checkFailures: { 'body is not JSON': 3 },
        },
      ),
      { hlogFile: 'x.hlog' },
    );
    expect(describeFailureDetails(report.counts)).toBe(
      'HTTP 505 ×6; HTTP 504 ×5; HTTP 503 ×4; HTTP 502 ×3; HTTP 501 ×2; body is not JSON ×3; 1 more in result.json',
    );
  });

  it('says nothing about dropped arrivals when there were none', () => {
    const report = buildLevelReport(closedMeasurement(), { hlogFile: 'x.hlog' });
    expect(describeDropped(report.counts)).toBe('');
    expect(describeFailureDetails(report.counts)).toBe('');
  });
});
