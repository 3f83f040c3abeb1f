import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as hdr from 'hdr-histogram-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHlog } from '../../src/core/report/hlog.js';
import { initHistograms } from '../../src/core/stats/histogram.js';
import {
  closedMeasurement,
  INTERVAL_RECORDINGS,
  WINDOW_START_MS,
} from '../support/reports/measured-report.js';
import { skipForMissingTool } from '../support/test-tools.js';

const run = promisify(execFile);

/** HdrHistogram's Java reference implementation, from Debian's `libhdrhistogram-java`. */
const HDR_JAR = ['/usr/share/java/hdrhistogram.jar', '/usr/share/java/HdrHistogram.jar'].find((p) =>
  existsSync(p),
);

async function hasCommand(cmd: string): Promise<boolean> {
  try {
    await run(cmd, ['-version']);
    return true;
  } catch {
    return false;
  }
}

const JAVA_READER = `
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;

public class ReadHlog {
  public static void main(String[] args) throws Exception {
    HistogramLogReader reader = new HistogramLogReader(args[0]);
    EncodableHistogram h;
    while ((h = reader.nextIntervalHistogram()) != null) {
      Histogram histogram = (Histogram) h;
      System.out.println(histogram.getTotalCount() + " " + histogram.getMaxValue() + " "
          + histogram.getStartTimeStamp() + " " + histogram.getEndTimeStamp());
    }
    System.out.println("start " + reader.getStartTimeSec());
  }
}
`;

const expectedCounts = INTERVAL_RECORDINGS.map((rec) => rec.reduce((n, [, times]) => n + times, 0));

let dir = '';

beforeAll(async () => {
  await initHistograms();
  dir = await mkdtemp(join(tmpdir(), 'bench-hlog-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('renderHlog', () => {
  it('writes the header comments, format version and legend', () => {
    const text = renderHlog(closedMeasurement(), {
      startTimeEpochMs: WINDOW_START_MS,
      toolVersion: '0.1.0',
    });
    const lines = text.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      '#[Logged with bench-action 0.1.0]',
      '#[Scenario mt103, closed model, level 8; values in microseconds]',
      '#[StartTime: 1700000000.000 (seconds since epoch), 2023-11-14T22:13:20.000Z]',
      '#[BaseTime: 1700000000.000 (seconds since epoch)]',
      '#[Histogram log format version 1.3]',
      '"StartTimestamp","Interval_Length","Interval_Max","Interval_Compressed_Histogram"',
    ]);
  });

  it('writes one interval line per second with its start, length and max in ms', () => {
    const text = renderHlog(closedMeasurement(), { startTimeEpochMs: WINDOW_START_MS });
    const intervals = text.split('\n').filter((l) => /^\d/.test(l));
    expect(intervals).toHaveLength(3);
    const fields = intervals.map((l) => l.split(','));
    expect(fields.map((f) => [Number(f[0]), Number(f[1])])).toEqual([
      [0, 1],
      [1, 1],
      [2, 1],
    ]);
    // Interval maxima 500 µs, 5,000 µs and 40,000 µs read as ms (HDR may round up by 0.1%).
    const maxMs = fields.map((f) => Number(f[2]));
    expect(maxMs[0]).toBe(0.5);
    expect(maxMs[1]).toBeCloseTo(5, 1);
    expect(maxMs[2]).toBeCloseTo(40, 0);
  });

  it('round-trips through the JavaScript log reader with the same counts', () => {
    const text = renderHlog(closedMeasurement(), { startTimeEpochMs: WINDOW_START_MS });
    const reader = new hdr.HistogramLogReader(text);
    const counts: number[] = [];
    for (let h = reader.nextIntervalHistogram(); h !== null; h = reader.nextIntervalHistogram()) {
      counts.push(h.totalCount);
    }
    expect(counts).toEqual(expectedCounts);
  });

  it('is read by the Java reference HistogramLogReader', async (ctx) => {
    if (!HDR_JAR || !(await hasCommand('javac')) || !(await hasCommand('java'))) {
      skipForMissingTool(
        ctx,
        'the Java hlog check needs java, javac and /usr/share/java/hdrhistogram.jar (apt-get install libhdrhistogram-java default-jdk-headless)',
      );
      return;
    }
    const hlogPath = join(dir, 'mt103-8.hlog');
    await writeFile(
      hlogPath,
      renderHlog(closedMeasurement(), { startTimeEpochMs: WINDOW_START_MS }),
    );
    await writeFile(join(dir, 'ReadHlog.java'), JAVA_READER);
    await run('javac', ['-cp', HDR_JAR, '-d', dir, join(dir, 'ReadHlog.java')]);
    const { stdout } = await run('java', ['-cp', `${HDR_JAR}:${dir}`, 'ReadHlog', hlogPath]);
    const lines = stdout.trim().split('\n');
    const intervals = lines.slice(0, -1).map((l) => l.split(' ').map(Number));
    expect(intervals.map((f) => f[0])).toEqual(expectedCounts);
    expect(intervals.map((f) => f[2])).toEqual([0, 1, 2].map((i) => WINDOW_START_MS + i * 1000));
    expect(intervals.map((f) => f[3])).toEqual([1, 2, 3].map((i) => WINDOW_START_MS + i * 1000));
    expect(intervals[0]?.[1]).toBe(500);
    expect(lines.at(-1)).toBe('start 1.7E9');
  }, 60_000);
});
