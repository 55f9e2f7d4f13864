/**
 * `npm run check:data -- [dataset folder]` (default data/): checks the dataset and prints
 * `Dataset OK: …`, or every error found, one per line (file › record › field: message), and
 * nothing else; exits with 1 when there is any.
 */
import { failWithErrors, readArgs } from './cli.ts';
import { DATA_DIR, readDataset } from './read-dataset.ts';

const { positionals } = readArgs('npm run check:data -- [dataset folder]', {});
const result = readDataset(positionals[0] ?? DATA_DIR);
if (!result.ok) failWithErrors(result.errors);
const { sources, places, events, claims } = result.dataset;
console.log(`Dataset OK: ${sources.length} sources, ${places.length} places, ${events.length} events, ${claims.length} claims.`);
