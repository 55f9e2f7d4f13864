/**
 * Full-text search over the claims' words, speakers and topics, with MiniSearch. Loaded only
 * when a reader searches (its own chunk), and built once per set of claims.
 */
import MiniSearch from 'minisearch';
import type { Claim } from '../data/schema.ts';
import { SIDES } from '../data/vocabulary.ts';

export interface ClaimHit {
  id: string;
  score: number;
  /** The words of the claims that matched, in lower case, for highlighting. */
  terms: string[];
}

export interface ClaimSearch {
  search(query: string): ClaimHit[];
}

/**
 * A speaker or a topic that matches weighs more than a word in a claim's text: "Mujahid" finds
 * what he said before what others said about him.
 */
const BOOST = { speaker: 3, topic: 2, text: 1 };

export function buildClaimSearch(claims: readonly Claim[]): ClaimSearch {
  const index = new MiniSearch<Claim>({
    fields: ['text', 'speaker', 'topic'],
    extractField: (claim, field) => {
      if (field === 'speaker') return [claim.speaker.name, claim.speaker.role, SIDES[claim.side]].filter(Boolean).join(' ');
      return String(claim[field as keyof Claim] ?? '');
    },
    searchOptions: {
      boost: BOOST,
      // Every word must match; the last one may be half typed, longer ones may have a typo.
      combineWith: 'AND',
      prefix: (term, i, terms) => i === terms.length - 1 || term.length > 3,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
    },
  });
  index.addAll(claims);
  return {
    search: (query) =>
      query.trim() === '' ? [] : index.search(query).map((result) => ({ id: String(result.id), score: result.score, terms: result.terms })),
  };
}
