/**
 * The CSVs offered to readers beside the published JSON (data/events.csv, data/claims.csv): the
 * sheets' columns, with every cell that a spreadsheet would run as a formula neutralised (see
 * csv.ts), and without ACLED's rows unless the editor stated they may be passed on.
 */
import { acledRowsLeftOut } from '../data/publish.ts';
import type { Dataset } from '../data/schema.ts';
import { writeCsv } from './csv.ts';
import { recordsToTable, SHEETS } from './sheets.ts';

export const READER_CSV_FILES = ['events.csv', 'claims.csv'] as const;

export function readerCsvFiles(dataset: Dataset): Record<(typeof READER_CSV_FILES)[number], string> {
  const { events, claims } = acledRowsLeftOut(dataset).shared;
  const table = (file: 'events.csv' | 'claims.csv', records: object[]) => {
    const sheet = SHEETS.find((s) => s.file === file)!;
    // Readers' files keep ";" inside list items as they are: they are read, not imported back.
    const { columns, rows } = recordsToTable(sheet, records);
    return writeCsv(columns, rows, { neutraliseFormulas: true });
  };
  return { 'events.csv': table('events.csv', events), 'claims.csv': table('claims.csv', claims) };
}
