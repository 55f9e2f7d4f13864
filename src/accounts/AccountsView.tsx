/**
 * Both accounts side by side: every topic with each side's claims in a column, the claims that
 * dispute each other in one row, newest first; with a search over the claims and filters by side
 * and speaker. It follows the date window and the category filter (through `model`). Its own
 * chunk, loaded when a reader opens it; the search index is another, loaded when they search.
 */
import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { accountTopics, claimsInWindow, matchesFilter, speakersOf, type AccountTopic, type ClaimFilter } from '../data/accounts.ts';
import { formatDay, formatPartialDate, type DayRange } from '../data/dates.ts';
import type { Model } from '../data/model.ts';
import type { Claim } from '../data/schema.ts';
import { SIDES, type Side } from '../data/vocabulary.ts';
import { speakerName } from '../sidebar/ClaimCard.tsx';
import { highlight } from './highlight.ts';
import type { ClaimHit, ClaimSearch } from './search.ts';

// User-visible strings, in one place until they move to the i18n catalogue.
const TEXT = {
  title: 'Both accounts, topic by topic',
  back: '← Back to the map',
  intro:
    'Each topic lists what each side claims, in columns; claims that dispute each other share a row. Newest first, within the dates and categories chosen.',
  search: 'Search claims, speakers and topics',
  sides: 'Sides',
  speaker: 'Speaker',
  everyone: 'Everyone',
  clear: 'Clear search and filters',
  disputed: 'Disputed',
  notDisputed: 'Not disputed here',
  onMap: 'On the map',
  loadingSearch: 'Loading the search…',
  none: 'No claims match in the chosen dates. Widen the dates, or clear the search and filters.',
};

export interface AccountsViewProps {
  model: Model;
  dateWindow: DayRange;
  query: string;
  filter: ClaimFilter;
  onQuery: (query: string) => void;
  onFilter: (filter: ClaimFilter) => void;
  /** Opens a claim at its place on the map (the view closes). */
  onOpenClaim: (claimId: string) => void;
  onClose: () => void;
}

export default function AccountsView({ model, dateWindow, query, filter, onQuery, onFilter, onOpenClaim, onClose }: AccountsViewProps) {
  const inWindow = useMemo(() => claimsInWindow(model, dateWindow), [model, dateWindow]);
  const shown = useMemo(() => inWindow.filter((c) => matchesFilter(c, filter)), [inWindow, filter]);
  const hits = useClaimSearch(model.dataset.claims, query);
  const results = useMemo(() => {
    if (!hits) return null;
    const shownIds = new Set(shown.map((c) => c.id));
    return hits.filter((hit) => shownIds.has(hit.id));
  }, [hits, shown]);
  const topics = useMemo(() => accountTopics(shown), [shown]);

  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const searching = query.trim() !== '';
  const summary = searching
    ? results
      ? `${results.length} ${results.length === 1 ? 'claim matches' : 'claims match'}`
      : TEXT.loadingSearch
    : `${shown.length} ${shown.length === 1 ? 'claim' : 'claims'} in ${topics.length} ${topics.length === 1 ? 'topic' : 'topics'}`;

  return (
    <section className="accounts" aria-labelledby="accounts-title">
      <div className="accounts-head">
        <button type="button" className="back" onClick={onClose}>
          {TEXT.back}
        </button>
        <h2 id="accounts-title" ref={heading} tabIndex={-1}>
          {TEXT.title}
        </h2>
        <p className="hint">{TEXT.intro}</p>
        <Filters model={model} query={query} filter={filter} onQuery={onQuery} onFilter={onFilter} />
        <p className="accounts-summary" role="status">
          {summary}, {formatDay(dateWindow.first)} – {formatDay(dateWindow.last)}
        </p>
      </div>
      {searching
        ? results && (
            <ol className="search-results">
              {results.map((hit) => (
                <li key={hit.id}>
                  <AccountClaim
                    claim={model.claimById.get(hit.id)!}
                    model={model}
                    terms={new Set(hit.terms)}
                    showTopic
                    onOpen={onOpenClaim}
                  />
                </li>
              ))}
            </ol>
          )
        : topics.map((topic, index) => <Topic key={topic.topic} topic={topic} index={index} model={model} onOpen={onOpenClaim} />)}
      {(searching ? results?.length === 0 : shown.length === 0) && <p className="empty">{TEXT.none}</p>}
    </section>
  );
}

