/**
 * Signs that a decoded text is not what its author wrote. Bytes of one encoding read as another
 * leave recognisable traces: Chinese UTF-8 read as windows-1252 becomes runs like "å¼€" (three
 * Latin-1 characters per hanzi), GBK read as ISO-8859-1 runs like "ÖÐ¹ú" (two per hanzi),
 * accented UTF-8 read twice "Ã©" or "Â " pairs; ISO-8859-1 turns windows-1252 punctuation into
 * invisible C1 controls, and an earlier failed decode leaves U+FFFD. Real text in a Latin
 * script puts accented letters between plain ones, not three or four in a row.
 *
 * Only used when Gleaner chose the encoding: a text the user decoded explicitly is theirs.
 */
export interface MojibakeFinding {
  /** What was seen, for the message. */
  what: string;
  /** Character (UTF-16) index where it starts. */
  index: number;
}

/** Windows-1252's characters for bytes 0x80–0x9F besides the Latin-1 block. */
const WINDOWS_1252_EXTRAS = new Set(
  Array.from('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ', (c) => c.charCodeAt(0)),
);

/** A character that bytes 0x80–0xFF become in windows-1252 or ISO-8859-1. */
const isHighLatin = (code: number): boolean =>
  (code >= 0xa0 && code <= 0xff) ||
  (code >= 0x152 && code <= 0x2122 && WINDOWS_1252_EXTRAS.has(code));
const isAccentedLetter = (code: number): boolean => code >= 0xc0 && code <= 0xff;
const isUtf8LeadAsLatin = (code: number): boolean => code === 0xc2 || code === 0xc3;
const isUtf8TrailAsLatin = (code: number): boolean =>
  (code >= 0xa0 && code <= 0xbf) || WINDOWS_1252_EXTRAS.has(code);

/** A run this long (with two different characters and a letter) is never real text. */
const DECISIVE_RUN = 4;
/** Shorter traces (a run of three, an "Ã©" pair) need company: one may be a quoted oddity. */
const MIN_RUN = 3;
const MIN_TRACES = 2;

const quote = (text: string, start: number, end: number): string =>
  JSON.stringify(text.slice(start, Math.min(end, start + 12)));

export function findMojibake(text: string): MojibakeFinding | null {
  let firstTrace: MojibakeFinding | null = null;
  let traces = 0;
  // The native regular expression skips what cannot be a trace (ASCII, hanzi, kana…) far faster
  // than a loop over every character of a 20 MB text.
  const suspect = /[\u0080-\u00ff\u0152-\u2122\ufffd]/g;
  for (let match = suspect.exec(text); match !== null; match = suspect.exec(text)) {
    const i = match.index;
    const code = text.charCodeAt(i);
    if (code === 0xfffd) return { what: 'a replacement character (U+FFFD)', index: i };
    if (code >= 0x80 && code <= 0x9f) {
      const hex = code.toString(16).toUpperCase().padStart(4, '0');
      return { what: `an invisible C1 control character (U+${hex})`, index: i };
    }
    if (!isHighLatin(code)) continue;
    let end = i;
    let letter = false;
    const distinct = new Set<number>();
    while (end < text.length && isHighLatin(text.charCodeAt(end))) {
      const c = text.charCodeAt(end);
      distinct.add(c);
      if (isAccentedLetter(c)) letter = true;
      end++;
    }
    const length = end - i;
    const mixed = letter && distinct.size >= 2;
    const pair =
      length === 2 && isUtf8LeadAsLatin(code) && isUtf8TrailAsLatin(text.charCodeAt(i + 1));
    // A three-byte UTF-8 character read as Latin-1: "å¼€" is 开, "ä¸­" is 中.
    const threeByte =
      code >= 0xe0 &&
      code <= 0xef &&
      isUtf8TrailAsLatin(text.charCodeAt(i + 1)) &&
      isUtf8TrailAsLatin(text.charCodeAt(i + 2));
    if (threeByte) return { what: quote(text, i, end), index: i };
    if (mixed && length >= DECISIVE_RUN) return { what: quote(text, i, end), index: i };
    if ((mixed && length >= MIN_RUN) || pair) {
      traces++;
      firstTrace ??= { what: quote(text, i, end), index: i };
      if (traces >= MIN_TRACES) return firstTrace;
    }
    suspect.lastIndex = end;
  }
  return null;
}
