/** valibot's issues as the dataset's errors: file › record › field, in words a data editor can act on. */
import * as v from 'valibot';
import type { DataError } from './errors.ts';

export function issuesToErrors(issues: v.BaseIssue<unknown>[], file: string, record: string | null): DataError[] {
  return issues.flatMap(mostSpecific).map((issue) => ({ file, record, field: v.getDotPath(issue), message: describeIssue(issue) }));
}

/** A union (an area's inline geometry or its reference) fails whole: report its deepest failures. */
function mostSpecific(issue: v.BaseIssue<unknown>): v.BaseIssue<unknown>[] {
  if (issue.type !== 'union' || !issue.issues) return [issue];
  const depth = (i: v.BaseIssue<unknown>) => i.path?.length ?? 0;
  const deepest = Math.max(...issue.issues.map(depth));
  // The members' paths start at the union: put the union's own path in front.
  const withPath = (i: v.BaseIssue<unknown>) => ({ ...i, path: [...(issue.path ?? []), ...(i.path ?? [])] }) as v.BaseIssue<unknown>;
  return issue.issues.filter((i) => depth(i) === deepest).map(withPath).flatMap(mostSpecific);
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  // The checks in schema.ts carry their own wording ("a real calendar date").
  if (issue.kind !== 'schema') return `expected ${issue.message}`;
  if (issue.type === 'custom') return `expected ${issue.message}, got ${issue.received}`;
  if (issue.type === 'strict_object' && issue.expected === 'never') return `expected no unknown field, got ${issue.received}`;
  if (issue.type === 'strict_tuple') return `expected no more items, got ${issue.received}`;
  if (issue.received === 'undefined') return 'expected a value, got none';
  return `expected ${issue.expected}, got ${issue.received}`;
}
