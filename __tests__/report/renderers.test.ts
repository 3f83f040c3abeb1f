import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { BenchError } from '../../src/core/errors.js';
import { buildLevelReport } from '../../src/core/report/build-level-report.js';
import { CSV_COLUMNS, quoteCsvCell, renderCsvReport } from '../../src/core/report/csv.js';
import { renderJsonReport } from '../../src/core/report/json.js';
import { MARKDOWN_MAX_CHARS, renderMarkdownReport } from '../../src/core/report/markdown.js';
import { RunReportSchema, totalFailures, type LevelReport } from '../../src/core/report/model.js';
import { renderSchemas } from '../../scripts/write-schemas.js';
import { describeFailures, renderTerminalSummary } from '../../src/core/report/terminal-summary.js';
import { initHistograms } from '../../src/core/stats/histogram.js';
import { renderHtmlReport } from '../../src/core/report/html.js';
import { evaluateThresholds, parseThresholds } from '../../src/core/stats/thresholds.js';
import {
  closedMeasurement,
  fixtureLevels,
  fixtureReport,
  silentOpenMeasurement,
} from '../support/reports/measured-report.js';
import { expectGolden } from '../support/golden.js';

beforeAll(async () => {
  await initHistograms();
});

/** Splits RFC 4180 CSV text into rows of cells (quoted cells may hold commas and quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('renderJsonReport', () => {
  it('writes JSON that validates against the published schema', () => {
    const schema = z.toJSONSchema(RunReportSchema);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const json: unknown = JSON.parse(renderJsonReport(fixtureReport()));
    expect(validate.errors ?? []).toEqual([]);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('reads a result.json written before the protocol and unfinished classes existed', () => {
    const old = JSON.parse(renderJsonReport(fixtureReport())) as {
      levels: { counts: { failures: Record<string, number> } }[];
    };
    for (const level of old.levels) {
      delete level.counts.failures.protocol;
      delete level.counts.failures.unfinished;
    }
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(JSON.parse(renderSchemas()['result.schema.json']!) as object);
    expect(validate(old), JSON.stringify(validate.errors)).toBe(true);
    const parsed = RunReportSchema.parse(old);
    expect(totalFailures(parsed.levels[0]!.counts.failures)).toBe(10);
  });

  it('rejects, through the same schema, a report with a broken field', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(z.toJSONSchema(RunReportSchema));
    const broken = JSON.parse(renderJsonReport(fixtureReport())) as {
      levels: { errorRate: number }[];
    };
    const first = broken.levels[0];
    if (!first) throw new Error('fixture has levels');
    first.errorRate = 2;
    expect(validate(broken)).toBe(false);
  });

  it('refuses to render a report the schema rejects, naming the field', () => {
    const report = fixtureReport();
    const broken = { ...report, levels: [{ ...report.levels[0], errorRate: -1 }] } as typeof report;
    expect(() => renderJsonReport(broken)).toThrow(/REPORT_INVALID|levels\.0\.errorRate/);
    try {
      renderJsonReport(broken);
    } catch (error) {
      expect((error as BenchError).code).toBe('REPORT_INVALID');
      expect((error as BenchError).message).toContain('levels.0.errorRate');
    }
  });

  it('orders keys as the schema declares them, whatever order they were set in', () => {
    const report = fixtureReport();
    const shuffled = Object.fromEntries(Object.entries(report).reverse()) as typeof report;
    const text = renderJsonReport(shuffled);
    expect(text).toBe(renderJsonReport(report));
    expect(Object.keys(JSON.parse(text) as object).slice(0, 3)).toEqual([
      'schemaVersion',
      'id',
      'name',
    ]);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('renderCsvReport', () => {
  it('matches the golden file', () => {
    expectGolden('results.csv', renderCsvReport(fixtureReport()));
  });

  it('writes one row per level with the documented columns, quoting per RFC 4180', () => {
    const rows = parseCsv(renderCsvReport(fixtureReport()));
    expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => c.name));
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const named = (i: number, column: string) =>
      rows[i]?.[CSV_COLUMNS.findIndex((c) => c.name === column)];
    expect(named(4, 'scenario')).toBe('mx "pacs.008", v2');
    expect(named(1, 'success_rps')).toBe('200');
    expect(named(1, 'error_rate')).toBe('0.016393');
    expect(named(1, 'server_cpu_us_per_req')).toBe('1639.3');
    expect(named(2, 'generator_bound')).toBe('true');
    expect(named(3, 'offered_rps')).toBe('200');
    expect(named(3, 'server_cpu_pct')).toBe('');
    expect(named(1, 'offered_rps')).toBe('');
  });

  it('lists every column with its unit and a description', () => {
    const names = CSV_COLUMNS.map((c) => c.name);
    expect(names.join(',')).toBe(
      'scenario,model,level,connections,pipelining,offered_rps,duration_s,requests,success,errors,error_rate,success_rps,total_rps,latency_min_us,latency_mean_us,latency_p50_us,latency_p75_us,latency_p90_us,latency_p95_us,latency_p99_us,latency_p999_us,latency_p9999_us,latency_max_us,fail_connect,fail_timeout,fail_reset,fail_http_status,fail_check,fail_protocol,fail_unfinished,back_pressure,rate_limited,back_pressure_rate,rate_limited_rate,late_sends,dropped_sends,bytes_sent,bytes_received,generator_cpu_pct,generator_cpu_us_per_req,generator_bound,server_cpu_pct,server_cpu_us_per_req,server_rss_max_bytes',
    );
    for (const c of CSV_COLUMNS) expect(c.description.length).toBeGreaterThan(5);
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
  ])('quotes %j as %j', (text, quoted) => {
    expect(quoteCsvCell(text)).toBe(quoted);
  });
});

describe('renderMarkdownReport', () => {
  it('matches the golden file', () => {
    expectGolden('summary.md', renderMarkdownReport(fixtureReport()));
  });

  it('warns about each generator-bound level and shows the environment', () => {
    const md = renderMarkdownReport(fixtureReport());
    expect(md.split('\n')[0]).toBe(
      '## reframe-demo: reframe (http://127.0.0.1:3000), 2023-11-14 22:13:18 UTC',
    );
    expect(md).toContain('> ⚠ **mt103 @ 64 conn**: generator used 97% of a core');
    // A level refused requests (503/429): the table has a refused column, apart from errors.
    expect(md).toContain(
      '| level | req/s | p50 | p99 | p99.9 | errors | refused | generator CPU |',
    );
    expect(md).toContain('| 8 conn | 200 | 2 ms | 5 ms | 40 ms | 1.64% | 0% | 41% | 1.64 ms |');
    expect(md).toContain(
      '| 64 conn ⚠ | 200 | 2 ms | 5 ms | 40 ms | 1.54% | 6.15% | 97% | 1.54 ms |',
    );
    expect(md).toContain('<details><summary>Environment</summary>');
    expect(md).toContain('- Commit: 0123456789abcdef0123456789abcdef01234567');
    expect(md).not.toContain('not shown');
  });

  /** A report with `count` levels over 7 long-named scenarios, half generator-bound. */
  function manyLevels(count: number) {
    const level = buildLevelReport(closedMeasurement(), { hlogFile: 'x.hlog' });
    const bound = buildLevelReport(closedMeasurement({ generatorCpuUs: 2_910_000 }), {
      hlogFile: 'x.hlog',
    });
    const levels: LevelReport[] = Array.from({ length: count }, (_, i) => ({
      ...(i % 2 === 0 ? level : bound),
      scenario: `scenario-${i % 7}-${'long-name-'.repeat(8)}`,
      level: i + 1,
    }));
    const report = fixtureReport(levels);
    report.notes = Array.from({ length: 40 }, (_, i) => `note ${i} ${'x'.repeat(900)}`);
    return report;
  }

  it('stays under the size limit with 500 levels', () => {
    const md = renderMarkdownReport(manyLevels(500));
    expect(md.length).toBeLessThanOrEqual(MARKDOWN_MAX_CHARS);
    expect(md).toContain('more generator-bound level(s): see result.json');
    expect(md).toContain('</details>');
  });

  it('stops adding rows at the size limit and points to the full report', () => {
    const md = renderMarkdownReport(manyLevels(3000));
    expect(md.length).toBeLessThanOrEqual(MARKDOWN_MAX_CHARS);
    expect(md.length).toBeGreaterThan(MARKDOWN_MAX_CHARS - 1000);
    const omitted =
      /_(\d+) more level\(s\) not shown: the full figures are in result\.json and results\.csv\._/.exec(
        md,
      );
    expect(omitted).not.toBeNull();
    const rows = md.split('\n').filter((l) => /^\| \d+ conn/.test(l)).length;
    expect(rows + Number(omitted?.[1])).toBe(3000);
    expect(md).toContain('</details>');
  });

  it('says so when no level was measured', () => {
    const md = renderMarkdownReport(fixtureReport([]));
    expect(md).toContain('_No level was measured._');
  });
});

