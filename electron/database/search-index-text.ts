import { searchVariants } from '../../shared/text/search-pattern';

/**
 * What the search index (migration 10) is given for an article, and how a query asks it.
 *
 * The index is contentless (it keeps no copy of the text, which stays in `documents` only) and
 * holds ONE TOKEN PER CHARACTER with its position (`detail=full`). A query is then a phrase of its
 * characters, which matches exactly where those characters follow one another: any substring of
 * any length, 1–2 character Chinese queries (省, 医院) included, is an index lookup with no
 * scan and no second check against the stored text. Per character the index costs about 0.7× the
 * text's UTF-8 size; the trigram index it replaces cost 0.3× plus a full copy of the text, and
 * random text gave it a trigram table three times the text.
 *
 * SQLite's unicode61 tokenizer cuts tokens at separators, so the text is handed over with a space
 * between every two characters, and every character unicode61 would treat as a separator itself
 * (spaces, line breaks, other controls) is handed over as a private-use stand-in (U+F0000 + its
 * code point) so that it is a token too: queries that hold a line break (see searchVariants) or a
 * space match exactly. The tokenizer folds case (any script; LIKE folded ASCII only, see
 * needsTextCheck) and keeps diacritics.
 */
export const SEARCH_TOKENIZER = `unicode61 remove_diacritics 0 categories 'L* N* M* P* S* Co Cn Cf'`;

/**
 * Between an article's title and each of its ranges: a match never spans two of them (a phrase
 * cannot run through this token, which no query holds).
 */
export const PART_SEPARATOR = 0x10fffd;
/**
 * A run of line breaks is one token of its own between the characters around it, that names them:
 * "胸痛\n中心" is the tokens 胸 痛 痛⏎中 中 心 (LF and CRLF each with their own mark, one mark per
 * break). Characters keep their own tokens, so a match may start or end next to a break; a match
 * across the break, the query's form with the break inside (searchVariants: 胸痛⏎中心), holds the
 * rare token 痛⏎中 and costs little; and the plain form 胸痛中心 does not match there (痛 and 中
 * are not adjacent), as search wants. A break as a bare token of its own occurs in every article
 * and made each broken form a full merge of common positions (the 7 forms of a 4-character
 * query cost 20× the plain one).
 */
export const LF_MARK = 0x10fff0;
export const CRLF_MARK = 0x10fff1;
export const PRIVATE_STAND_IN = 0xf0000;

/** BMP code units that unicode61 (with SEARCH_TOKENIZER's categories) would drop as separators. */
const separators = (() => {
  const table = new Uint8Array(0x10000);
  const separator = /^[\p{Z}\p{Cc}]$/u;
  for (let unit = 0; unit < 0x10000; unit++)
    if ((unit < 0xd800 || unit > 0xdfff) && separator.test(String.fromCharCode(unit)))
      table[unit] = 1;
  return table;
})();

const utf16 = new TextDecoder('utf-16le');
const CHUNK_UNITS = 1 << 16;

/**
 * Text as the index's tokenizer is to see it: one token per code point, and one per run of line
 * breaks (see above). A typed-array loop: a 20 MB page of 6.7 million characters takes about
 * 0.1 s, where splitting it into an array of characters took 2.8 s and a gigabyte.
 */
export function tokenText(parts: readonly string[]): string {
  // Written a chunk at a time: the output's length depends on the text (a break run repeats the
  // characters either side), and one buffer sized for the worst case took 120 MB for a 20 MB page.
  const out = new Uint16Array(CHUNK_UNITS);
  const chunks: string[] = [];
  let at = 0;
  let started = false;
  const append = (codePoint: number): void => {
    // Flushed before a code point, never between the two halves of a surrogate pair.
    if (at > CHUNK_UNITS - 2) {
      chunks.push(utf16.decode(out.subarray(0, at)));
      at = 0;
    }
    started = true;
    if (codePoint > 0xffff) {
      out[at++] = 0xd800 + ((codePoint - 0x10000) >> 10);
      out[at++] = 0xdc00 + ((codePoint - 0x10000) & 0x3ff);
    } else out[at++] = codePoint;
  };
  const space = (): void => {
    if (started) append(0x20);
  };
  parts.forEach((part, index) => {
    if (index > 0) {
      space();
      append(PART_SEPARATOR);
    }
    let previous = -1; // the last character's code point (as handed over), -1 at the start
    let marks: number[] = [];
    const character = (codePoint: number): void => {
      if (marks.length > 0) {
        space();
        if (previous >= 0) append(previous);
        for (const mark of marks) append(mark);
        append(codePoint);
        marks = [];
      }
      space();
      append(codePoint);
      previous = codePoint;
    };
    for (let i = 0; i < part.length; i++) {
      const unit = part.charCodeAt(i);
      const next = i + 1 < part.length ? part.charCodeAt(i + 1) : 0;
      if (unit === 0x0a) marks.push(LF_MARK);
      else if (unit === 0x0d && next === 0x0a) {
        marks.push(CRLF_MARK);
        i++;
      } else if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        character(0x10000 + ((unit - 0xd800) << 10) + (next - 0xdc00));
        i++;
      } else character(separators[unit] === 1 ? PRIVATE_STAND_IN + unit : unit);
    }
    // Breaks that end the part: a token too, so the index holds every character of the text.
    if (marks.length > 0) {
      space();
      if (previous >= 0) append(previous);
      for (const mark of marks) append(mark);
    }
  });
  chunks.push(utf16.decode(out.subarray(0, at)));
  return chunks.join('');
}

/** The text the index holds for an article: its title, then each range's text, kept apart. */
export function articleIndexText(title: string | null, rangeTexts: readonly string[]): string {
  return tokenText([title ?? '', ...rangeTexts]);
}

/**
 * The FTS5 MATCH expression for `query`: one phrase per form that counts as an occurrence
 * (searchVariants: as typed, or with one line break inside), joined by OR. Null when the query
 * has no character at all.
 */
export function searchMatchExpression(query: string): string | null {
  const phrases = searchVariants(query)
    .map((variant) => tokenText([variant]))
    .filter((tokens) => tokens.length > 0)
    .map((tokens) => `"${tokens.replaceAll('"', '""')}"`);
  return phrases.length ? phrases.join(' OR ') : null;
}

/**
 * Whether the index's answer for `query` must be checked against the text: the tokenizer folds
 * the case of every script (É = é), where search folds ASCII only, and a query holding a
 * private-use character of the planes the stand-ins use could meet one. Both are rare; such a
 * query's candidates are checked with LIKE on the live text.
 */
export function needsTextCheck(query: string): boolean {
  for (const char of query) {
    const codePoint = char.codePointAt(0)!;
    if (codePoint >= PRIVATE_STAND_IN) return true;
    if (codePoint > 0x7f && (char.toLowerCase() !== char || char.toUpperCase() !== char))
      return true;
  }
  return false;
}