/** The search index, built in its own chunk once a reader searches; null until it is ready. */
function useClaimSearch(claims: Claim[], query: string): ClaimHit[] | null {
  const [index, setIndex] = useState<{ claims: Claim[]; search: ClaimSearch } | null>(null);
  const wanted = query.trim() !== '';
  useEffect(() => {
    if (!wanted || index?.claims === claims) return;
    let current = true;
    import('./search.ts').then(({ buildClaimSearch }) => {
      if (current) setIndex({ claims, search: buildClaimSearch(claims) });
    });
    return () => {
      current = false;
    };
  }, [wanted, claims, index]);
  return useMemo(() => (index && index.claims === claims && wanted ? index.search.search(query) : null), [index, claims, query, wanted]);
}

function Filters({
  model,
  query,
  filter,
  onQuery,
  onFilter,
}: Pick<AccountsViewProps, 'model' | 'query' | 'filter' | 'onQuery' | 'onFilter'>) {
  const sidesInData = useMemo(() => {
    const present = new Set(model.dataset.claims.map((c) => c.side));
    return (Object.keys(SIDES) as Side[]).filter((side) => present.has(side));
  }, [model]);
  const speakers = useMemo(() => speakersOf(model.dataset.claims), [model]);
  const toggleSide = (side: Side, on: boolean) => {
    const current = filter.sides ?? sidesInData;
    const next = on ? [...current, side] : current.filter((s) => s !== side);
    const ordered = sidesInData.filter((s) => next.includes(s));
    onFilter({ ...filter, sides: ordered.length === sidesInData.length ? null : ordered });
  };
  const filtered = query !== '' || filter.sides !== null || filter.speaker !== null;
  return (
    <form className="accounts-filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <label className="search-field">
        {TEXT.search}
        <input type="search" value={query} onChange={(event) => onQuery(event.target.value)} autoComplete="off" spellCheck={false} />
      </label>
      <fieldset>
        <legend>{TEXT.sides}</legend>
        {sidesInData.map((side) => (
          <label key={side} className={`side-toggle side-toggle--${side}`}>
            <input
              type="checkbox"
              checked={!filter.sides || filter.sides.includes(side)}
              onChange={(event) => toggleSide(side, event.target.checked)}
            />
            {SIDES[side]}
          </label>
        ))}
      </fieldset>
      <label className="speaker-field">
        {TEXT.speaker}
        <select value={filter.speaker ?? ''} onChange={(event) => onFilter({ ...filter, speaker: event.target.value || null })}>
          <option value="">{TEXT.everyone}</option>
          {filter.speaker && !speakers.some((s) => s.speaker === filter.speaker) && (
            <option value={filter.speaker}>{filter.speaker} (0)</option>
          )}
          {speakers.map(({ speaker, count }) => (
            <option key={speaker} value={speaker}>
              {speaker} ({count})
            </option>
          ))}
        </select>
      </label>
      {filtered && (
        <button type="button" className="clear-filters" onClick={() => (onQuery(''), onFilter({ sides: null, speaker: null }))}>
          {TEXT.clear}
        </button>
      )}
    </form>
  );
}

/**
 * A topic as a grid: one column per side; each row a dispute (or the undisputed rest). The claims
 * come in the page's order one side after the other (a phone shows them so, each labelled with its
 * side); on a wide screen CSS places each in its side's column (--column) and its row (--row).
 */
