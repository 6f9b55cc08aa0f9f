/**
 * Grounds a quote that a language model says it copied from an article in the article's exact
 * characters. Models rewrite what they quote: they drop or add line breaks and spaces (an OCR'd
 * line broken mid-word comes back joined), turn full-width letters and punctuation into
 * half-width ones, and answer in simplified characters about a traditional text. None of that may
 * leak into provenance, so a quote is grounded in two steps:
 *
 * 1. exact: the quote occurs verbatim;
 * 2. aligned: the quote occurs once both sides are folded the same way (whitespace removed,
 *    full-width forms to half-width, traditional to simplified, ASCII letters to lower case).
 *    The span is mapped back through the fold, so it starts at the article's first matched
 *    character and ends after its last, in code points, never on a removed space.
 *
 * Anything else is ungrounded: the caller shows it as such and never exports it as if it had
 * provenance. Grounding never guesses between characters that differ after folding.
 */
import { simplifiedView } from '../extraction/simplified-view';
import { isRegExpSpace } from '../text/char-classes';
import { CodePointIndex, type CodePointRange } from '../text/codepoints';

export type Grounding =
  | ({ kind: 'exact' | 'aligned' } & CodePointRange)
  | { kind: 'ungrounded'; reason: 'empty-quote' | 'not-found' };

/** A text folded for matching, with where each of its UTF-16 units came from (code points). */
interface FoldedText {
  folded: string;
  /** Original code-point offset of the character each folded unit belongs to. */
  sourceOf: Uint32Array;
}

/** Full-width ASCII forms (！ to ～) to ASCII, the ideographic space handled as whitespace. */
function halfWidth(cp: number): number {
  return cp >= 0xff01 && cp <= 0xff5e ? cp - 0xfee0 : cp;
}

function foldCodePoint(cp: number): number {
  const half = halfWidth(cp);
  return half >= 0x41 && half <= 0x5a ? half + 0x20 : half;
}

/**
 * Folds `text` for matching. The simplified view has the original's length character for
 * character, so walking both together keeps every offset exact.
 */
function fold(text: string): FoldedText {
  // Always converted, not only when the text reads as traditional: a simplified article may
  // quote one traditional name, and a model may answer one in traditional characters.
  const simplified = simplifiedView(text);
  const units: string[] = [];
  const sourceOf = new Uint32Array(text.length);
  let length = 0;
  let codePoint = 0;
  for (let at = 0; at < simplified.length; codePoint++) {
    const cp = simplified.codePointAt(at)!;
    const width = cp > 0xffff ? 2 : 1;
    if (!isRegExpSpace(cp)) {
      const folded = String.fromCodePoint(foldCodePoint(cp));
      units.push(folded);
      for (let unit = 0; unit < folded.length; unit++) sourceOf[length++] = codePoint;
    }
    at += width;
  }
  return { folded: units.join(''), sourceOf: sourceOf.subarray(0, length) };
}

/**
 * Where `quote` lies in `text`, searching from code point `from` on: the first exact occurrence,
 * else the first folded one. `text` is the article's stored text, unchanged.
 */
export function groundQuote(text: string, quote: string, from = 0): Grounding {
  const trimmed = quote.trim();
  if (trimmed === '') return { kind: 'ungrounded', reason: 'empty-quote' };
  const index = new CodePointIndex(text);
  const exact = text.indexOf(trimmed, index.toUtf16(Math.min(from, index.length)));
  if (exact >= 0) {
    const start = index.toCodePoint(exact);
    const end = index.toCodePoint(exact + trimmed.length);
    // A quote made of half a surrogate pair matches inside a character: not a span.
    if (index.toUtf16(start) === exact && index.toUtf16(end) === exact + trimmed.length) {
      return { kind: 'exact', start, end };
    }
  }
  const article = fold(text);
  const wanted = fold(trimmed).folded;
  let searchFrom = 0;
  while (searchFrom < article.sourceOf.length && article.sourceOf[searchFrom]! < from) searchFrom++;
  for (let found = article.folded.indexOf(wanted, searchFrom); found >= 0;) {
    const last = found + wanted.length - 1;
    if (startsCharacter(article, found) && startsCharacter(article, last + 1)) {
      return { kind: 'aligned', start: article.sourceOf[found]!, end: article.sourceOf[last]! + 1 };
    }
    found = article.folded.indexOf(wanted, found + 1);
  }
  return { kind: 'ungrounded', reason: 'not-found' };
}

/** Whether folded unit `at` begins a character (or is the end), not the middle of a pair. */
function startsCharacter({ sourceOf }: FoldedText, at: number): boolean {
  return at === 0 || at >= sourceOf.length || sourceOf[at - 1] !== sourceOf[at];
}

/** Every non-overlapping grounding of `quote` in `text`, in order (a value stated twice). */
export function groundEveryQuote(text: string, quote: string): CodePointRange[] {
  const spans: CodePointRange[] = [];
  for (let from = 0; ;) {
    const grounding = groundQuote(text, quote, from);
    if (grounding.kind === 'ungrounded') return spans;
    spans.push({ start: grounding.start, end: grounding.end });
    from = grounding.end;
  }
}
