/** `npm run synthetic -- <events> <outDir>`: writes a deterministic synthetic dataset in the published format and checks it. */
import { PUBLISHED_FILES } from '../src/data/publish.ts';
import { formatDataError } from '../src/data/errors.ts';
import { generateSynthetic, readPublishedFolder, writeSynthetic } from './generate-synthetic.ts';

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(2)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const [countArg, outDir] = process.argv.slice(2);
  const eventCount = Number(countArg);
  if (!countArg || !outDir || !Number.isInteger(eventCount) || eventCount < 0) {
    console.error('usage: npm run synthetic -- <events> <outDir>');
    process.exit(2);
  }
  const t0 = performance.now();
  const dataset = generateSynthetic(eventCount);
  const t1 = performance.now();
  const sizes = writeSynthetic(dataset, outDir);
  const t2 = performance.now();
  const result = await readPublishedFolder(outDir);
  const t3 = performance.now();

  const { sources, places, events, claims } = dataset;
  console.log(
    `Synthetic dataset in ${outDir}: ${sources.length} sources, ${places.length} places, ${events.length} events, ${claims.length} claims.`,
  );
  for (const name of PUBLISHED_FILES) console.log(`  ${name.padEnd(16)} ${megabytes(sizes[name]).padStart(10)}`);
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  console.log(`  ${'total'.padEnd(16)} ${megabytes(total).padStart(10)}`);
  console.log(
    `Generated in ${seconds(t1 - t0)}, written in ${seconds(t2 - t1)}, read back and validated in ${seconds(t3 - t2)} (total ${seconds(t3 - t0)}).`,
  );
  if (!result.ok) {
    console.error(`The synthetic dataset has ${result.errors.length} error(s):`);
    for (const error of result.errors.slice(0, 200)) console.error(`  ${formatDataError(error)}`);
    if (result.errors.length > 200) console.error(`  … and ${result.errors.length - 200} more`);
    process.exit(1);
  }
  console.log('Dataset OK.');
}

await main();
