/**
 * The engine harness reads each load generator's own output: these are real outputs of wrk,
 * h2load (nghttp2 1.52, `--h1`) and hey captured against nginx on loopback, so a tool whose
 * output the parser misreads shows here and not as a wrong figure in docs/performance.md.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  h2loadCommand,
  heyCommand,
  parseH2load,
  parseHey,
  parseWrk,
} from '../../bench/lib/clients.js';

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, '../fixtures/bench', name), 'utf8');

describe('the harness reads each tool as it prints', () => {
  it('h2load: succeeded requests, req/s, failures; no percentiles (it prints none)', () => {
    const run = parseH2load(fixture('h2load.txt'));
    expect(run.requests).toBe(12601);
    expect(run.rps).toBe(12601);
    expect(run.failures).toBe(0);
    expect(run.p50Us).toBeNaN();
  });

  it('hey: 2xx responses, req/s and the 50% and 99% lines in µs', () => {
    const run = parseHey(fixture('hey.txt'));
    expect(run.requests).toBe(5004);
    expect(run.rps).toBeCloseTo(4984.2589, 3);
    expect(run.p50Us).toBe(1100);
    expect(run.p99Us).toBe(9400);
    expect(run.failures).toBe(0);
  });

  it('hey: non-2xx responses and errors are failures, not requests', () => {
    const text = fixture('hey.txt')
      .replace(/\[200\]\s+5004 responses/, '[200]\t5000 responses\n  [503]\t4 responses')
      .concat('\nError distribution:\n  [3]\tGet "http://127.0.0.1/": EOF\n');
    const run = parseHey(text);
    expect(run.requests).toBe(5000);
    expect(run.failures).toBe(7);
  });

  it('wrk: requests and percentiles', () => {
    const run = parseWrk(fixture('wrk.txt'));
    expect(run.requests).toBeGreaterThan(0);
    expect(run.p50Us).toBeGreaterThan(0);
    expect(run.p99Us).toBeGreaterThanOrEqual(run.p50Us);
  });

  it('asks h2load for HTTP/1.1 with -m as pipelining, and refuses what hey cannot do', () => {
    const spec = {
      url: 'http://127.0.0.1:1/x',
      connections: 50,
      durationMs: 10_000,
      pipelining: 10,
    };
    expect(h2loadCommand('h2load', spec)).toEqual([
      'h2load',
      '--h1',
      '-t1',
      '-c50',
      '-m10',
      '-D10',
      'http://127.0.0.1:1/x',
    ]);
    expect(() => heyCommand('hey', spec)).toThrow(/without pipelining/);
    expect(heyCommand('hey', { ...spec, pipelining: 1 })).toEqual([
      'hey',
      '-z',
      '10s',
      '-c',
      '50',
      'http://127.0.0.1:1/x',
    ]);
  });
});
