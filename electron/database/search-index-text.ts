import { searchVariants } from '../../shared/text/search-pattern';

/**
 * What the search index (migration 15) is given for an article, and how a query asks it.
 *
 * Both tables are contentless (they keep no copy of the text, which stays in `documents` only).
 * The text is first cut into UNITS: one per character, and one per run of line breaks (below).
 *
 * - `article_search` holds one token per unit with its position (`detail=full`): the unit and
 *   the one after it (a BIGRAM), or the part's end mark after its last unit. A query of two or
 *   more units is a phrase of its bigrams, which matches exactly where its units follow one
 *   another: `胸痛中心` is the phrase 胸痛 痛中 中心, and `医院` the single token 医院. Migration
 *   10 had one token per character, so every query merged the position lists of common
 *   characters (中, 心, 医): 1.8 s at 300,000 articles for a 4-character query. A bigram is
 *   rarer than either of its characters, and a 2-character query is one token's list.
 * - `article_search_chars` holds each character an article contains once, without positions
 *   (`detail=none`): a 1-character query (省) is that one token's list of articles, a few bytes
 *   an article, where in the bigram table it would be every bigram that starts with it.
 *
 * Neither answer needs a second check against the text, whatever the query's length.
 *
 * SQLite's unicode61 tokenizer cuts tokens at separators, so tokens are handed over with a space
 * between them, and every character unicode61 would treat as a separator itself (spaces, other
 * controls) is handed over as a private-use stand-in (U+F0000 + its code point) so that it is part
 * of a token too: queries that hold a line break (see searchVariants) or a space match exactly.
 * The tokenizer folds case (any script; LIKE folded ASCII only, see needsTextCheck) and keeps
 * diacritics.
 */
export const SEARCH_TOKENIZER = `unicode61 remove_diacritics 0 categories 'L* N* M* P* S* Co Cn Cf'`;

/**
 * Between an article's title and each of its ranges: a match never spans two of them (a phrase
 * cannot run through this token, which no query holds).
 */
export const PART_SEPARATOR = 0x10fffd;
/**
 * After a part's last unit, in the bigram table: every unit then starts exactly one token (so the
 * index holds the whole text, and a part of one character has a token), and no query's bigram
 * holds it.
 */
export const PART_END = 0x10fffe;
/**
 * A run of line breaks is one unit of its own between the characters around it, that names them:
 * "胸痛\n中心" is the units 胸 痛 痛⏎中 中 心 (LF and CRLF each with their own mark, one mark per
 * break). Characters keep their own units, so a match may start or end next to a break; a match
 * across the break, the query's form with the break inside (searchVariants: 胸痛⏎中心), holds the
 * rare unit 痛⏎中 and costs little; and the plain form 胸痛中心 does not match there (痛 and 中
 * are not adjacent), as search wants.
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

/**
 * One unit: a character's code point as handed over (`run` null), or a run of line breaks
 * (`run`: the code points of the character before it if any, the marks, the character after it
 * if any).
 */
type UnitVisitor = (codePoint: number, run: readonly number[] | null) => void;

/**
 * Cuts a part into units, in order. A loop over char codes: a 20 MB page of 6.7 million
 * characters takes about 0.1 s, where splitting it into an array of characters took 2.8 s.
 */
