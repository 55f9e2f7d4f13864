/** What the command-line tools share: their arguments, and printing errors one per line with nothing else. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatDataError, type DataError } from '../src/data/errors.ts';

/** Parses the arguments; a wrong one is said in one line with the usage, never as a stack trace. */
export function readArgs<T extends NonNullable<ParseArgsConfig['options']>>(usage: string, options: T) {
  try {
    return parseArgs({ args: process.argv.slice(2), options, allowPositionals: true, strict: true });
  } catch (error) {
    fail([(error as Error).message, `usage: ${usage}`]);
  }
}

/** Prints each error on a line of its own (grouped by file and record, in the order first met) and exits with 1. */
export function failWithErrors(errors: DataError[]): never {
  const order = new Map<string, number>();
  for (const e of errors) if (!order.has(groupOf(e))) order.set(groupOf(e), order.size);
  const sorted = errors.map((e, i) => [e, i] as const).sort(([a, i], [b, j]) => order.get(groupOf(a))! - order.get(groupOf(b))! || i - j);
  fail(sorted.map(([e]) => formatDataError(e)));
}

function groupOf(error: DataError): string {
  return `${error.file}\u0000${error.record ?? ''}`;
}

export function fail(lines: string[]): never {
  process.stderr.write(lines.map((line) => `${line}\n`).join(''));
  process.exit(1);
}
