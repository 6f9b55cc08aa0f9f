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
const CLAUSE_STOP = /[\s。，、；：！？,.;:!?（）()【】《》“”"'‘’「」『』/|…—·]/u;
/** A window's reach either side of the cue when no punctuation comes sooner (long OCR lines). */
const REACH = 40;

/**
 * The words of one article's text, segmented a clause at a time on demand and kept. Offsets are
 * UTF-16 units of that text, as regular expressions report them.
 */
export class ArticleWords {
  private readonly windows = new Map<number, Word[]>();
  /** Word starts and ends of every segmented window, for boundary questions. */
  private readonly starts = new Set<number>();
  private readonly ends = new Set<number>();
  private readonly byStart = new Map<number, Word>();
  /** The start of the window covering each segmented UTF-16 unit (a few windows an article). */
  private readonly covered = new Map<number, number>();
  /** Where each segmented window ends, by its start. */
  private readonly windowEnds = new Map<number, number>();

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
    this.windows.set(start, words);
    this.windowEnds.set(start, end);
    for (let i = start; i < end; i++) this.covered.set(i, start);
    for (const word of words) {
      this.starts.add(word.start);
      this.ends.add(word.end);
      this.byStart.set(word.start, word);
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
    if (CLAUSE_STOP.test(this.text[at - 1]!) || CLAUSE_STOP.test(this.text[at]!)) return true;
    this.around(at - 1);
    this.around(at);
    return this.ends.has(at) || this.starts.has(at);
  }

  /** The word that starts exactly at `at`, or undefined (null without a segmenter). */
  wordAt(at: number): Word | undefined | null {
    if (!this.tagger) return null;
    this.around(at);
    return this.byStart.get(at);
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

  /**
   * The window around `at`: from the last stop before it to the first stop after it, at most
   * REACH units either side (then cut where an already segmented window ends, so that windows
   * never overlap and a boundary is never invented where one window was cut in the middle).
   */
  private windowAt(at: number): [number, number] {
    const text = this.text;
    const covered = this.covered;
    const owner = covered.get(at);
    // Windows never overlap (a new one stops where a segmented one starts): the window holding
    // `at` is the one its owner started, read back rather than walked unit by unit to its end.
    if (owner !== undefined) return [owner, this.windowEnds.get(owner)!];
    let start = at;
    while (
      start > 0 &&
      at - start < REACH &&
      !CLAUSE_STOP.test(text[start - 1]!) &&
      !covered.has(start - 1)
    )
      start--;
    let end = at;
    while (
      end < text.length &&
      end - at < REACH &&
      !CLAUSE_STOP.test(text[end]!) &&
      !covered.has(end)
    )
      end++;
    if (end === at) end = Math.min(text.length, at + 1);
    // Never cut a surrogate pair in two.
    if (start > 0 && isLowSurrogate(text.charCodeAt(start)) && !covered.has(start - 1)) start--;
    if (end < text.length && isLowSurrogate(text.charCodeAt(end)) && !covered.has(end)) end++;
    return [start, end];
  }
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
