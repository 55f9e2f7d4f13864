/** Summaries of repeated measurements: the median, with the smallest and largest value. */
export interface Summary {
  median: number | null;
  min: number | null;
  max: number | null;
  /** How many values were summarised (null and non-finite values are left out). */
  n: number;
}

export function summarise(values: readonly (number | null | undefined)[]): Summary {
  const xs = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (xs.length === 0) return { median: null, min: null, max: null, n: 0 };
  const mid = xs.length >> 1;
  const median = xs.length % 2 === 1 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
  return { median, min: xs[0], max: xs[xs.length - 1], n: xs.length };
}

export function median(values: readonly (number | null | undefined)[]): number | null {
  return summarise(values).median;
}

/** "1234 (1100–1400)" with the given number of decimals; "–" when there is nothing. */
export function formatSummary(s: Summary, decimals = 0, unit = ''): string {
  if (s.median === null) return '–';
  const f = (x: number) => x.toFixed(decimals);
  return s.n === 1 ? `${f(s.median)}${unit}` : `${f(s.median)}${unit} (${f(s.min!)}–${f(s.max!)})`;
}
