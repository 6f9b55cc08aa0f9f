import { searchVariants } from '../../shared/text/search-pattern';
import { isCommonCharacter } from './search-common-characters';

/**
 * What the search index (migration 15) is given for an article, and how a query asks it.
 *
 * Both tables are contentless (they keep no copy of the text, which stays in `documents` only).
 * The text is first cut into UNITS: one per character, and one per run of line breaks (below).
 *
 * - `article_search` holds one token per unit with its position (`detail=full`): a COMMON
 *   character (search-common-characters.ts: GB2312's level-1 hanzi, ASCII, punctuation) followed
 *   by another is a BIGRAM of the two; any other unit is a token alone. A query of two or more
 *   units is a phrase of the same tokens: `胸痛中心` is 胸痛 痛中 中心, `医院` the single token
 *   医院, `丌院` the tokens 丌 院…. Migration 10 had one token per character, so every query
 *   merged the position lists of common characters (中, 心, 医): 1.8 s at 300,000 articles for a
 *   4-character query; a bigram is rarer than either of its characters, and a rare character's
 *   own list is short. Pairing only common characters keeps random text (where almost every pair
 *   is new) from adding a new term per character: bigrams of every pair wrote 9× a page of
 *   random ideographs, over issue 16's bound.
 * - `article_search_chars` holds each common character an article contains once, without
 *   positions (`detail=none`): a 1-character query (省) is that one token's list of articles, a
 *   few bytes an article, where in the bigram table it would be every token that starts with it.
 *   A rare character is its own token in the bigram table.
 *
 * The answer needs no second check against the text, whatever the query's length, but for a
 * query that ends with a rare character and a common one (SearchIndexQuery.checkText).
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
 * cannot run through this token, which no query holds). Also the character a run of breaks
 * names when it starts or ends a part (below).
 */
export const PART_SEPARATOR = 0x10fffd;
/**
 * A run of line breaks is one unit of its own between the characters around it: its marks (LF
 * and CRLF each with their own, one per break) and then the two characters it lies between
 * (PART_SEPARATOR where there is none): "胸痛\n中心" is the units 胸 痛 ⏎痛中 中 心. Characters
 * keep their own units, so a match may start or end next to a break; a match across the break,
 * the query's form with the break inside (searchVariants: 胸痛⏎中心), holds the rare unit ⏎痛中
 * and costs little; and the plain form 胸痛中心 does not match there (痛 and 中 are not
 * adjacent), as search wants. The marks come first so that no token but a character's own starts
 * with that character (a query's rare last character is looked up as a prefix).
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
 * (`run`: the marks, then the character before it and the one after it, PART_SEPARATOR for none).
 */
type UnitVisitor = (codePoint: number, run: readonly number[] | null) => void;

/**
 * Cuts a part into units, in order. A loop over char codes: a 20 MB page of 6.7 million
 * characters takes about 0.1 s, where splitting it into an array of characters took 2.8 s.
 */
function forEachUnit(part: string, visit: UnitVisitor): void {
  let previous = -1; // the last character's code point (as handed over), -1 at the start
  let marks: number[] = [];
  const runOfMarks = (next: number): number[] => [
    ...marks,
    previous >= 0 ? previous : PART_SEPARATOR,
    next >= 0 ? next : PART_SEPARATOR,
  ];
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

/** Whether a unit is a common character (a run of breaks is not). */
const isCommon = (codePoint: number, run: readonly number[] | null): boolean =>
  run === null && isCommonCharacter(codePoint, PRIVATE_STAND_IN);

/**
 * The tokens of one part, one per unit: a common character and the next one when that is common
 * too (a bigram), any other unit alone (the last one always alone).
 */
function writeTokens(writer: TokenWriter, part: string): void {
  let previous = -1;
  let previousRun: readonly number[] | null = null;
  let previousCommon = false;
  let any = false;
  forEachUnit(part, (codePoint, run) => {
    const common = isCommon(codePoint, run);
    if (any) {
      writer.token();
      writer.unit(previous, previousRun);
      if (previousCommon && common) writer.unit(codePoint, run);
    }
    previous = codePoint;
    previousRun = run;
    previousCommon = common;
    any = true;
  });
  if (any) {
    writer.token();
    writer.unit(previous, previousRun);
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
    writeTokens(writer, part);
  });
  return writer.text();
}

