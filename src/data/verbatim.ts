/**
 * A verbatim quote must stand in its source word for word. Only typographic quote marks and
 * white space may differ, because editors type straight quotes and line breaks move.
 */
import type { Claim } from './schema.ts';
import type { DataError } from './errors.ts';

export function normaliseForQuote(text: string): string {
  return text.replace(/[“”„«»]/g, '"').replace(/[‘’‚]/g, "'").replace(/\s+/g, ' ').trim();
}

export function checkVerbatimQuotes(
  claims: Claim[],
  sourceTexts: Map<string, string>,
  file: string,
): DataError[] {
  const errors: DataError[] = [];
  const normalisedTexts = new Map([...sourceTexts].map(([id, text]) => [id, normaliseForQuote(text)]));
  for (const claim of claims) {
    if (claim.mode === 'paraphrase') continue;
    const checkable = claim.sourceIds.filter((id) => normalisedTexts.has(id));
    if (checkable.length === 0) continue;
    const quote = normaliseForQuote(claim.text);
    if (!checkable.some((id) => normalisedTexts.get(id)!.includes(quote))) {
      errors.push({
        file,
        record: claim.id,
        field: 'text',
        message: `expected the exact words of source ${checkable.join(' or ')} for a ${claim.mode} claim; not found there`,
      });
    }
  }
  return errors;
}
