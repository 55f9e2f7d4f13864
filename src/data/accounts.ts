/**
 * The claims read across places rather than place by place: which claims fall in a date window,
 * filtered by side and speaker, and laid out topic by topic with each side's claims in a column
 * and the claims that dispute each other in one row. Pure functions over the model.
 */
import { periodOf, type DayRange } from './dates.ts';
import type { Model } from './model.ts';
import type { Claim } from './schema.ts';
import { overlaps } from './selectors.ts';
import { SIDES, type Side } from './vocabulary.ts';

/** Who a claim is by, as the reader sees it and as the speaker filter matches it. */
export function speakerOf(claim: Claim): string {
  return claim.speaker.name ?? claim.speaker.role ?? 'Unnamed speaker';
}

export interface ClaimFilter {
  /** Only these sides; null for every side. */
  sides: Side[] | null;
  /** Only this speaker (see speakerOf); null for everyone. */
  speaker: string | null;
}

export function matchesFilter(claim: Claim, { sides, speaker }: ClaimFilter): boolean {
  return (!sides || sides.includes(claim.side)) && (!speaker || speakerOf(claim) === speaker);
}

/**
 * Claims in a window, as at a place (claimsAt): said in it, or about an event that happened in
 * it. In the dataset's order.
 */
export function claimsInWindow(model: Model, dateWindow: DayRange): Claim[] {
  return model.dataset.claims.filter(
    (claim) =>
      overlaps(periodOf(claim.saidOn), dateWindow) ||
      claim.eventIds.some((id) => {
        const span = model.eventSpan.get(id);
        return span !== undefined && overlaps(span, dateWindow);
      }),
  );
}

/** Every speaker in the dataset with how many claims they made, most first, then by name. */
export function speakersOf(claims: readonly Claim[]): { speaker: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const claim of claims) counts.set(speakerOf(claim), (counts.get(speakerOf(claim)) ?? 0) + 1);
  return [...counts].map(([speaker, count]) => ({ speaker, count })).sort((a, b) => b.count - a.count || a.speaker.localeCompare(b.speaker));
}

/** The place a claim is shown at on the map: its first place, else the first place of its first event. */
export function placeOfClaim(model: Model, claim: Claim): string | null {
  if (claim.placeIds.length > 0) return claim.placeIds[0];
  for (const id of claim.eventIds) {
    const place = model.eventById.get(id)?.placeIds[0];
    if (place) return place;
  }
  return null;
}

/** One row of a topic: claims that dispute each other (aligned), or claims no one disputes here. */
export interface AccountRow {
  disputed: boolean;
  /** Per column of the topic (same order as its `sides`), that side's claims in this row, newest first. */
  cells: Claim[][];
  /** The first day the newest claim in the row can have been said. */
  latest: number;
}

export interface AccountTopic {
  topic: string;
  /** The columns: each side with a claim in the topic, in the order of SIDES. */
  sides: Side[];
  /** Disputes first, newest first; then one row of the claims nobody here disputes. */
  rows: AccountRow[];
  latest: number;
  claimCount: number;
}

const SIDE_ORDER = Object.keys(SIDES) as Side[];
/**
 * A claim's date for ordering: the first day it can have been said, so that "21 November 2025"
 * comes before (is newer than) "November 2025", which may mean the 1st; then the narrower date.
 */
const saidFirst = (claim: Claim) => periodOf(claim.saidOn).first;
const newestFirst = (a: Claim, b: Claim) => saidFirst(b) - saidFirst(a) || periodOf(a.saidOn).last - periodOf(b.saidOn).last;

/**
 * The claims topic by topic, newest topic first. Claims linked by `disputes` (directly or through
 * each other) form one row, under the topic of the first of them, as in a place's sidebar; the
 * rest of a topic's claims share its last row, each in its side's column.
 */
export function accountTopics(claims: readonly Claim[]): AccountTopic[] {
  const groups = disputeGroups(claims);
  const byTopic = new Map<string, { disputes: Claim[][]; undisputed: Claim[] }>();
  for (const members of groups) {
    const topic = members[0].topic;
    let entry = byTopic.get(topic);
    if (!entry) byTopic.set(topic, (entry = { disputes: [], undisputed: [] }));
    if (members.length > 1) entry.disputes.push(members);
    else entry.undisputed.push(members[0]);
  }
  const topics = [...byTopic].map(([topic, { disputes, undisputed }]): AccountTopic => {
    const all = [...disputes.flat(), ...undisputed];
    const present = new Set(all.map((c) => c.side));
    const sides = SIDE_ORDER.filter((side) => present.has(side));
    const row = (members: Claim[], disputed: boolean): AccountRow => {
      const sorted = [...members].sort(newestFirst);
      return { disputed, cells: sides.map((side) => sorted.filter((c) => c.side === side)), latest: saidFirst(sorted[0]) };
    };
    const rows = disputes.map((members) => row(members, true)).sort((a, b) => b.latest - a.latest);
    if (undisputed.length > 0) rows.push(row(undisputed, false));
    return { topic, sides, rows, latest: Math.max(...all.map(saidFirst)), claimCount: all.length };
  });
  // Among topics as recent, those where more sides speak, then with more claims, come first.
  return topics.sort((a, b) => b.latest - a.latest || b.sides.length - a.sides.length || b.claimCount - a.claimCount || a.topic.localeCompare(b.topic));
}

/** Claims linked by disputes among `claims`, each group in the order of `claims`. */
function disputeGroups(claims: readonly Claim[]): Claim[][] {
  const root = new Map(claims.map((c) => [c.id, c.id]));
  const find = (id: string): string => {
    let at = id;
    while (root.get(at) !== at) at = root.get(at)!;
    return at;
  };
  for (const c of claims) for (const other of c.disputes) if (root.has(other)) root.set(find(other), find(c.id));
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = find(c.id);
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  return [...groups.values()];
}
