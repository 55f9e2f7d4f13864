import { useEffect, useRef, useState } from 'react';
import { formatPartialDate } from '../data/dates.ts';
import { siteFolder } from '../state/url-state.ts';
import type { Model } from '../data/model.ts';
import type { Claim, Source } from '../data/schema.ts';
import { SIDES } from '../data/vocabulary.ts';
import { CORRECTION_TEXT, CorrectionNote, latestCorrection } from './Corrections.tsx';

/**
 * One claim: who said it and for whom, their words (in quotation marks only when verbatim),
 * when, and where it was published. All text is rendered by React as text, never as HTML.
 */
export function ClaimCard(props: { claim: Claim; model: Model; shown: Set<string>; linked?: boolean; withLink?: boolean }) {
  const { claim, model, shown, linked = false, withLink = true } = props;
  const counterClaims = claim.disputes.filter((id) => !shown.has(id)).map((id) => model.claimById.get(id)!);
  const card = useRef<HTMLElement>(null);
  // A linked claim is brought into view in the sidebar (a phone's sheet too) once shown.
  useEffect(() => {
    if (linked) card.current?.scrollIntoView({ block: 'nearest' });
  }, [linked]);
  return (
    <article
      ref={card}
      className={`claim claim--${claim.side}${linked ? ' claim--linked' : ''}`}
      aria-label={`${linked ? 'Linked claim' : 'Claim'} by ${speakerName(claim)}`}
      aria-current={linked ? 'true' : undefined}
      data-claim-id={claim.id}
    >
      {linked && <p className="badge badge--linked">Linked claim</p>}
      <header className="claim-speaker">
        <strong>{speakerName(claim)}</strong>
        {claim.speaker.role && claim.speaker.name && <span className="claim-role">, {claim.speaker.role}</span>}
        <span className="claim-side">for {SIDES[claim.side]}</span>
      </header>
      <ClaimWords claim={claim} />
      <CorrectionNote corrections={claim.corrections} />
      {claim.note && (
        <p className="claim-note">
          <span className="badge">Context</span> {claim.note}
        </p>
      )}
      {counterClaims.length > 0 && (
        <details className="claim-disputed">
          <summary>
            Disputed by {counterClaims.map((c) => `${speakerName(c)} (${SIDES[c.side]})`).join('; ')}
          </summary>
          {counterClaims.map((c) => (
            <div key={c.id} className="counter-claim">
              <strong>{speakerName(c)}</strong>, for {SIDES[c.side]}, {formatPartialDate(c.saidOn, c.saidOnApproximate)}:
              <ClaimWords claim={c} />
            </div>
          ))}
        </details>
      )}
      <footer className="claim-meta">
        <span>
          {claim.mode === 'anonymous' ? 'Quoted from an unnamed speaker, said ' : 'Said '}
          <time dateTime={claim.saidOn}>{formatPartialDate(claim.saidOn, claim.saidOnApproximate)}</time>
        </span>
        {claim.sourceIds.map((id) => (
          <SourceLine key={id} source={model.sourceById.get(id)!} />
        ))}
        {withLink && <ClaimLink id={claim.id} />}
      </footer>
    </article>
  );
}

/**
 * "Link to this claim": the address that opens the map on this claim. A click copies it (the
 * link's own menu works too, and without scripts it is a plain link); where copying is refused
 * the address is shown, selected, to copy by hand.
 */
function ClaimLink({ id }: { id: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'shown'>('idle');
  const [url, setUrl] = useState('');
  const copy = async (event: React.MouseEvent) => {
    event.preventDefault();
    const address = `${siteFolder()}?claim=${id}`;
    setUrl(address);
    try {
      await navigator.clipboard.writeText(address);
      setState('copied');
    } catch {
      setState('shown');
    }
  };
  return (
    <span className="claim-link">
      <a href={`?claim=${id}`} onClick={copy}>
        Link to this claim
      </a>
      <span role="status">{state === 'copied' ? ' · link copied' : ''}</span>
      {state === 'shown' && <input readOnly value={url} aria-label="Link to this claim, to copy" onFocus={(e) => e.target.select()} autoFocus />}
    </span>
  );
}

/** The words: in quotation marks only when verbatim; a paraphrase is marked as one. */
function ClaimWords({ claim }: { claim: Claim }) {
  return claim.mode === 'paraphrase' ? (
    <p className="claim-text claim-text--paraphrase">
      <span className="badge">Paraphrase</span> {claim.text}
    </p>
  ) : (
    <blockquote className="claim-text">“{claim.text}”</blockquote>
  );
}

export function speakerName(claim: Claim): string {
  return claim.speaker.name ?? claim.speaker.role ?? 'Unnamed speaker';
}

export function SourceLine({ source }: { source: Source }) {
  // A null title is unknown (data/README.md), not absent.
  const title = source.title ?? 'title unknown';
  const date = source.publishedOn ? formatPartialDate(source.publishedOn) : 'date unknown';
  return (
    <cite className="source">
      Source: {source.publisher}, {source.url ? <ExternalLink href={source.url}>{title}</ExternalLink> : <i>{title}</i>}, {date}
      {source.corrections?.length ? ` (${CORRECTION_TEXT.correctedOn.toLowerCase()} ${latestCorrection(source.corrections)})` : null}
    </cite>
  );
}

/** Links leave the page (and any iframe) in a new tab; the schema admits only http: and https: URLs. */
export function ExternalLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
