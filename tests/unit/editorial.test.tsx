// @vitest-environment jsdom
/**
 * What the sidebar promises a reader about a claim's words and its dispute: a paraphrase is never
 * in quotation marks and is marked as one; claims that dispute each other stand in columns, one
 * per side; a claim whose counter-claim is not shown says who disputes it, with their words.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/data/model.ts';
import type { Claim, Dataset } from '../../src/data/schema.ts';
import { validateDataset } from '../../src/data/validate.ts';
import { SIDES } from '../../src/data/vocabulary.ts';
import { ClaimCard } from '../../src/sidebar/ClaimCard.tsx';
import { ClaimGroups } from '../../src/sidebar/ClaimGroups.tsx';
import { asFiles, fixtureRecords, TODAY } from './fixtures.ts';

afterEach(cleanup);

function model() {
  const result = validateDataset(asFiles(fixtureRecords()), { today: TODAY });
  if (!result.ok) throw new Error('fixture is invalid');
  return buildModel(result.dataset as Dataset);
}

const QUOTES = /["“”«»„]/;

describe('a claim’s words', () => {
  const m = model();
  const paraphrase = m.claimById.get('talks')!;

  it('a paraphrase: badged as one, in no quotation marks and no blockquote', () => {
    const { container } = render(<ClaimCard claim={paraphrase} model={m} shown={new Set([paraphrase.id])} />);
    const words = container.querySelector('.claim-text')!;
    expect(within(words as HTMLElement).getByText('Paraphrase')).toBeTruthy();
    expect(words.textContent).toContain(paraphrase.text);
    expect(words.textContent).not.toMatch(QUOTES);
    expect(container.querySelector('blockquote')).toBeNull();
  });

  it('verbatim words: in quotation marks, in a blockquote, with no paraphrase badge', () => {
    const verbatim: Claim = { ...paraphrase, mode: 'verbatim' };
    const { container } = render(<ClaimCard claim={verbatim} model={m} shown={new Set([verbatim.id])} />);
    expect(container.querySelector('blockquote')!.textContent).toBe(`“${verbatim.text}”`);
    expect(screen.queryByText('Paraphrase')).toBeNull();
  });
});

describe('a disputed claim', () => {
  const m = model();
  const [aSays, bSays] = ['a-says', 'b-says'].map((id) => m.claimById.get(id)!);

  it('stands beside the claim it disputes, in one column per side, each headed by its side', () => {
    render(<ClaimGroups claims={[aSays, bSays]} model={m} withLinks={false} />);
    const group = screen.getByRole('group', { name: `Disputed: ${aSays.topic}` });
    const columns = group.querySelectorAll('.claim-column');
    expect(columns).toHaveLength(2);
    const bySide = [...columns].map((column) => ({
      side: column.querySelector('h5')!.textContent,
      claims: [...column.querySelectorAll('[data-claim-id]')].map((card) => card.getAttribute('data-claim-id')),
    }));
    expect(bySide).toEqual(
      expect.arrayContaining([
        { side: SIDES[aSays.side], claims: ['a-says'] },
        { side: SIDES[bSays.side], claims: ['b-says'] },
      ]),
    );
    // Both claims are on screen: neither needs to say who disputes it.
    expect(screen.queryByText(/^Disputed by/)).toBeNull();
  });

  it('says who disputes it, with their side and words, when the other claim is not on screen', () => {
    render(<ClaimGroups claims={[aSays]} model={m} withLinks={false} />);
    expect(screen.queryByRole('group', { name: /^Disputed/ })).toBeNull();
    const summary = screen.getByText(/^Disputed by/);
    expect(summary.textContent).toBe(`Disputed by ${bSays.speaker.name} (${SIDES[bSays.side]})`);
    const counter = summary.closest('details')!.querySelector('.counter-claim')!;
    expect(counter.textContent).toContain(bSays.text);
    // The counter-claim is a paraphrase too: marked, and not quoted.
    expect(within(counter as HTMLElement).getByText('Paraphrase')).toBeTruthy();
    expect(counter.querySelector('blockquote')).toBeNull();
    expect(counter.textContent).not.toMatch(QUOTES);
  });
});
