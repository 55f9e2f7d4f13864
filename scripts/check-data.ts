/** `npm run check:data [dataDir]`: validates the dataset and exits non-zero with every error found. */
import { formatDataError } from '../src/data/errors.ts';
import { DATA_DIR, readDataset } from './read-dataset.ts';

const dataDir = process.argv[2] ?? DATA_DIR;
const result = readDataset(dataDir);
if (result.ok) {
  const { sources, places, events, claims } = result.dataset;
  console.log(`Dataset OK: ${sources.length} sources, ${places.length} places, ${events.length} events, ${claims.length} claims.`);
} else {
  console.error(`The dataset has ${result.errors.length} error(s):`);
  for (const error of result.errors) console.error(`  ${formatDataError(error)}`);
  process.exit(1);
}
