import { PUBLISHED_FILES } from '../data/publish.ts';

/** The dataset on screen in its published form, for readers and researchers (see data/README.md). */
export function Downloads({ folderUrl }: { folderUrl: string }) {
  return (
    <footer className="downloads">
      <h3 id="downloads-heading">Download the data</h3>
      <ul aria-labelledby="downloads-heading">
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