function Topic({ topic, index, model, onOpen }: { topic: AccountTopic; index: number; model: Model; onOpen: (id: string) => void }) {
  const headingId = `account-topic-${index}`;
  return (
    <section className="account-topic" aria-labelledby={headingId} style={{ '--columns': topic.sides.length } as CSSProperties}>
      <h3 id={headingId}>
        {topic.topic} <span className="account-count">({topic.claimCount})</span>
      </h3>
      <div className="account-sides" aria-hidden="true">
        {topic.sides.map((side) => (
          <span key={side} className={`account-side account-side--${side}`}>
            {SIDES[side]}
          </span>
        ))}
      </div>
      {topic.rows.map((row, index) => (
        <div
          key={index}
          className={row.disputed ? 'account-row account-row--disputed' : 'account-row'}
          role="group"
          aria-label={row.disputed ? TEXT.disputed : TEXT.notDisputed}
        >
          <p className="account-row-label">
            {row.disputed ? <span className="badge badge--disputed">{TEXT.disputed}</span> : TEXT.notDisputed}
          </p>
          {alternate(row.cells).map(({ claim, column, line }) => (
            <div key={claim.id} className="account-cell" style={{ '--column': column + 1, '--row': line + 2 } as CSSProperties}>
              <AccountClaim claim={claim} model={model} onOpen={onOpen} />
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}

/** The cells' claims taken one from each side in turn: the order a phone reads them in. */
function alternate(cells: Claim[][]): { claim: Claim; column: number; line: number }[] {
  const out: { claim: Claim; column: number; line: number }[] = [];
  const lines = Math.max(0, ...cells.map((c) => c.length));
  for (let line = 0; line < lines; line++) cells.forEach((cell, column) => cell[line] && out.push({ claim: cell[line], column, line }));
  return out;
}

function AccountClaim({
  claim,
  model,
  terms = new Set(),
  showTopic = false,
  onOpen,
}: {
  claim: Claim;
  model: Model;
  terms?: ReadonlySet<string>;
  showTopic?: boolean;
  onOpen: (id: string) => void;
}) {
  const placeIds = [...new Set([...claim.placeIds, ...claim.eventIds.flatMap((id) => model.eventById.get(id)?.placeIds ?? [])])];
  const places = placeIds
    .map((id) => model.placeById.get(id)?.name)
    .filter(Boolean)
    .join(', ');
  const marked = (text: string) =>
    highlight(text, terms).map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : segment.text));
  return (
    <article className={`claim claim--${claim.side}`} aria-label={`Claim by ${speakerName(claim)}`}>
      <header className="claim-speaker">
        <strong>{marked(speakerName(claim))}</strong>
        {claim.speaker.role && claim.speaker.name && <span className="claim-role">, {marked(claim.speaker.role)}</span>}
        <span className="claim-side">for {SIDES[claim.side]}</span>
      </header>
      {showTopic && <p className="claim-topic">{marked(claim.topic)}</p>}
      {claim.mode === 'paraphrase' ? (
        <p className="claim-text claim-text--paraphrase">
          <span className="badge">Paraphrase</span> {marked(claim.text)}
        </p>
      ) : (
        <blockquote className="claim-text">“{marked(claim.text)}”</blockquote>
      )}
      <footer className="claim-meta">
        <span>
          {claim.mode === 'anonymous' ? 'Quoted from an unnamed speaker, said ' : 'Said '}
          <time dateTime={claim.saidOn}>{formatPartialDate(claim.saidOn, claim.saidOnApproximate)}</time>
          {' · '}
          {claim.sourceIds.map((id) => model.sourceById.get(id)?.publisher).join(', ')}
        </span>
        <a
          href={`?claim=${claim.id}`}
          onClick={(event) => {
            event.preventDefault();
            onOpen(claim.id);
          }}
        >
          {TEXT.onMap}: {places}
        </a>
      </footer>
    </article>
  );
}
