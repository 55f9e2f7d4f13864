import { PUBLISHED_FILES } from '../data/publish.ts';

/** The published dataset beside the site, for readers and researchers (see data/README.md). */
export function Downloads() {
  return (
    <footer className="downloads">
      <h3 id="downloads-heading">Download the data</h3>
      <ul aria-labelledby="downloads-heading">
        {PUBLISHED_FILES.map((file) => (
          <li key={file}>
            <a href={`data/${file}`} download>
              {file}
            </a>
          </li>
        ))}
      </ul>
    </footer>
  );
}
