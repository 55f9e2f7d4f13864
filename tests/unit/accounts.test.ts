import { describe, expect, it } from 'vitest';
import { accountTopics, claimsInWindow, matchesFilter, placeOfClaim, speakerOf, speakersOf } from '../../src/data/accounts.ts';
import { dayNumber } from '../../src/data/dates.ts';
import { buildModel } from '../../src/data/model.ts';
import type { Claim, Dataset } from '../../src/data/schema.ts';
import { validateDataset } from '../../src/data/validate.ts';
import { readDataset } from '../../scripts/read-dataset.ts';
import { asFiles, fixtureRecords, TODAY } from './fixtures.ts';

function modelOf(edit: (records: ReturnType<typeof fixtureRecords>) => void = () => {}) {
  const records = fixtureRecords();
  edit(records);
  const result = validateDataset(asFiles(records), { today: TODAY });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return buildModel(result.dataset as Dataset);
}

const window = (from: string, to: string) => ({ first: dayNumber(from), last: dayNumber(to) });
const ids = (claims: Claim[]) => claims.map((c) => c.id);

/** Three more claims: a dispute between c and d said later than a/b, and e, disputed by no one, under "Topic". */
function withMore(records: ReturnType<typeof fixtureRecords>) {
  const base = records.claims[0];
  records.claims.push(
    {
      ...base,
      id: 'c-says',
      side: 'pakistan',
      saidOn: '2025-11-20',
      saidOnPrecision: 'day',
      eventIds: [],
      placeIds: ['town'],
      disputes: ['d-says'],
      speaker: { name: null, role: 'Pakistani official (unnamed)' },
    },
    {
      ...base,
      id: 'd-says',
      side: 'taliban-government',
      saidOn: '2025-11-21',
      saidOnPrecision: 'day',
      eventIds: [],
      placeIds: ['town'],
      disputes: ['c-says'],
    },
    { ...base, id: 'e-says', side: 'ttp', saidOn: '2025-11-02', saidOnPrecision: 'day', eventIds: [], placeIds: ['town'], disputes: [] },
  );
}

describe('both accounts, topic by topic', () => {
  it('puts each side in its own column and claims that dispute each other in one row', () => {
    const [topic, other] = accountTopics(modelOf().dataset.claims);
    expect(topic.topic).toBe('Topic');
    expect(topic.sides).toEqual(['taliban-government', 'pakistan', 'mediators']);
    expect(topic.rows[0]).toMatchObject({ disputed: true });
    expect(topic.rows[0].cells.map(ids)).toEqual([['a-says'], ['b-says'], []]);
    // The undisputed claim has a row of its own, in its side's column.
    expect(topic.rows[1].cells.map(ids)).toEqual([[], [], ['talks']]);
    expect(other).toBeUndefined();
  });

  it('orders disputes newest first, then the claims nobody disputes, each column newest first', () => {
    const [topic] = accountTopics(modelOf(withMore).dataset.claims);
    expect(topic.sides).toEqual(['taliban-government', 'pakistan', 'ttp', 'mediators']);
    expect(topic.rows.map((r) => r.disputed)).toEqual([true, true, false]);
    expect(topic.rows[0].cells.map(ids)).toEqual([['d-says'], ['c-says'], [], []]);
    expect(topic.rows[1].cells.map(ids)).toEqual([['a-says'], ['b-says'], [], []]);
    expect(topic.rows[2].cells.map(ids)).toEqual([[], [], ['e-says'], ['talks']]);
    expect(topic.claimCount).toBe(6);
  });

  it('orders topics by their newest claim', () => {
    const topics = accountTopics(
      modelOf((r) => {
        withMore(r);
        r.claims.find((c) => c.id === 'talks')!.topic = 'Talks';
      }).dataset.claims,
    );
    expect(topics.map((t) => t.topic)).toEqual(['Topic', 'Talks']);
  });

  it('groups the shipped dataset’s disputes with both main sides in their columns', () => {
    const result = readDataset();
    if (!result.ok) throw new Error('shipped dataset invalid');
    const topics = accountTopics(result.dataset.claims);
    const talks = topics.find((t) => t.topic === 'Why the Istanbul talks failed')!;
    expect(talks.sides.slice(0, 2)).toEqual(['taliban-government', 'pakistan']);
    const dispute = talks.rows.find((r) => r.disputed)!;
    expect(dispute.cells[0].length).toBeGreaterThan(0);
    expect(dispute.cells[1].length).toBeGreaterThan(0);
    // Every claim appears exactly once.
    const shown = topics.flatMap((t) => t.rows.flatMap((r) => r.cells.flat())).map((c) => c.id);
    expect(shown.sort()).toEqual(result.dataset.claims.map((c) => c.id).sort());
  });
});

describe('claims in a window and filters', () => {
  const model = modelOf();

  it('keeps a claim said in the window, and one about an event that happened in it', () => {
    expect(ids(claimsInWindow(model, window('2025-10-01', '2025-10-31')))).toEqual(['talks']);
    expect(ids(claimsInWindow(model, window('2025-11-01', '2025-11-30')))).toEqual(['a-says', 'b-says']);
    // a-says is about the 2009 bombing: in a 2009 window it stands there alone.
    expect(ids(claimsInWindow(model, window('2009-10-28', '2009-10-28')))).toEqual(['a-says']);
    expect(ids(claimsInWindow(model, window('2012-01-01', '2012-12-31')))).toEqual([]);
  });

  it('filters by side and by speaker', () => {
    const m = modelOf(withMore);
    const all = m.dataset.claims;
    expect(ids(all.filter((c) => matchesFilter(c, { sides: ['pakistan'], speaker: null })))).toEqual(['b-says', 'c-says']);
    expect(ids(all.filter((c) => matchesFilter(c, { sides: null, speaker: 'Pakistani official (unnamed)' })))).toEqual(['c-says']);
    expect(ids(all.filter((c) => matchesFilter(c, { sides: ['ttp', 'pakistan'], speaker: 'Speaker' })))).toEqual(['b-says', 'e-says']);
    expect(speakerOf(all.find((c) => c.id === 'c-says')!)).toBe('Pakistani official (unnamed)');
    expect(speakersOf(all)).toEqual([
      { speaker: 'Speaker', count: 5 },
      { speaker: 'Pakistani official (unnamed)', count: 1 },
    ]);
  });

  it('finds a claim’s place: its own first, else its event’s', () => {
    expect(placeOfClaim(model, model.claimById.get('a-says')!)).toBe('town');
    expect(placeOfClaim(model, model.claimById.get('talks')!)).toBe('venue');
  });
});
