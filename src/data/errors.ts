/** A problem in a dataset, named by file, record and field, in words a data editor can act on. */
export interface DataError {
  file: string;
  record: string | null;
  field: string | null;
  message: string;
}

export function formatDataError(error: DataError): string {
  const where = [error.file, error.record ?? '(whole file)', error.field].filter(Boolean).join(' › ');
  return `${where}: ${error.message}`;
}