describe('renderTerminalSummary', () => {
  it('matches the golden file without colour', () => {
    expectGolden('terminal.txt', renderTerminalSummary(fixtureReport(), { color: false }));
  });

  it('aligns every row of the table to the same width', () => {
    const lines = renderTerminalSummary(fixtureReport(), { color: false }).split('\n');
    const table = lines.slice(2, 7);
    expect(table[0]).toMatch(/^scenario\s+level\s+req\/s/);
    const errorsEnd = (l: string) => l.indexOf('errors') + 'errors'.length;
    const header = table[0] ?? '';
    for (const row of table.slice(1)) {
      // Right-aligned numeric columns end where their header ends.
      expect(row.slice(0, errorsEnd(header)).trimEnd().length).toBe(errorsEnd(header));
    }
  });

  it('flags generator-bound levels and failures in words', () => {
    const text = renderTerminalSummary(fixtureReport(), { color: false });
    expect(text).toContain('GENERATOR-BOUND mt103 @ 64 conn: generator used 97% of a core');
    expect(text).toContain(
      'failures mt103 @ 8 conn: 2 connect, 1 timeout, 3 HTTP status, 4 check (of 610)',
    );
    expect(text).not.toContain('\u001b[');
  });

  it('colours warnings only when asked', () => {
    const text = renderTerminalSummary(fixtureReport(), { color: true });
    expect(text).toContain('\u001b[33mGENERATOR-BOUND');
    expect(text).toContain('\u001b[31mfailures');
  });

  it('describes no failures as an empty string', () => {
    expect(describeFailures({ connect: 0, timeout: 0, reset: 0, httpStatus: 0, check: 0 })).toBe(
      '',
    );
  });
});

