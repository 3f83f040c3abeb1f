import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AGGREGATE_CSV_COLUMNS } from '../../src/core/report/aggregate-csv.js';
import { CSV_COLUMNS } from '../../src/core/report/csv.js';

const DOCS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs');
const DOC = join(DOCS, 'reports.md');
const AGGREGATE_DOC = join(DOCS, 'aggregate.md');

/** A columns table as the docs should show it. */
function columnsTable(
  columns: readonly { name: string; description: string }[] = CSV_COLUMNS,
): string {
  const rows = columns.map((c) => `| \`${c.name}\` | ${c.description.replace(/\|/g, '\\|')} |`);
  return ['', '| Column | Meaning |', '|---|---|', ...rows, ''].join('\n');
}

/** The cells of a Markdown table's body rows, trimmed. */
function tableCells(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((l) => l.startsWith('|') && !/^\|[-\s|:]+\|$/.test(l))
    .map((l) =>
      l
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
}

describe('docs/reports.md', () => {
  it('lists every results.csv column, in order, as CSV_COLUMNS describes it', () => {
    const doc = readFileSync(DOC, 'utf8');
    const match = /(<!-- csv-columns:start[^>]*-->)([\s\S]*?)(<!-- csv-columns:end -->)/.exec(doc);
    expect(match, 'the csv-columns markers are missing').not.toBeNull();
    if (process.env.UPDATE_GOLDEN === '1' && match) {
      writeFileSync(DOC, doc.replace(match[0], `${match[1]}\n${columnsTable()}\n${match[3]}`));
      return;
    }
    // Prettier pads table cells: compare the cells, not the spacing.
    expect(tableCells(match?.[2] ?? '')).toEqual(tableCells(columnsTable()));
  });

  it('names every file of a report directory', () => {
    const doc = readFileSync(DOC, 'utf8');
    for (const file of [
      'result.json',
      'results.csv',
      'summary.md',
      '.hlog',
      'schemas/result.schema.json',
    ]) {
      expect(doc).toContain(file);
    }
  });
});

describe('docs/aggregate.md', () => {
  it('lists every aggregate.csv column, in order, as AGGREGATE_CSV_COLUMNS describes it', () => {
    const doc = readFileSync(AGGREGATE_DOC, 'utf8');
    const match =
      /(<!-- aggregate-csv-columns:start[^>]*-->)([\s\S]*?)(<!-- aggregate-csv-columns:end -->)/.exec(
        doc,
      );
    expect(match, 'the aggregate-csv-columns markers are missing').not.toBeNull();
    const table = columnsTable(AGGREGATE_CSV_COLUMNS);
    if (process.env.UPDATE_GOLDEN === '1' && match) {
      writeFileSync(AGGREGATE_DOC, doc.replace(match[0], `${match[1]}\n${table}\n${match[3]}`));
      return;
    }
    expect(tableCells(match?.[2] ?? '')).toEqual(tableCells(table));
  });

  it('names every file of the comparison and its schema', () => {
    const doc = readFileSync(AGGREGATE_DOC, 'utf8');
    for (const file of [
      'aggregate.json',
      'aggregate.md',
      'aggregate.html',
      'aggregate.csv',
      'schemas/aggregate.schema.json',
    ]) {
      expect(doc).toContain(file);
    }
  });
});
