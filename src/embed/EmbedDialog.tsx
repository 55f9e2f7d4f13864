import { memo, useRef, useState } from 'react';
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
  const show = () => {
    setOpen(true);
    dialog.current?.showModal();
  };

  return (
    <>
      <button type="button" className="embed-open" onClick={show} disabled={disabled}>
        Embed this view
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby="embed-title" onClose={() => setOpen(false)}>
        <h2 id="embed-title">Embed this view</h2>
        {open && <EmbedCodes view={view} placeName={placeName} description={description} claimSpeaker={claimSpeaker} />}
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </dialog>
    </>
  );
});

function EmbedCodes({ view: fullView, placeName, description, claimSpeaker }: EmbedDialogProps) {
  const [claimAlone, setClaimAlone] = useState(false);
  const siteUrl = siteFolder();
  const single = claimAlone && !!claimSpeaker && !!fullView.claim;
  // The page's reading state (the accounts view, a search) is not part of an embed; a claim only when chosen.
  const view = { ...fullView, show: null, q: null, claim: single ? fullView.claim : null };
  const title = `Map: who claims what on the Pakistan–Afghanistan border${placeName ? ` — ${placeName}` : ''}${single ? ` — a claim by ${claimSpeaker}` : ''}`;
  const snippets = buildSnippets({ siteUrl, view, title, description, previewFile: `previews/${view.place ?? 'default'}.jpg` });
  return (
    <>
      {claimSpeaker && fullView.claim && (
        <fieldset className="embed-choice">
          <legend>What to embed</legend>
          <label>
            <input type="radio" name="embed-what" checked={!claimAlone} onChange={() => setClaimAlone(false)} /> This view
          </label>
          <label>
            <input type="radio" name="embed-what" checked={claimAlone} onChange={() => setClaimAlone(true)} /> Only the claim by {claimSpeaker}, with its place
          </label>
        </fieldset>
      )}
      <p>
        {single
          ? `The code shows ${placeName ?? 'the place'} on the map with this one claim in the list.`
          : `The code shows the map as it is now: ${placeName ? `${placeName}, ` : ''}the chosen dates, categories and map position.`}
      </p>
      <CodeBlock label="Iframe with auto-height (recommended)" code={snippets.withLoader} />
      <CodeBlock label="Iframe only, for systems that remove scripts" code={snippets.iframeOnly} />
      <CodeBlock label="Plain link" code={snippets.link} />
    </>
  );
}

function CodeBlock({ label, code }: { label: string; code: string }) {
  const [copied, setCopied] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
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
        <textarea ref={area} readOnly value={code} rows={code.split('\n').length + 2} onFocus={(e) => e.target.select()} />
      </label>
      <button type="button" onClick={copy}>
        {copied ? 'Copied' : 'Copy'}
      </button>
    </div>
  );
}
