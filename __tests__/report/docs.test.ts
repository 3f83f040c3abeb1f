import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/core/report/csv.js';

const DOC = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'reports.md');

/** The CSV columns table as docs/reports.md should show it. */
function columnsTable(): string {
  const rows = CSV_COLUMNS.map((c) => `| \`${c.name}\` | ${c.description.replace(/\|/g, '\\|')} |`);
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
