/**
 * Which folder of src/ may import which: the rules of docs/architecture.md, enforced by `npm test`.
 * Data flows one way: records and selectors (data/) know nothing of the screen; state/ knows the
 * data; the parts that draw (map/, sidebar/, timeline/, embed/) know the data, the state and the
 * strings (i18n/); only the app's wiring (src/*.tsx) knows them all.
 */
const inSrc = (folder) => `^src/${folder}/`;

/** folder -> the other folders of src/ it may import */
const MAY_IMPORT = {
  data: [],
  i18n: ['data'],
  state: ['data', 'i18n'],
  importers: ['data'],
  map: ['data', 'state', 'i18n'],
  timeline: ['data', 'state', 'i18n'],
  embed: ['data', 'state', 'i18n'],
  // The sidebar shows each category with the map's icon and colour, so that the two always agree.
  sidebar: ['data', 'state', 'i18n', 'map'],
  // Both accounts side by side show each claim as the sidebar does.
  accounts: ['data', 'state', 'i18n', 'map', 'sidebar'],
};
const FOLDERS = Object.keys(MAY_IMPORT);

module.exports = {
  forbidden: [
    ...FOLDERS.map((folder) => ({
      name: `${folder}-imports`,
      comment: `src/${folder}/ may import only ${MAY_IMPORT[folder].map((f) => `src/${f}/`).join(', ') || 'itself'} (docs/architecture.md)`,
      severity: 'error',
      from: { path: inSrc(folder) },
      to: { path: '^src/', pathNot: [inSrc(folder), ...MAY_IMPORT[folder].map(inSrc), '\\.(css|vert|frag)$'] },
    })),
    {
      name: 'no-cycles',
      comment: 'a cycle makes the order of loading matter and the parts impossible to read alone',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'src-not-from-tests-or-scripts',
      comment: 'the app ships to readers: it must not import test or build code',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(tests|scripts)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
