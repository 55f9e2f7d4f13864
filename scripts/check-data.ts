/**
 * `npm run check:data -- [dataset folder]` (default data/): checks the dataset and prints
 * `Dataset OK: …`, or every error found, one per line (file › record › field: message), and
 * nothing else; exits with 1 when there is any.
 */
import { failWithErrors, readArgs } from './cli.ts';
import { DATA_DIR, readDataset, readPeriods } from './read-dataset.ts';

const { positionals } = readArgs('npm run check:data -- [dataset folder]', {});
const result = readDataset(positionals[0] ?? DATA_DIR);
const periods = readPeriods(positionals[0] ?? DATA_DIR);
if (!result.ok || periods.errors.length > 0) failWithErrors([...(result.ok ? [] : result.errors), ...periods.errors]);
if (!result.ok) process.exit(1);
const { sources, places, events, claims } = result.dataset;
console.log(
  `Dataset OK: ${sources.length} sources, ${places.length} places, ${events.length} events, ${claims.length} claims, ${periods.periods.length} named period${periods.periods.length === 1 ? '' : 's'}.`,
);
