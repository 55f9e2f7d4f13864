/**
 * `npm run import:acled -- <export.csv> --into <dataset folder> [--accessed YYYY-MM-DD]
 * [--filters "…"] [--may-share] [--categories <file>]`: adds an ACLED export's events to a
 * dataset, or updates them by ACLED id, leaving the editor's own records as they are. Reports how
 * many rows were added, changed and removed and every row not shown, with why. Writes nothing
 * when any row or the result is wrong (every error on a line of its own).
 */
import { importAcledFile } from './acled-import.ts';
import { fail, failWithErrors, readArgs } from './cli.ts';

const usage =
  'npm run import:acled -- <export.csv> --into <dataset folder> [--accessed YYYY-MM-DD] [--filters "…"] [--may-share] [--categories <file>]';
const { positionals, values } = readArgs(usage, {
  into: { type: 'string' },
  accessed: { type: 'string' },
  filters: { type: 'string' },
  'may-share': { type: 'boolean' },
  categories: { type: 'string' },
});
if (positionals.length !== 1 || !values.into) fail([`usage: ${usage}`]);

const outcome = importAcledFile({ exportPath: positionals[0], into: values.into, ...values, mayShare: values['may-share'] });
if (!outcome.ok) 'errors' in outcome ? failWithErrors(outcome.errors) : fail(outcome.message);
else console.log(outcome.lines.join('\n'));
