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
  /** The cells, in the header's order (see CsvTable.cell). */
  values: string[];
}

export interface CsvTable {
  /** Column names as written, trimmed. */
  columns: string[];
  /** The data rows; blank rows are left out (their numbers are not reused). */
  rows: CsvRow[];
  /** Problems with the file as a whole (a quote left open), each with the row it starts on. */
  problems: { row: number; message: string }[];
  /** A row's cell in a column ('' when the column or the cell is missing). */
  cell(row: CsvRow, column: string): string;
}

export function parseCsv(text: string): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // One pass over the whole text: papaparse's row-by-row mode is several times slower on 150,000 rows.
  const parsed = Papa.parse<string[]>(body, {
    // Never guessed: a sheet's list cells hold semicolons, which papaparse could take for the delimiter.
    delimiter: ',',
    skipEmptyLines: false,
  });
  const problems = parsed.errors.map((error) => ({ row: (error.row ?? 0) + 1, message: describeProblem(error) }));
  const data = parsed.data;
  const columns = (data[0] ?? []).map((c) => c.trim());
  const index = new Map(columns.map((c, i) => [c, i]));
  const rows: CsvRow[] = [];
  let line = 1 + lineBreaksIn(data[0] ?? []);
  for (let i = 1; i < data.length; i++) {
    const values = data[i];
    const start = ++line;
    line += lineBreaksIn(values);
    if (values.every((c) => c.trim() === '')) continue;
    if (values.length > columns.length && values.slice(columns.length).some((c) => c.trim() !== '')) {
      problems.push({ row: i + 1, message: `expected at most ${columns.length} cells (one per column), got ${values.length}` });
    }
    rows.push({ row: i + 1, line: start, values });
  }
  return {
    columns,
    rows,
    problems,
    cell: (row, column) => {
      const at = index.get(column);
      return at === undefined ? '' : (row.values[at] ?? '');
    },
  };
}

/** Line breaks inside a row's quoted cells: each moves the next row one line further down the file. */
function lineBreaksIn(values: string[]): number {
  let count = 0;
  for (const value of values) for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) count++;
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
