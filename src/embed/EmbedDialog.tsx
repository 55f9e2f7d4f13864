import { useRef, useState } from 'react';
import { buildSnippets, siteFolder, type EmbedView } from './snippet.ts';

interface EmbedDialogProps {
  view: EmbedView;
  placeName: string | null;
  description: string;
}

/** The "Embed" control: the code for the current view, ready to copy into an article. */
export function EmbedDialog({ view, placeName, description }: EmbedDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const siteUrl = siteFolder();
  const title = `Map: who claims what on the Pakistan–Afghanistan border${placeName ? ` — ${placeName}` : ''}`;
  const snippets = buildSnippets({ siteUrl, view, title, description, previewFile: `previews/${view.place ?? 'default'}.jpg` });

  return (
    <>
      <button type="button" className="embed-open" onClick={() => dialog.current?.showModal()}>
        Embed this view
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby="embed-title">
        <h2 id="embed-title">Embed this view</h2>
        <p>
          The code shows the map as it is now: {placeName ? `${placeName}, ` : ''}the chosen dates, categories and map position.
        </p>
        <CodeBlock label="Iframe with auto-height (recommended)" code={snippets.withLoader} />
        <CodeBlock label="Iframe only, for systems that remove scripts" code={snippets.iframeOnly} />
        <CodeBlock label="Plain link" code={snippets.link} />
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </dialog>
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