function forEachUnit(part: string, visit: UnitVisitor): void {
  let previous = -1; // the last character's code point (as handed over), -1 at the start
  let marks: number[] = [];
  const runOfMarks = (next: number): number[] => {
    const run = previous >= 0 ? [previous, ...marks] : marks;
    if (next >= 0) run.push(next);
    return run;
  };
  const character = (codePoint: number): void => {
    if (marks.length > 0) {
      visit(-1, runOfMarks(codePoint));
      marks = [];
    }
    visit(codePoint, null);
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
  // Breaks that end the part: a unit too, so the index holds every character of the text.
  if (marks.length > 0) visit(-1, runOfMarks(-1));
}

const utf16 = new TextDecoder('utf-16le');
const CHUNK_UNITS = 1 << 16;

/**
 * Space-separated tokens written into a string a chunk at a time: the output's length depends on
 * the text (a break run repeats the characters either side), and one buffer sized for the worst
 * case took 120 MB for a 20 MB page.
 */
class TokenWriter {
  private readonly out: Uint16Array;
  private readonly chunks: string[] = [];
  private at = 0;
  private started = false;

  /**
   * `expected`: about how many UTF-16 units will be written. The buffer is no bigger than that
   * needs: a query's tokens are written by a dozen writers, and a 128 KB buffer each (zeroed)
   * made building a 6-character query's MATCH cost 5 ms, ten times the FTS5 lookup.
   */
  constructor(expected: number) {
    this.out = new Uint16Array(Math.max(16, Math.min(CHUNK_UNITS, expected)));
  }

  /** Starts a new token (a space before every token but the first). */
  token(): void {
    if (this.started) this.codePoint(0x20);
  }

  codePoint(codePoint: number): void {
    // Flushed before a code point, never between the two halves of a surrogate pair.
    if (this.at > this.out.length - 2) {
      this.chunks.push(utf16.decode(this.out.subarray(0, this.at)));
      this.at = 0;
    }
    this.started = true;
    if (codePoint > 0xffff) {
      this.out[this.at++] = 0xd800 + ((codePoint - 0x10000) >> 10);
      this.out[this.at++] = 0xdc00 + ((codePoint - 0x10000) & 0x3ff);
    } else this.out[this.at++] = codePoint;
  }

  unit(codePoint: number, run: readonly number[] | null): void {
    if (run) for (const c of run) this.codePoint(c);
    else this.codePoint(codePoint);
  }

  text(): string {
    this.chunks.push(utf16.decode(this.out.subarray(0, this.at)));
    return this.chunks.join('');
  }
}

/**
 * The bigram tokens of one part: each unit followed by the next one, the last unit followed by
 * PART_END when `withEnd` (the index) and by nothing (queries, which may end anywhere).
 */
function writeBigrams(writer: TokenWriter, part: string, withEnd: boolean): void {
  let previous = -1;
  let previousRun: readonly number[] | null = null;
  let any = false;
  forEachUnit(part, (codePoint, run) => {
    if (any) {
      writer.token();
      writer.unit(previous, previousRun);
      writer.unit(codePoint, run);
    }
    previous = codePoint;
    previousRun = run;
    any = true;
  });
  if (any && withEnd) {
    writer.token();
    writer.unit(previous, previousRun);
    writer.codePoint(PART_END);
  }
}

/** The bigram table's text for the given parts, kept apart by PART_SEPARATOR. */
export function bigramText(parts: readonly string[]): string {
  // A bigram and a space for each UTF-16 unit of text, about.
  const writer = new TokenWriter(3 * parts.reduce((sum, part) => sum + part.length + 2, 0));
  parts.forEach((part, index) => {
    if (index > 0) {
      writer.token();
      writer.codePoint(PART_SEPARATOR);
    }
    writeBigrams(writer, part, true);
  });
  return writer.text();
}

/** The character table's text for the given parts: each character they hold, once. */
export function characterText(parts: readonly string[]): string {
  const seen = new Set<number>();
  for (const part of parts)
    forEachUnit(part, (codePoint) => {
      if (codePoint >= 0) seen.add(codePoint);
    });
  const writer = new TokenWriter(3 * seen.size);
  for (const codePoint of seen) {
    writer.token();
    writer.codePoint(codePoint);
  }
  return writer.text();
}

/** What the index holds for an article: its title, then each range's text, kept apart. */
export function articleIndexText(
  title: string | null,
  rangeTexts: readonly string[],
): { bigrams: string; characters: string } {
  const parts = [title ?? '', ...rangeTexts];
  return { bigrams: bigramText(parts), characters: characterText(parts) };
}

/** The two tables of the search index (migration 15), both keyed by article id. */
export type SearchTable = 'article_search' | 'article_search_chars';

/** Units of a (short) text, each as the string the index writes for it. */
function unitsOf(text: string): string[] {
  const units: string[] = [];
  forEachUnit(text, (codePoint, run) => {
    const writer = new TokenWriter(2 * (run?.length ?? 1));
    writer.unit(codePoint, run);
    units.push(writer.text());
  });
  return units;
}

const phrase = (tokens: string): string => `"${tokens.replaceAll('"', '""')}"`;

/**
 * Which table answers `query` and its FTS5 MATCH expression: a query of one character is that
 * character's token in article_search_chars; a longer one, one phrase of bigrams per form that
 * counts as an occurrence (searchVariants: as typed, or with one line break inside), joined by
 * OR, in article_search. Null when the query has no character at all.
 */
export function searchIndexQuery(query: string): { table: SearchTable; expression: string } | null {
  const units = unitsOf(query);
  if (units.length === 0) return null;
  if (units.length === 1) return { table: 'article_search_chars', expression: phrase(units[0]!) };
  const phrases = searchVariants(query).map((variant) => {
    const writer = new TokenWriter(4 * variant.length + 16);
    writeBigrams(writer, variant, false);
    return phrase(writer.text());
  });
  return { table: 'article_search', expression: phrases.join(' OR ') };
}

/**
 * Whether the index's answer for `query` must be checked against the text: the tokenizer folds
 * the case of every script (É = é), where search folds ASCII only, and a query holding a
 * private-use character of the planes the stand-ins and marks use could meet one. Both are rare;
 * such a query's candidates are checked with LIKE on the live text.
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
