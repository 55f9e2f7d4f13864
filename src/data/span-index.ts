/**
 * Day spans indexed for date-window queries, so that moving the slider never scans every record:
 * how many spans overlap a window and whether any does, in O(log n); which overlapping span
 * starts last, by a binary search and a walk along "previous higher" links that is never longer
 * than `longestWalk` (1 when no span lies inside another). A span overlaps [a, b] when
 * first <= b and last >= a.
 *
 * `latest` and `any` are the CPU's one answer to "what does a place show in the window"
 * (placeState in selectors.ts); the map's points ask the GPU the same, in the vertex shader
 * (src/map/marks.vert) over these arrays laid out as textures (src/map/marks.ts), and a browser
 * test (tests/browser/marks-shader.test.ts) holds the shader to placeState's answers.
 *
 * Spans come in groups (a place's events, say) queried one group at a time. All groups share one
 * set of typed arrays, each group a slice of them: a slider step that asks hundreds of places
 * reads memory in a few places rather than chasing an object per place.
 */
import type { DayRange } from './dates.ts';

export class SpanIndex {
  /** Group g's spans are the slots offsets[g] to offsets[g + 1] - 1, ordered by first day. */
  readonly offsets: Int32Array;
  /** Each slot's span: its position in the caller's group. */
  readonly order: Int32Array;
  readonly firsts: Int32Array;
  readonly lasts: Int32Array;
  /** Greatest last day in the group up to each slot: "does any start-before-b span reach a?". */
  readonly reach: Int32Array;
  /**
   * Per slot, the nearest earlier slot of its group whose span ends later, or -1. The span that
   * starts last among those overlapping [a, b] is found by following these links back from the
   * last slot starting by b, to the first that ends on or after a: the slots skipped end too early.
   */
  readonly previousHigher: Int32Array;
  /** The most slots such a walk can visit. */
  readonly longestWalk: number;
  /** The group's last days, sorted. */
  private readonly sortedLasts: Int32Array;

  /** `groups[g]` holds group g's spans; `[spans]` indexes them all as one group. */
  constructor(groups: readonly (readonly DayRange[])[]) {
    this.offsets = new Int32Array(groups.length + 1);
    groups.forEach((spans, g) => (this.offsets[g + 1] = this.offsets[g] + spans.length));
    const size = this.offsets[groups.length];
    this.order = new Int32Array(size);
    this.firsts = new Int32Array(size);
    this.lasts = new Int32Array(size);
    this.reach = new Int32Array(size);
    groups.forEach((spans, g) => {
      const from = this.offsets[g];
      const order = orderBy(spans.length, (i) => spans[i].first);
      let reach = -Infinity;
      order.forEach((i, k) => {
        this.order[from + k] = i;
        this.firsts[from + k] = spans[i].first;
        this.lasts[from + k] = spans[i].last;
        this.reach[from + k] = reach = Math.max(reach, spans[i].last);
      });
    });
    this.sortedLasts = Int32Array.from(this.lasts);
    groups.forEach((_, g) => this.sortedLasts.subarray(this.offsets[g], this.offsets[g + 1]).sort());
    this.previousHigher = new Int32Array(size);
    const depth = new Int32Array(size);
    let longestWalk = 0;
    groups.forEach((_, g) => {
      const higher: number[] = [];
      for (let k = this.offsets[g]; k < this.offsets[g + 1]; k++) {
        while (higher.length && this.lasts[higher[higher.length - 1]] <= this.lasts[k]) higher.pop();
        const previous = higher.length ? higher[higher.length - 1] : -1;
        higher.push(k);
        this.previousHigher[k] = previous;
        depth[k] = previous < 0 ? 1 : depth[previous] + 1;
        longestWalk = Math.max(longestWalk, depth[k]);
      }
    });
    this.longestWalk = longestWalk;
  }

  /** Where span `position` of `group` sits when every group's spans, in the caller's order, are laid end to end. */
  flatPosition(group: number, position: number): number {
    return this.offsets[group] + position;
  }

  count(group: number, dateWindow: DayRange): number {
    const from = this.offsets[group];
    const to = this.offsets[group + 1];
    // Those that start by the window's last day, less those that end before its first (days are
    // whole numbers, so "before first" is "<= first - 1"): the only binary search on the CPU.
    return upperBound(this.firsts, from, to, dateWindow.last) - upperBound(this.sortedLasts, from, to, dateWindow.first - 1);
  }

  any(group: number, dateWindow: DayRange): boolean {
    const from = this.offsets[group];
    const end = upperBound(this.firsts, from, this.offsets[group + 1], dateWindow.last);
    return end > from && this.reach[end - 1] >= dateWindow.first;
  }

  /** The caller's position (in its group) of the overlapping span that starts last, or -1 when none overlaps. */
  latest(group: number, dateWindow: DayRange): number {
    const from = this.offsets[group];
    for (let k = upperBound(this.firsts, from, this.offsets[group + 1], dateWindow.last) - 1; k >= from; k = this.previousHigher[k]) {
      if (this.lasts[k] >= dateWindow.first) return this.order[k];
    }
    return -1;
  }
}

/**
 * The positions 0 … count-1 ordered by a key (ties keep their order). Integer keys are packed with
 * their positions into one number each, (key - min) × count + position, so that the sort is a
 * typed-array sort, many times faster on 100,000 spans than a sort through a comparator. The
 * packed numbers are exact only while they stay below 2^53, that is while
 * (max - min + 1) × count <= 2^53 (day numbers and record counts are far inside); other keys are
 * sorted through a comparator, to the same order.
 */
export function orderBy(count: number, keyOf: (position: number) => number): Int32Array {
  const keys = new Float64Array(count);
  let min = Infinity;
  let max = -Infinity;
  let integers = true;
  for (let i = 0; i < count; i++) {
    const key = (keys[i] = keyOf(i));
    min = Math.min(min, key);
    max = Math.max(max, key);
    integers &&= Number.isInteger(key);
  }
  if (count > 0 && !(integers && Number.isSafeInteger((max - min + 1) * count))) {
    return Int32Array.from(keys.keys()).sort((a, b) => keys[a] - keys[b] || a - b);
  }
  for (let i = 0; i < count; i++) keys[i] = (keys[i] - min) * count + i;
  keys.sort();
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = keys[i] % count;
  return order;
}

/**
 * The slot after the last value <= target in sorted[from, to) (`from` when there is none). The
 * vertex shader of the points (src/map/marks.vert) has the one GPU copy of this search.
 */
function upperBound(sorted: Int32Array, from: number, to: number, target: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] <= target) low = mid + 1;
    else high = mid;
  }
  return low;
}