/**
 * The character table's text for the given parts: each common character they hold, once. A rare
 * one is always a token of its own in the bigram table, whose list is short, so random text
 * (mostly rare characters) adds little here.
 */
export function characterText(parts: readonly string[]): string {
  const seen = new Set<number>();
  for (const part of parts)
    forEachUnit(part, (codePoint, run) => {
      if (isCommon(codePoint, run)) seen.add(codePoint);
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

/** How the index answers a query (see searchIndexQuery). */
export interface SearchIndexQuery {
  table: SearchTable;
  /** The FTS5 MATCH expression. */
  expression: string;
  /**
   * Whether the articles it matches may include some that do not hold the query and must be
   * checked against the text: a rare character followed by a common one ends the query.
   */
  checkText: boolean;
  /**
   * The phrases joined in `expression`, each with the tokens of its line-break run (none for the
   * query as typed): a phrase whose run token the index lacks matches nothing, and leaving it out
   * saves FTS5 opening its other tokens' lists (see search-matches.ts, directSearchIndex).
   */
  phrases: { phrase: string; breakTokens: string[] }[];
}

interface Unit {
  /** As the index writes it. */
  text: string;
  common: boolean;
  /** A run of breaks, which names the character after it. */
  run: boolean;
}

/** Units of a (short) text. */
function unitsOf(text: string): Unit[] {
  const units: Unit[] = [];
  forEachUnit(text, (codePoint, run) => {
    const writer = new TokenWriter(2 * (run?.length ?? 1));
    writer.unit(codePoint, run);
    units.push({ text: writer.text(), common: isCommon(codePoint, run), run: run !== null });
  });
  return units;
}

const quoted = (tokens: string): string => `"${tokens.replaceAll('"', '""')}"`;

/**
 * The phrase of the tokens `units` (two or more) start in a part, as the index writes them, up to
 * the last unit's: that one depends on the unit after it, unknown. The last unit is known all the
 * same when the token before holds it (a bigram of two common characters, or a run of breaks,
 * which names the character after it), or when it is a rare character (always a token alone).
 * Otherwise, a common character after a rare one, the phrase stops before it: every place the
 * query occurs matches, and its matches are to be checked on the text (`exact` false).
 */
function phraseOf(units: readonly Unit[]): {
  phrase: string;
  exact: boolean;
  breakTokens: string[];
} {
  const tokens: string[] = [];
  for (let i = 0; i < units.length - 1; i++) {
    const [unit, next] = [units[i]!, units[i + 1]!];
    tokens.push(unit.common && next.common ? unit.text + next.text : unit.text);
  }
  const [before, last] = [units[units.length - 2]!, units[units.length - 1]!];
  if (!last.common) tokens.push(last.text);
  const exact = !last.common || before.common || before.run;
  // A run of breaks is never common, so it is always a token of its own: its text as written.
  const breakTokens = units.filter((unit) => unit.run).map((unit) => quoted(unit.text));
  return { phrase: quoted(tokens.join(' ')), exact, breakTokens };
}

/**
 * How the index answers `query`: a query of one common character is that character's token in
 * article_search_chars, of one rare character its token in article_search; a longer one, one
 * phrase per form that counts as an occurrence (searchVariants: as typed, or with one line break
 * inside), joined by OR, in article_search. Null when the query has no character at all.
 */
export function searchIndexQuery(query: string): SearchIndexQuery | null {
  const units = unitsOf(query);
  if (units.length === 0) return null;
  if (units.length === 1) {
    const table = units[0]!.common ? 'article_search_chars' : 'article_search';
    const expression = quoted(units[0]!.text);
    return {
      table,
      expression,
      checkText: false,
      phrases: [{ phrase: expression, breakTokens: [] }],
    };
  }
  const phrases = searchVariants(query).map((variant) => phraseOf(unitsOf(variant)));
  return {
    table: 'article_search',
    expression: phrases.map((p) => p.phrase).join(' OR '),
    checkText: phrases.some((p) => !p.exact),
    phrases: phrases.map(({ phrase, breakTokens }) => ({ phrase, breakTokens })),
  };
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
