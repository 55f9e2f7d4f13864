import { useEffect, useRef } from 'react';
import { siteFolder } from '../state/url-state.ts';
import type { Model } from '../data/model.ts';
import type { Claim, Source } from '../data/schema.ts';
import { useState } from 'react';
import { formatDate, rich, t, useLanguage, useT } from '../i18n/i18n.tsx';
import { CorrectionNote, latestCorrection } from './Corrections.tsx';
import { Original, RECORDS_LANGUAGE, RecordField, TranslationNote, useTranslated } from './RecordText.tsx';

/**
 * One claim: who said it and for whom, their words (in quotation marks only when verbatim),
 * when, and where it was published. All text is rendered by React as text, never as HTML.
 */
export function ClaimCard(props: { claim: Claim; model: Model; shown: Set<string>; linked?: boolean; withLink?: boolean }) {
  const { claim, model, shown, linked = false, withLink = true } = props;
  const t = useT();
  const counterClaims = claim.disputes.filter((id) => !shown.has(id)).map((id) => model.claimById.get(id)!);
  const side = (c: Claim) => t(`side.${c.side}`);
  const card = useRef<HTMLElement>(null);
  // A linked claim is brought into view in the sidebar (a phone's sheet too) once shown.
  useEffect(() => {
    if (linked) card.current?.scrollIntoView({ block: 'nearest' });
  }, [linked]);
  return (
    <article
      ref={card}
      className={`claim claim--${claim.side}${linked ? ' claim--linked' : ''}`}
      aria-label={t(linked ? 'claim.linkedLabel' : 'claim.label', { speaker: speakerName(claim) })}
      aria-current={linked ? 'true' : undefined}
      data-claim-id={claim.id}
    >
      {linked && <p className="badge badge--linked">{t('claim.linked')}</p>}
      <header className="claim-speaker">
        <strong>
          <Original>{speakerName(claim)}</Original>
        </strong>
        {claim.speaker.role && claim.speaker.name && (
          <span className="claim-role">{rich(t('claim.role'), { role: <Original>{claim.speaker.role}</Original> })}</span>
        )}
        <span className="claim-side">{t('claim.for', { side: side(claim) })}</span>
      </header>
      <ClaimWords claim={claim} />
      <CorrectionNote corrections={claim.corrections} />
      {claim.note && (
        <p className="claim-note">
          <span className="badge">{t('claim.context')}</span>{' '}
          <RecordField record="claim" id={claim.id} field="note" original={claim.note} />
        </p>
      )}
      {counterClaims.length > 0 && (
        <details className="claim-disputed">
          <summary>
            {t('claim.disputedBy', {
              speakers: counterClaims
                .map((c) => t('claim.speakerSide', { speaker: speakerName(c), side: side(c) }))
                .join(t('app.listSeparator')),
            })}
          </summary>
          {counterClaims.map((c) => (
            <div key={c.id} className="counter-claim">
              {rich(t('claim.counter', { side: side(c), date: formatDate(c.saidOn, c.saidOnApproximate) }), {
                speaker: (
                  <strong>
                    <Original>{speakerName(c)}</Original>
                  </strong>
                ),
              })}
              <ClaimWords claim={c} />
            </div>
          ))}
        </details>
      )}
      <footer className="claim-meta">
        <span>
          {rich(t(claim.mode === 'anonymous' ? 'claim.saidAnonymous' : 'claim.said'), {
            date: <time dateTime={claim.saidOn}>{formatDate(claim.saidOn, claim.saidOnApproximate)}</time>,
          })}
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
  const t = useT();
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
        {t('claim.link')}
      </a>
      <span role="status">{state === 'copied' ? ` · ${t('claim.linkCopied')}` : ''}</span>
      {state === 'shown' && (
        <input readOnly dir="ltr" value={url} aria-label={t('claim.linkToCopy')} onFocus={(e) => e.target.select()} autoFocus />
      )}
    </span>
  );
}

/** The words: in quotation marks only when verbatim; a paraphrase is marked as one. */
function ClaimWords({ claim }: { claim: Claim }) {
  const { lang, t } = useLanguage();
  const translation = useTranslated('claim', claim.id, 'text');
  const [showOriginal, setShowOriginal] = useState(false);
  const translated = translation && !showOriginal ? translation.text : null;
  const note = translation && (
    <TranslationNote
      translation={translation}
      quote={claim.mode !== 'paraphrase'}
      showingOriginal={showOriginal}
      onToggle={() => setShowOriginal(!showOriginal)}
    />
  );
  if (claim.mode === 'paraphrase') {
    return (
      <div className="claim-text claim-text--paraphrase">
        <p>
          <span className="badge">{t('claim.paraphrase')}</span> {translated ?? <Original>{claim.text}</Original>}
        </p>
        {note}
      </div>
    );
  }
  // A quote is in quotation marks only in the words its speaker used; its translation never is,
  // and is labelled as not the speaker's own words. The marks are the quote's language's.
  return (
    <div className="claim-text">
      {translated ? (
        <p className="claim-text--translated" lang={lang}>
          {translated}
        </p>
      ) : (
        <blockquote lang={RECORDS_LANGUAGE} dir="auto">
          “{claim.text}”
        </blockquote>
      )}
      {note}
    </div>
  );
}

export function speakerName(claim: Claim): string {
  return claim.speaker.name ?? claim.speaker.role ?? t('claim.unnamed');
}

export function SourceLine({ source }: { source: Source }) {
  const t = useT();
  // A null title is unknown (data/README.md), not absent.
  const title = source.title ? <Original>{source.title}</Original> : t('source.titleUnknown');
  const date = source.publishedOn ? formatDate(source.publishedOn) : t('source.dateUnknown');
  return (
    <cite className="source">
      {rich(t('source.line', { date }), {
        publisher: <Original>{source.publisher}</Original>,
        title: source.url ? <ExternalLink href={source.url}>{title}</ExternalLink> : <i>{title}</i>,
      })}
      {source.corrections?.length ? <> {t('correction.sourceCorrectedOn', { date: latestCorrection(source.corrections) })}</> : null}
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
