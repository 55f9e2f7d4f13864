import { formatPartialDate } from '../data/dates.ts';
import type { Model } from '../data/model.ts';
import { SIDES, type Claim, type Source } from '../data/schema.ts';

/**
 * One claim: who said it and for whom, their words (in quotation marks only when verbatim),
 * when, and where it was published. All text is rendered by React as text, never as HTML.
 */
export function ClaimCard({ claim, model }: { claim: Claim; model: Model }) {
  const quoted = claim.mode !== 'paraphrase';
  return (
    <article className={`claim claim--${claim.side}`} aria-label={`Claim by ${speakerName(claim)}`}>
      <header className="claim-speaker">
        <strong>{speakerName(claim)}</strong>
        {claim.speaker.role && claim.speaker.name && <span className="claim-role">, {claim.speaker.role}</span>}
        <span className="claim-side">for {SIDES[claim.side]}</span>
      </header>
      {quoted ? (
        <blockquote className="claim-text">“{claim.text}”</blockquote>
      ) : (
        <p className="claim-text claim-text--paraphrase">
          <span className="badge">Paraphrase</span> {claim.text}
        </p>
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

export function speakerName(claim: Claim): string {
  return claim.speaker.name ?? claim.speaker.role ?? 'Unnamed speaker';
}

export function SourceLine({ source }: { source: Source }) {
  const title = source.title ?? 'untitled';
  const date = source.publishedOn ? formatPartialDate(source.publishedOn) : 'date unknown';
  return (
    <cite className="source">
      Source: {source.publisher}, {source.url ? <ExternalLink href={source.url}>{title}</ExternalLink> : <i>{title}</i>}, {date}
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
