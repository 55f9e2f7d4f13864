/** CSV text ↔ rows: what spreadsheets write is read, and readers' downloads cannot run formulas. */
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, parseCsv, writeCsv } from '../../src/importers/csv.ts';

describe('reading CSV', () => {
  it('reads a BOM, CRLF, quoted commas and line breaks, and numbers rows as a spreadsheet does, blank rows skipped', () => {
    const table = parseCsv('\uFEFFid,text\r\na,"one, two"\r\n\r\nb,"three\r\nfour"\r\nc,five\r\n,\r\n\r\n');
    expect(table.columns).toEqual(['id', 'text']);
    expect(table.rows.map((r) => [r.row, r.line, table.cell(r, 'id'), table.cell(r, 'text')])).toEqual([
      [2, 2, 'a', 'one, two'],
      [4, 4, 'b', 'three\r\nfour'],
      [5, 6, 'c', 'five'],
    ]);
    expect(table.problems).toEqual([]);
  });

  it('reports a quote left open and a row with more cells than columns', () => {
    expect(parseCsv('a,b\r\n1,2,3\r\n').problems).toEqual([{ row: 2, message: 'expected at most 2 cells (one per column), got 3' }]);
    expect(parseCsv('a,b\r\n1,"2\r\n').problems[0].message).toMatch(/closing quote/);
  });
});

describe('writing CSV', () => {
  const hostile = ['=1+2', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx', '=HYPERLINK("http://example.invalid")'];

  it("writes an editor's cells exactly, formulas included, so that they read back the same", () => {
    const text = writeCsv(
      ['v'],
      hostile.map((cell) => [cell]),
    );
    expect(parseCsv(text).rows.map((r) => r.values[0])).toEqual(hostile);
  });

  it("neutralises cells that would start a formula in readers' downloads, and nothing else", () => {
    const text = writeCsv(
      ['v'],
      [...hostile, 'plain', 'a=b', '3'].map((cell) => [cell]),
      { neutraliseFormulas: true },
    );
    const cells = parseCsv(text).rows.map((r) => r.values[0]);
    for (const cell of cells.slice(0, hostile.length)) expect(cell.startsWith("'")).toBe(true);
    expect(cells.slice(hostile.length)).toEqual(['plain', 'a=b', '3']);
    expect(neutraliseFormula('-')).toBe("'-");
  });
});
