import {
  englishParam,
  errorMessages,
  fillTemplate,
  type ErrorKey,
} from '../../shared/contract/error-messages';
import { ApiError } from '../../shared/contract/errors';
import { printable } from './printable';

/**
 * An error as the lines a terminal shows. A message may be several lines by design (a schema
 * file's problems, one a line), while a file name or a value inside it may hold a line break that
 * would forge a line of its own. Escaping the whole message kept the second honest and printed
 * the first as one line with `\n` between its items; so the lines are taken from the message's
 * template instead: its own line breaks stay, and every parameter is escaped (printable.ts), except
 * that a list parameter (`problems`) keeps the line breaks between its items: each item of the
 * error's issue list is escaped whole first, so an item cannot forge a line either.
 */

/** Parameters that hold a list, one item a line (see the error registry's `problems`). */
const LIST_PARAMS = new Set(['problems']);

function listLines(value: string, items: readonly string[]): string {
  let text = value;
  // An item's own line breaks are part of it, not the list's: escaped before the list is split.
  for (const item of items) if (/[\r\n]/u.test(item)) text = text.split(item).join(printable(item));
  return text.split('\n').map(printable).join('\n');
}

function isErrorKey(key: string): key is ErrorKey {
  return Object.hasOwn(errorMessages, key);
}

/** The message's lines, each safe to print as one line. */
export function messageLines(error: unknown): string[] {
  if (!(error instanceof ApiError) || !error.reason || !isErrorKey(error.reason.key))
    return [printable(error instanceof Error ? error.message : String(error))];
  const items = error.issues ?? [];
  const text = fillTemplate(
    errorMessages[error.reason.key].en,
    error.reason.params,
    (name, value) =>
      LIST_PARAMS.has(name)
        ? listLines(String(value), items)
        : printable(englishParam(name, value)),
  );
  return text.split('\n');
}

/**
 * The error for standard error: `gleaner: ` and its first line, the others indented under it (so
 * no line of it reads as a message of its own).
 */
export function errorText(error: unknown, prefix = 'gleaner: '): string {
  const [first = '', ...rest] = messageLines(error);
  return [`${prefix}${first}`, ...rest.map((line) => `  ${line}`)].join('\n');
}
