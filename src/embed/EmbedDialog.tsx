import { memo, useRef, useState } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { siteFolder } from '../state/url-state.ts';
import { buildSnippets, type EmbedView } from './snippet.ts';

interface EmbedDialogProps {
  view: EmbedView;
  /** While the data loads the view is not known yet. */
  disabled?: boolean;
  placeName: string | null;
  description: string;
  /** Who said the claim the reader opened (its id is the view's `claim`): it can be embedded alone. */
  claimSpeaker?: string | null;
}

/** The "Embed" control: the code for the current view, ready to copy into an article. */
export const EmbedDialog = memo(function EmbedDialog({ view, placeName, description, disabled, claimSpeaker }: EmbedDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  // The code is written only while the dialog is open, not on every step of the slider.
  const [open, setOpen] = useState(false);
  const t = useT();
  const show = () => {
    setOpen(true);
    dialog.current?.showModal();
  };

  return (
    <>
      <button type="button" className="embed-open" onClick={show} disabled={disabled}>
        {t('embed.open')}
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby="embed-title" onClose={() => setOpen(false)}>
        <h2 id="embed-title">{t('embed.open')}</h2>
        {open && <EmbedCodes view={view} placeName={placeName} description={description} claimSpeaker={claimSpeaker} />}
        <form method="dialog">
          <button type="submit">{t('embed.close')}</button>
        </form>
      </dialog>
    </>
  );
});

function EmbedCodes({ view: fullView, placeName, description, claimSpeaker }: EmbedDialogProps) {
  const t = useT();
  const [claimAlone, setClaimAlone] = useState(false);
  const siteUrl = siteFolder();
  const single = claimAlone && !!claimSpeaker && !!fullView.claim;
  // The page's reading state (the accounts view, a search) is not part of an embed; a claim only when chosen.
  const view = { ...fullView, show: null, q: null, claim: single ? fullView.claim : null };
  const mapTitle = placeName ? t('embed.mapTitlePlace', { place: placeName }) : t('embed.mapTitle');
  const title = single ? t('embed.mapTitleClaim', { title: mapTitle, speaker: claimSpeaker }) : mapTitle;
  const snippets = buildSnippets({ siteUrl, view, title, description, previewFile: `previews/${view.place ?? 'default'}.jpg` });
  return (
    <>
      {claimSpeaker && fullView.claim && (
        <fieldset className="embed-choice">
          <legend>{t('embed.what')}</legend>
          <label>
            <input type="radio" name="embed-what" checked={!claimAlone} onChange={() => setClaimAlone(false)} /> {t('embed.thisView')}
          </label>
          <label>
            <input type="radio" name="embed-what" checked={claimAlone} onChange={() => setClaimAlone(true)} />{' '}
            {t('embed.claimOnly', { speaker: claimSpeaker })}
          </label>
        </fieldset>
      )}
      <p>
        {single
          ? t('embed.introClaim', { place: placeName ?? t('embed.thePlace') })
          : placeName
            ? t('embed.introPlace', { place: placeName })
            : t('embed.intro')}
      </p>
      <CodeBlock label={t('embed.withLoader')} code={snippets.withLoader} />
      <CodeBlock label={t('embed.iframeOnly')} code={snippets.iframeOnly} />
      <CodeBlock label={t('embed.link')} code={snippets.link} />
    </>
  );
}

function CodeBlock({ label, code }: { label: string; code: string }) {
  const [copied, setCopied] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const t = useT();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      // Clipboard access can be refused (an iframe, an old browser): select the text to copy by hand.
      area.current?.select();
    }
  };
  return (
    <div className="code-block">
      <label>
        {label}
        {/* Code reads left to right in every language. */}
        <textarea ref={area} dir="ltr" readOnly value={code} rows={code.split('\n').length + 2} onFocus={(e) => e.target.select()} />
      </label>
      <button type="button" onClick={copy}>
        {copied ? t('embed.copied') : t('embed.copy')}
      </button>
    </div>
  );
}
