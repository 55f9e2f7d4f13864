/** Strings that try to be markup, script, a broken escape or a prototype key: fed to the URL and the data by the tests. */
export const HOSTILE_STRINGS = [
  '<script>alert(1)</script>',
  '<img src=x onerror="window.__pwned=1">',
  'javascript:alert(1)',
  '"><svg onload=alert(1)>',
  '%00',
  '%E0%A4%A',
  '%%%',
  '__proto__',
  'constructor',
  '9999-99-99',
  '0000-00-00',
  '+275760-09-13',
  '2009-02-29',
  '999/abc/1e400',
  '\u202Espin-boldak',
];
