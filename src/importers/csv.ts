/**
 * CSV text ↔ rows, through papaparse (it runs in Node and in a Web Worker alike). What real
 * spreadsheet exports contain is tolerated here once for every importer: a byte-order mark, CRLF
 * line ends, quoted fields with commas and line breaks, blank rows (skipped, but counted, so
 * that row numbers stay those the spreadsheet shows).
 */
import Papa from 'papaparse';

export interface CsvRow {
  /** The row's number as a spreadsheet shows it: the header is row 1. */
  row: number;
  /** The line of the file the row starts on (a quoted line break makes it differ from the row). */
  line: number;
  cells: Record<string, string>;
}

export interface CsvTable {
  /** Column names as written, trimmed. */
  columns: string[];
  rows: CsvRow[];
  /** Problems with the file as a whole (a quote left open), each with the row it starts on. */
  problems: { row: number; message: string }[];
}

export function parseCsv(text: string): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const table: CsvTable = { columns: [], rows: [], problems: [] };
  let row = 0;
  let line = 1;
  let lastCursor = 0;
  Papa.parse<string[]>(body, {
    // Never guessed: a sheet's list cells hold semicolons, which papaparse could take for the delimiter.
    delimiter: ',',
    skipEmptyLines: false,
    step(result) {
      row += 1;
      const startLine = line;
      const cursor = result.meta.cursor;
      line += countLineBreaks(body, lastCursor, cursor);
      lastCursor = cursor;
      for (const error of result.errors) table.problems.push({ row, message: describeProblem(error) });
      const cells = result.data;
      if (row === 1) {
        table.columns = cells.map((c) => c.trim());
        return;
      }
      if (cells.every((c) => c.trim() === '')) return;
      const record: Record<string, string> = {};
      table.columns.forEach((column, i) => (record[column] = cells[i] ?? ''));
      if (cells.length > table.columns.length && cells.slice(table.columns.length).some((c) => c.trim() !== '')) {
        table.problems.push({ row, message: `expected at most ${table.columns.length} cells (one per column), got ${cells.length}` });
      }
      table.rows.push({ row, line: startLine, cells: record });
    },
  });
  return table;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

function describeProblem(error: Papa.ParseError): string {
  if (error.code === 'MissingQuotes') return 'expected a closing quote mark (") for a quoted cell';
  if (error.code === 'InvalidQuotes') return 'expected a quote mark inside a quoted cell to be doubled ("")';
  return `expected well-formed CSV (${error.message})`;
}

/**
 * The spreadsheet-formula characters of OWASP's CSV-injection advice: a cell starting with one
 * of them may be run as a formula by Excel, LibreOffice or Google Sheets.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export interface WriteOptions {
  /**
   * For files offered to readers: a cell that would start with a formula character is written
   * with an apostrophe in front, which spreadsheets show as text. An editor's own sheets are
   * written as they are, so that they read back exactly.
   */
  neutraliseFormulas?: boolean;
}

export function writeCsv(columns: string[], rows: string[][], options: WriteOptions = {}): string {
  const safe = options.neutraliseFormulas ? rows.map((cells) => cells.map(neutraliseFormula)) : rows;
  // CRLF: the line end RFC 4180 names and every spreadsheet reads.
  return Papa.unparse({ fields: columns, data: safe }, { newline: '\r\n', quotes: false, escapeFormulae: false }) + '\r\n';
}

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
