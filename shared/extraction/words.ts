/**
 * Word boundaries and part-of-speech tags for the rules, from a real segmenter (jieba, on the Node
 * side: electron/nlp/jieba-tagger.ts) rather than lists of characters. shared/ stays free of
 * native code: the segmenter is handed in as a plain function (useWordTagger), and the rules fall
 * back to their surname and cue-word readings when none is installed.
 *
 * Only the clauses around a cue are ever segmented, each once per article: a rule asks about the
 * words near a post or a surname, never about the whole article, so extraction stays as fast.
 */

/** A word as a tagger gives it: its text and jieba's tag (nr person, ns place, nt organisation…). */
export interface TaggedWord {
  word: string;
  tag: string;
}

/** Segments a piece of text into words, in order, whose concatenation is the text. */
export type WordTagger = (text: string) => readonly TaggedWord[];

/** A word of the article: `[start, end)` in UTF-16 units of the text it was read in. */
export interface Word {
  start: number;
  end: number;
  text: string;
  tag: string;
}

let installed: WordTagger | null = null;

/** Installs the segmenter the rules use (null: none, the rules read names by their cues alone). */
export function useWordTagger(tagger: WordTagger | null): void {
  installed = tagger;
}

/** The installed segmenter, if any. */
export function wordTagger(): WordTagger | null {
  return installed;
}

/**
 * The tagged words of `piece` placed at their offsets in it, shifted by `offset`. Offsets are
 * counted in UTF-16 units like the rules' (an astral character such as 𠀀 is two units and one
 * word). A word the tagger returned that is not where the previous one ended (a tagger that
 * dropped or normalised characters) is looked for further on; one that is not there is dropped,
 * so every word's text is exactly the text at its offsets.
 */
export function placeWords(piece: string, tagged: readonly TaggedWord[], offset = 0): Word[] {
  const words: Word[] = [];
  let at = 0;
  for (const { word, tag } of tagged) {
    if (word.length === 0) continue;
    const found = piece.startsWith(word, at) ? at : piece.indexOf(word, at);
    if (found < 0) continue;
    words.push({ start: offset + found, end: offset + found + word.length, text: word, tag });
    at = found + word.length;
  }
  return words;
}

/** Tags of person names: jieba's nr (name), nrfg (given name), nrt (transliterated name). */
const PERSON_TAGS = new Set(['nr', 'nrfg', 'nrt']);
/** The tag jieba gives a word it found by its hidden Markov model, not in its dictionary. */
const UNKNOWN_TAG = 'x';

export function isPersonTag(tag: string): boolean {
  return PERSON_TAGS.has(tag);
}

/** jieba's tag of place names (锦州, 朝阳): for rules that weigh a place against other words. */
export function isPlaceTag(tag: string): boolean {
  return tag === 'ns';
}

/** jieba's tag of organisation names (卫健委, 住院医师 is tagged so too: a hint, not a fact). */
export function isOrganisationTag(tag: string): boolean {
  return tag === 'nt';
}

export function isUnknownTag(tag: string): boolean {
  return tag === UNKNOWN_TAG;
}

/**
 * Characters a segmenter never joins across (punctuation, spaces, line ends): a window cut at
 * them is segmented exactly as it would be inside the whole text.
 */
export const CLAUSE_STOP = /[\s。，、；：！？,.;:!?（）()【】《》“”"'‘’「」『』/|…—·]/u;
/**
 * The units CLAUSE_STOP matches: its punctuation, and what \s matches (JavaScript's white space
 * and line terminators). words.test.ts checks the two agree on every UTF-16 unit.
 */
const CLAUSE_STOP_CHARACTERS =
  '。，、；：！？,.;:!?（）()【】《》“”"\'‘’「」『』/|…—·' +
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a' +
  '\u2028\u2029\u202f\u205f\u3000\ufeff';

/**
 * CLAUSE_STOP for each UTF-16 unit, 1 where it matches: the window walks read one array entry a
 * unit instead of testing the pattern on a one-character string (up to 80 units a window, and an
 * article has several windows).
 */
const CLAUSE_STOP_UNITS = ((): Uint8Array => {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < CLAUSE_STOP_CHARACTERS.length; i++)
    table[CLAUSE_STOP_CHARACTERS.charCodeAt(i)] = 1;
  return table;
})();

/** Whether the UTF-16 unit at `at` of `text` stops a clause (CLAUSE_STOP.test(text[at])). */
export function isClauseStop(text: string, at: number): boolean {
  return CLAUSE_STOP_UNITS[text.charCodeAt(at)] === 1;
}

/** A window's reach either side of the cue when no punctuation comes sooner (long OCR lines). */
const REACH = 40;

/**
 * Segmented windows whose words are kept at once. One that was let go is segmented again when
 * asked (the segmenter gives the same words for the same clause). An article of normal length
 * has far fewer windows; a 20 MB one-line page had 240,000 of them, 1.9 million words.
 */
export const KEPT_WINDOWS = 4096;

/** Flags of a UTF-16 offset in ArticleWords.boundaries: a word starts or ends there. */
const WORD_STARTS = 1;
const WORD_ENDS = 2;