describe('a level against a silent target', () => {
  const report = () =>
    fixtureReport([
      buildLevelReport(silentOpenMeasurement(), { hlogFile: 'silent.hlog' }),
      buildLevelReport(
        closedMeasurement({
          success: 0,
          failures: { connect: 0, timeout: 0, reset: 0, httpStatus: 0, check: 0, unfinished: 50 },
        }),
        { hlogFile: 'hung.hlog' },
      ),
      buildLevelReport(
        closedMeasurement({
          level: 16,
          failures: { connect: 0, timeout: 0, reset: 0, httpStatus: 12, check: 3 },
          httpStatuses: { '500': 10, '503': 2 },
          checkFailures: { '$.success == true did not hold': 3 },
        }),
        { hlogFile: 'errors.hlog' },
      ),
    ]);

  it('shows the dropped arrivals and unfinished requests in the terminal summary', () => {
    const text = renderTerminalSummary(report(), { color: false });
    expect(text).toContain(
      'dropped mt103 @ 5,000 req/s: 9,992 of 10,000 arrivals dropped: no connection was free in time',
    );
    expect(text).toContain('failures mt103 @ 5,000 req/s: 8 timeout (of 8)');
    expect(text).toContain('failures mt103 @ 8 conn: 50 unfinished (of 50)');
    expect(text).toContain(
      'failures mt103 @ 16 conn: 12 HTTP status, 3 check (of 615): HTTP 500 ×10; HTTP 503 ×2; $.success == true did not hold ×3',
    );
  });

  it('shows them in summary.md', () => {
    const md = renderMarkdownReport(report());
    expect(md).toContain('### Failures');
    expect(md).toContain(
      '- **mt103 @ 5,000 req/s**: 8 timeout of 8 requests; 9,992 of 10,000 arrivals dropped: no connection was free in time',
    );
    expect(md).toContain('- **mt103 @ 8 conn**: 50 unfinished of 50 requests');
    expect(md).toContain(
      '- **mt103 @ 16 conn**: 12 HTTP status, 3 check of 615 requests (HTTP 500 ×10; HTTP 503 ×2; $.success == true did not hold ×3)',
    );
  });

  it('shows them in the error picture of report.html', () => {
    const html = renderHtmlReport({ report: report() });
    const table = /<table data-table="failures">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    expect(table).toContain('<th class="num">unfinished</th>');
    expect(table).toContain('<th class="num">dropped</th>');
    const rows = table.split('<tr>').slice(2);
    expect(rows).toHaveLength(3);
    // Level, requests, then connect, timeout, reset, protocol, HTTP status, check, unfinished,
    // dropped.
    const numbers = (row: string) =>
      [...row.matchAll(/<td class="num">([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(numbers(rows[0]!)).toEqual([
      '5,000 req/s',
      '8',
      '0',
      '8',
      '0',
      '0',
      '0',
      '0',
      '0',
      '9,992',
    ]);
    expect(numbers(rows[1]!)).toEqual(['8 conn', '50', '0', '0', '0', '0', '0', '0', '50', '-']);
    expect(rows[2]).toContain('HTTP 500 ×10; HTTP 503 ×2; $.success == true did not hold ×3');
  });

  it('leaves the failures sections out when nothing failed', () => {
    const clean = fixtureReport([fixtureLevels()[3]!]);
    expect(renderMarkdownReport(clean)).not.toContain('### Failures');
    expect(renderHtmlReport({ report: clean })).not.toContain('data-table="failures"');
  });
});

describe('refusals (503 back-pressure, 429 rate limit)', () => {
  const report = fixtureReport();
  const refusing = report.levels[1]!;

  it('counts them in total but not in errors or the error rate', () => {
    expect(refusing.counts.backPressure).toBe(30);
    expect(refusing.counts.rateLimited).toBe(10);
    expect(refusing.counts.total).toBe(600 + 10 + 30 + 10);
    expect(refusing.errorRate).toBeCloseTo(10 / 650, 12);
    expect(refusing.backPressureRate).toBeCloseTo(30 / 650, 12);
    expect(refusing.rateLimitedRate).toBeCloseTo(10 / 650, 12);
  });

  it('shows them apart in the HTML report, only for the levels that had any', () => {
    const html = renderHtmlReport({ report, thresholds: [] });
    const table = /<table data-table="refusals">.*?<\/table>/s.exec(html)?.[0] ?? '';
    expect(table).toContain('back-pressure (503)');
    expect(table.match(/<tr><td>/g)).toHaveLength(1);
    expect(table).toContain('<td class="num">30</td><td class="num">4.62%</td>');
    expect(table).toContain('<td class="num">10</td><td class="num">1.54%</td>');
    const quiet = renderHtmlReport({ report: fixtureReport([report.levels[0]!]), thresholds: [] });
    expect(quiet).not.toContain('data-table="refusals"');
    // The levels table gets a refused column (503 + 429 of requests) only when a level had any.
    const levels = /<table data-table="levels">.*?<\/table>/s.exec(html)?.[0] ?? '';
    expect(levels).toContain('>refused</th>');
    expect(levels).toContain('<td class="num">1.54%</td><td class="num">6.15%</td>');
    const quietLevels = /<table data-table="levels">.*?<\/table>/s.exec(quiet)?.[0] ?? '';
    expect(quietLevels).toContain('>errors</th>');
    expect(quietLevels).not.toContain('refused');
  });

  it('can be limited by backPressureRate and rateLimitedRate thresholds, while errorRate ignores them', () => {
    // Level 64 is generator-bound in the fixture, so it is judged on a copy that is not.
    const level = { ...refusing, generator: { ...refusing.generator, generatorBound: false } };
    const parsed = parseThresholds([
      'backPressureRate < 1%',
      'rateLimitedRate < 2%',
      'errorRate < 1.6%',
    ]);
    expect(parsed.errors).toEqual([]);
    const results = evaluateThresholds(parsed.thresholds, fixtureReport([level]));
    expect(results.map((r) => [r.metric, r.status])).toEqual([
      ['backPressureRate', 'fail'],
      ['rateLimitedRate', 'pass'],
      ['errorRate', 'pass'],
    ]);
    expect(parseThresholds(['backPressureRate < 0.01']).errors[0]).toContain(
      'write the back-pressure rate (503) as a percentage',
    );
  });

  it('writes their counts and rates in their own CSV columns, and errors without them', () => {
    const [header, , row] = parseCsv(renderCsvReport(report));
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('errors')).toBe('10');
    expect(cell('back_pressure')).toBe('30');
    expect(cell('rate_limited')).toBe('10');
    expect(cell('back_pressure_rate')).toBe(String(Math.round((30 / 650) * 1e6) / 1e6));
  });
});
