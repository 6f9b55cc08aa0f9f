/**
 * Characters that would break or disguise a line of terminal output: C0 controls (newline,
 * carriage return, escape sequences), DEL and C1 controls, the Unicode line and paragraph
 * separators, and the bidirectional overrides and isolates that make a name read as something
 * else. A file may be named with any of them; a report line must stay one honest line.
 */
// eslint-disable-next-line no-control-regex
const unprintable = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const shortEscapes: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The text with each unprintable character shown as an escape: `a\nb.txt`, `\u001b[31m`. */
export function printable(text: string): string {
  return text.replace(
    unprintable,
    (c) => shortEscapes[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
