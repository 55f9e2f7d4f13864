import { formatPartialDate } from '../data/dates.ts';
import type { Model } from '../data/model.ts';
import type { Claim, Source } from '../data/schema.ts';
import { SIDES } from '../data/vocabulary.ts';
import { CORRECTION_TEXT, CorrectionNote, latestCorrection } from './Corrections.tsx';

/**
 * One claim: who said it and for whom, their words (in quotation marks only when verbatim),
 * when, and where it was published. All text is rendered by React as text, never as HTML.
 */
export function ClaimCard({ claim, model, shown }: { claim: Claim; model: Model; shown: Set<string> }) {
  const counterClaims = claim.disputes.filter((id) => !shown.has(id)).map((id) => model.claimById.get(id)!);
  return (
    <article className={`claim claim--${claim.side}`} aria-label={`Claim by ${speakerName(claim)}`}>
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
      </footer>
    </article>
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
  const title = source.title ?? 'untitled';
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
