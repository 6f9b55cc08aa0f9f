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
 * A line break is not a token of its own: it is appended to the token of the character before it
 * (LF and CRLF each with their own mark), so "痛\n" is one token and "胸痛\n中心" is the tokens
 * 胸 痛⏎ 中 心. A query's forms with a break inside (searchVariants: 胸痛⏎中心) then hold a rare
 * token and cost little, where a break token of its own occurs in every article and made each
 * such form a full merge of common positions (7 forms of a 4-character query: 20× the time of
 * the query alone). A character carries one mark at most; a second break in a row is a token of
 * its own. A match may end before a break, so each form is also asked with its last character
 * marked (心⏎, again rare): asking for 心* instead merged every 心 token's positions in memory.
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

/**
 * Text as the index's tokenizer is to see it: one token per code point, line breaks appended to
 * the token before them (see above). A typed-array loop: a 20 MB page of 6.7 million characters
 * takes about 0.1 s, where splitting it into an array of characters took 2.8 s and a gigabyte.
 */
export function tokenText(parts: readonly string[]): string {
  let length = 0;
  for (const part of parts) length += part.length + 1;
  // Every unit may become two (a stand-in is a surrogate pair), each followed by a space.
  const out = new Uint16Array(length * 3 + 3);
  let at = 0;
  const append = (codePoint: number): void => {
    if (codePoint > 0xffff) {
      out[at++] = 0xd800 + ((codePoint - 0x10000) >> 10);
      out[at++] = 0xdc00 + ((codePoint - 0x10000) & 0x3ff);
    } else out[at++] = codePoint;
  };
  const push = (codePoint: number): void => {
    if (at > 0) out[at++] = 0x20;
    append(codePoint);
  };
  parts.forEach((part, index) => {
    if (index > 0) push(PART_SEPARATOR);
    // Whether the last token is a character with no mark yet.
    let open = false;
    const lineBreak = (mark: number): void => {
      // A break that opens the part, or follows another, is a token of its own.
      if (open) append(mark);
      else push(mark);
      open = false;
    };
    for (let i = 0; i < part.length; i++) {
      const unit = part.charCodeAt(i);
      const next = i + 1 < part.length ? part.charCodeAt(i + 1) : 0;
      if (unit === 0x0a) lineBreak(LF_MARK);
      else if (unit === 0x0d && next === 0x0a) {
        lineBreak(CRLF_MARK);
        i++;
      } else {
        open = true;
        if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          push(0x10000 + ((unit - 0xd800) << 10) + (next - 0xdc00));
          i++;
        } else push(separators[unit] === 1 ? PRIVATE_STAND_IN + unit : unit);
      }
    }
  });
  return utf16.decode(out.subarray(0, at));
}

/** The text the index holds for an article: its title, then each range's text, kept apart. */
export function articleIndexText(title: string | null, rangeTexts: readonly string[]): string {
  return tokenText([title ?? '', ...rangeTexts]);
}

/** A token string's last token with a break mark appended, as the text holds it before a break. */
const marked = (tokens: string, mark: number): string => tokens + String.fromCodePoint(mark);

/**
 * The FTS5 MATCH expression for `query`: one phrase per form that counts as an occurrence
 * (searchVariants: as typed, or with one line break inside), each also with its last character
 * marked by a break after it, all joined by OR. Null when the query has no character at all.
 */
export function searchMatchExpression(query: string): string | null {
  const phrases = searchVariants(query)
    .map((variant) => tokenText([variant]))
    .filter((tokens) => tokens.length > 0)
    .flatMap((tokens) => [tokens, marked(tokens, LF_MARK), marked(tokens, CRLF_MARK)])
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
