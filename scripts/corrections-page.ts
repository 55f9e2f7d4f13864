/**
 * The corrections page (`corrections.html`), written at build from the dataset: every record
 * that was corrected after it was first published, newest correction first, with what changed
 * and why, as a newsroom lists its corrections. Plain HTML, no script: it costs the map's first
 * view nothing, and every string from the data is escaped.
 */
import { formatPartialDate } from '../src/data/dates.ts';
import type { Correction, Dataset } from '../src/data/schema.ts';
import { escapeAttribute, escapeText } from '../src/embed/snippet.ts';

interface CorrectedRecord {
  kind: 'source' | 'place' | 'event' | 'claim';
  id: string;
  label: string;
  /** Where a reader sees the record on the map, if anywhere. */
  placeId: string | null;
  correction: Correction;
}

const KIND_LABELS = { source: 'Source', place: 'Place', event: 'Event', claim: 'Claim' } as const;

export function correctedRecords(dataset: Dataset): CorrectedRecord[] {
  const rows: CorrectedRecord[] = [];
  const add = (kind: CorrectedRecord['kind'], id: string, label: string, placeId: string | null, corrections?: Correction[]) => {
    for (const correction of corrections ?? []) rows.push({ kind, id, label, placeId, correction });
  };
  for (const s of dataset.sources) add('source', s.id, `${s.publisher}: ${s.title ?? 'title unknown'}`, null, s.corrections);
  for (const p of dataset.places) add('place', p.id, p.name, p.id, p.corrections);
  for (const e of dataset.events) add('event', e.id, e.title, e.placeIds[0], e.corrections);
  for (const c of dataset.claims) {
    const speaker = c.speaker.name ?? c.speaker.role ?? 'Unnamed speaker';
    const placeId = c.placeIds[0] ?? dataset.events.find((e) => e.id === c.eventIds[0])?.placeIds[0] ?? null;
    add('claim', c.id, `${speaker}: ${c.text}`, placeId, c.corrections);
  }
  // Newest first; ties keep the order of the files.
  return rows.sort((a, b) => (a.correction.on < b.correction.on ? 1 : a.correction.on > b.correction.on ? -1 : 0));
}

export function correctionsPage(dataset: Dataset): string {
  const rows = correctedRecords(dataset);
  const items = rows.map(({ kind, id, label, placeId, correction }) => {
    const link = placeId ? ` <a href="${escapeAttribute(`./?place=${encodeURIComponent(placeId)}`)}">See it on the map</a>` : '';
    return `      <li>
        <p><time datetime="${escapeAttribute(correction.on)}">${escapeText(formatPartialDate(correction.on))}</time> · ${KIND_LABELS[kind]} <code>${escapeText(id)}</code>: ${escapeText(label)}.${link}</p>
        <p><strong>What changed:</strong> ${escapeText(correction.what)}</p>
        <p><strong>Why:</strong> ${escapeText(correction.why)}</p>
      </li>`;
  });
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Corrections · Borderlines</title>
    <style>
      body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 0 auto; padding: 16px; color: #1a1a1a; }
      li { margin-bottom: 1.2em; } li p { margin: 0.2em 0; } code { font-size: 0.9em; }
    </style>
  </head>
  <body>
    <main>
      <h1>Corrections</h1>
      <p>Records of the map's dataset that were corrected after they were published, newest first. A record keeps its id when it is corrected, so links to it still work; each corrected record says so on the map. <a href="./">Back to the map</a></p>
      ${rows.length ? `<ol>\n${items.join('\n')}\n      </ol>` : '<p>No record has been corrected.</p>'}
    </main>
  </body>
</html>
`;
}