/**
 * The words of one article's text, segmented a clause at a time on demand and kept. Offsets are
 * UTF-16 units of that text, as regular expressions report them.
 *
 * What is known per offset lives in typed arrays of the text's length, made on first use: a long
 * page asks about hundreds of thousands of clauses, and a Map or Set entry per offset (which
 * window covers it, whether a word starts or ends there) held over 500 MB of a 20 MB one-line
 * page's memory where these arrays hold 5 bytes an offset. The words themselves are kept for the
 * last KEPT_WINDOWS windows only.
 */
export class ArticleWords {
  /** The words of the windows segmented last, by the window's start, oldest first. */
  private readonly windows = new Map<number, Word[]>();
  /**
   * The segmented windows, per UTF-16 unit: 0 where none covers it yet, minus the window's end at
   * its first unit, 1 + the window's start at its other units.
   */
  private covered: Int32Array | null = null;
  /** WORD_STARTS and WORD_ENDS of every offset of the segmented windows. */
  private boundaries: Uint8Array | null = null;

  constructor(
    private readonly text: string,
    private readonly tagger: WordTagger | null = wordTagger(),
  ) {}

  /** Whether a segmenter is installed; without one every question below answers null. */
  get available(): boolean {
    return this.tagger !== null;
  }

  /** The words of the window (clause) around UTF-16 offset `at`, segmented on first use. */
  around(at: number): Word[] | null {
    if (!this.tagger) return null;
    const [start, end] = this.windowAt(at);
    const known = this.windows.get(start);
    if (known) return known;
    const piece = this.text.slice(start, end);
    const words = placeWords(piece, this.tagger(piece), start);
    if (this.windows.size >= KEPT_WINDOWS) this.windows.delete(this.windows.keys().next().value!);
    this.windows.set(start, words);
    const covered = this.coveredUnits();
    if (covered[start] === 0) {
      // First time: a window segmented again after it was let go has these marks already.
      covered.fill(start + 1, start + 1, end);
      covered[start] = -end;
      const boundaries = this.boundaryFlags();
      for (const word of words) {
        boundaries[word.start]! |= WORD_STARTS;
        boundaries[word.end]! |= WORD_ENDS;
      }
    }
    return words;
  }

  /**
   * Whether a word starts or ends at `at` (the segmenter puts a boundary there), or null without
   * a segmenter. The clause holding `at - 1` is segmented if it was not yet.
   */
  isBoundary(at: number): boolean | null {
    if (!this.tagger) return null;
    if (at <= 0 || at >= this.text.length) return true;
    if (isClauseStop(this.text, at - 1) || isClauseStop(this.text, at)) return true;
    this.around(at - 1);
    this.around(at);
    return this.boundaryFlags()[at] !== 0;
  }

  /** The word that starts exactly at `at`, or undefined (null without a segmenter). */
  wordAt(at: number): Word | undefined | null {
    if (!this.tagger) return null;
    const words = this.around(at);
    // Windows never overlap, so a word starting at `at` is one of the window covering `at`.
    if (!words || !(this.boundaryFlags()[at]! & WORD_STARTS)) return undefined;
    return wordStartingAt(words, at);
  }

  /** The words lying wholly inside `[start, end)`, in order (null without a segmenter). */
  wordsIn(start: number, end: number): Word[] | null {
    if (!this.tagger) return null;
    const words: Word[] = [];
    for (let at = start; at < end;) {
      const word = this.wordAt(at);
      if (!word || word.end > end) return words;
      words.push(word);
      at = word.end;
    }
    return words;
  }

  private coveredUnits(): Int32Array {
    return (this.covered ??= new Int32Array(this.text.length + 1));
  }

  private boundaryFlags(): Uint8Array {
    return (this.boundaries ??= new Uint8Array(this.text.length + 1));
  }

  /**
   * The window around `at`: from the last stop before it to the first stop after it, at most
   * REACH units either side (then cut where an already segmented window ends, so that windows
   * never overlap and a boundary is never invented where one window was cut in the middle).
   */
  private windowAt(at: number): [number, number] {
    const text = this.text;
    const covered = this.coveredUnits();
    const mark = covered[at]!;
    // Windows never overlap (a new one stops where a segmented one starts): the window holding
    // `at` is the one its owner started, read back rather than walked unit by unit to its end.
    if (mark < 0) return [at, -mark];
    if (mark > 0) return [mark - 1, -covered[mark - 1]!];
    let start = at;
    while (
      start > 0 &&
      at - start < REACH &&
      !isClauseStop(text, start - 1) &&
      covered[start - 1] === 0
    )
      start--;
    let end = at;
    while (end < text.length && end - at < REACH && !isClauseStop(text, end) && !covered[end])
      end++;
    if (end === at) end = Math.min(text.length, at + 1);
    // Never cut a surrogate pair in two.
    if (start > 0 && isLowSurrogate(text.charCodeAt(start)) && covered[start - 1] === 0) start--;
    if (end < text.length && isLowSurrogate(text.charCodeAt(end)) && !covered[end]) end++;
    return [start, end];
  }
}

/** The word of `words` (in text order) starting at `at`, found by halving. */
function wordStartingAt(words: readonly Word[], at: number): Word | undefined {
  let low = 0;
  let high = words.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const word = words[middle]!;
    if (word.start === at) return word;
    if (word.start < at) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
