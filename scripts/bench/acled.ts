/**
 * `npm run bench:acled`: generates a made-up 150,000-row export in ACLED's format (never real
 * ACLED data) and imports it into a copy of data/ with the import's own code (scripts/acled-import.ts),
 * printing rows per second and the process's peak memory. Goal: under 10 s. Not a test: it
 * measures and reports. BENCH_ACLED_ROWS changes the size.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { importAcledFile } from '../acled-import.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIR = join(ROOT, '.cache/bench/acled');
const ROWS = Number(process.env.BENCH_ACLED_ROWS ?? 150_000);
const GOAL_SECONDS = 10;

const COLUMNS =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp'.split(
    ',',
  );
const TYPES = [
  ['Battles', 'Armed clash'],
  ['Explosions/Remote violence', 'Air/drone strike'],
  ['Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  ['Explosions/Remote violence', 'Remote explosive/landmine/IED'],
  ['Violence against civilians', 'Attack'],
  ['Strategic developments', 'Agreement'],
  ['Protests', 'Peaceful protest'],
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A small seeded generator (mulberry32): the same file on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(path: string): void {
  const next = random(17);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  const locations = Array.from({ length: 800 }, (_, i) => ({
    name: i % 7 === 0 ? `موقع ${i}` : `Test Location ${i}`,
    lat: (29 + next() * 7).toFixed(4),
    lon: (62 + next() * 12).toFixed(4),
    pk: next() < 0.5,
  }));
  const rows: string[][] = [];
  const first = Date.UTC(2020, 0, 1);
  for (let i = 0; i < ROWS; i++) {
    const [eventType, subEventType] = pick(TYPES);
    const place = pick(locations);
    const day = new Date(first + Math.floor(next() * 2150) * 86_400_000);
    const iso = day.toISOString().slice(0, 10);
    const date = i % 2 ? iso : `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
    const cells: Record<string, string> = {
      event_id_cnty: `${place.pk ? 'PAK' : 'AFG'}${100000 + i}`,
      event_date: date,
      year: iso.slice(0, 4),
      time_precision: String(1 + Math.floor(next() * 3)),
      event_type: eventType,
      sub_event_type: subEventType,
      actor1: `Test Actor ${Math.floor(next() * 40)}`,
      assoc_actor_1: next() < 0.2 ? 'Test Group A; Test Group B' : '',
      actor2: next() < 0.6 ? `Test Actor ${Math.floor(next() * 40)}` : '',
      iso: place.pk ? '586' : '4',
      country: place.pk ? 'Pakistan' : 'Afghanistan',
      admin1: `Test Province ${Math.floor(next() * 30)}`,
      location: place.name,
      latitude: place.lat,
      longitude: place.lon,
      geo_precision: String(1 + Math.floor(next() * 3)),
      source: next() < 0.5 ? 'Test Wire' : 'Test Daily; Test Radio',
      notes: `Made-up row ${i} for the benchmark: on ${iso}, "test" actors met, by one account, near ${place.name};\nno further detail.`,
      fatalities: next() < 0.1 ? '' : String(Math.floor(next() * 5)),
      timestamp: String(Math.floor(first / 1000) + 200_000_000 + i),
    };
    rows.push(COLUMNS.map((c) => cells[c] ?? ''));
  }
  writeFileSync(path, Papa.unparse({ fields: COLUMNS, data: rows }, { newline: '\r\n' }));
}

mkdirSync(DIR, { recursive: true });
const exportPath = join(DIR, `export-${ROWS}.csv`);
if (!existsSync(exportPath)) {
  process.stderr.write(`Generating ${ROWS.toLocaleString('en')} made-up rows in ACLED's format…\n`);
  generate(exportPath);
}
const into = join(DIR, 'data');
rmSync(into, { recursive: true, force: true });
cpSync(join(ROOT, 'data'), into, { recursive: true });

const load = loadavg()[0];
const cpuBefore = process.cpuUsage();
const started = performance.now();
const outcome = importAcledFile({ exportPath, into, accessed: '2025-11-20', filters: 'made-up benchmark export' });
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
if (!outcome.ok) {
  console.error('errors' in outcome ? outcome.errors.slice(0, 5) : outcome.message);
  process.exit(1);
}
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(outcome.lines.filter((line) => !line.startsWith('  row')).join('\n'));
console.log(
  `Phases: ${Object.entries(outcome.phases)
    .map(([name, s]) => `${name} ${s.toFixed(2)} s`)
    .join(', ')}`,
);
console.log(
  `ACLED import: ${outcome.rows.toLocaleString('en')} rows in ${seconds.toFixed(2)} s = ${Math.round(outcome.rows / seconds).toLocaleString('en')} rows/s; ` +
    `peak memory (RSS) ${Math.round(peakMb)} MB; goal under ${GOAL_SECONDS} s: ${seconds < GOAL_SECONDS ? 'met' : 'NOT met'}`,
);
// On a shared machine the wall time includes waiting for the CPU and the disk: the CPU time and the load say how much.
console.log(
  `CPU time ${cpuSeconds.toFixed(2)} s (user ${(cpu.user / 1e6).toFixed(2)}, system ${(cpu.system / 1e6).toFixed(2)}); load average ${load.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after, on ${cpus().length} cores`,
);
