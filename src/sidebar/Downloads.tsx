import { PUBLISHED_FILES } from '../data/publish.ts';
import { useT } from '../i18n/i18n.tsx';

/** The dataset on screen in its published form, for readers and researchers (see data/README.md). */
export function Downloads({ folderUrl }: { folderUrl: string }) {
  const t = useT();
  return (
    <footer className="downloads">
      <h3 id="downloads-heading">{t('sidebar.downloads')}</h3>
      <ul aria-labelledby="downloads-heading" dir="ltr">
        {PUBLISHED_FILES.map((file) => (
          <li key={file}>
            <a href={new URL(file, folderUrl).href} download>
              {file}
            </a>
          </li>
        ))}
      </ul>
    </footer>
  );
}
