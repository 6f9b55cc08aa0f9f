/**
 * Pinyin glosses that some mirror sites print after characters (醫(yī)院, 鎮(zhèn)安縣, 項(xiàng)目):
 * left in, they cut every name and number they fall inside, so the rules read the article
 * without them. The original is never changed: the view returned maps each of its characters
 * back to the reading view it came from, so spans still cover the text as written, glosses
 * included.
 */
import type { CodePointRange } from '../text/codepoints';
import type { ReadingView } from '../text';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
/**
 * A gloss: lower-case pinyin in ASCII brackets right after a Han character, with at least one tone
 * mark, so that an abbreviation or a list letter in brackets ("(a)", "(CT)") is never taken.
 */
// The bracket first, the Han character behind it checked after: an engine scans for a literal far
// faster than it tries a look-behind at every position (4–8× on a page of random characters).
const GLOSS_SOURCE = `\\((?<=\\p{Script=Han}\\()(?=[a-zü]*[${TONED}])[a-zü${TONED}]{1,7}\\)`;
const GLOSS = new RegExp(GLOSS_SOURCE, 'gu');
/** The same without the global flag, so that testing a text leaves no lastIndex behind. */
const ANY_GLOSS = new RegExp(GLOSS_SOURCE, 'u');

/** Whether the text holds at least one pinyin gloss (a cheap test before building a view). */
export function hasPinyinGlosses(text: string): boolean {
  if (!text.includes('(')) return false;
  return ANY_GLOSS.test(text);
}

/** The text without its pinyin glosses (a headline planPage read from the page as written). */
export function stripPinyinGlosses(text: string): string {
  return hasPinyinGlosses(text) ? text.replace(GLOSS, '') : text;
}

/** `inner` without its pinyin glosses, mapped back through `inner` to the original. */
export function withoutPinyinGlosses(inner: ReadingView): ReadingView {
  const source = inner.text;
  const parts: string[] = [];
  /** For each code point of the new view, the inner view's code point it shows. */
  const keep: number[] = [];
  let innerCodePoint = 0;
  let from = 0;
  const copy = (upTo: number): void => {
    const piece = source.slice(from, upTo);
    parts.push(piece);
    for (const _ of piece) keep.push(innerCodePoint++);
  };
  for (const m of source.matchAll(GLOSS)) {
    copy(m.index);
    innerCodePoint += m[0].length; // a gloss is ASCII and Latin-1/Extended letters: one unit each
    from = m.index + m[0].length;
  }
  copy(source.length);
  return new GlossFreeView(parts.join(''), keep, innerCodePoint, inner);
}

class GlossFreeView implements ReadingView {
  constructor(
    readonly text: string,
    private readonly keep: readonly number[],
    /** The inner view's length in code points, where this view's end maps. */
    private readonly innerLength: number,
    private readonly inner: ReadingView,
  ) {}

  private innerAt(viewOffset: number): number {
    return viewOffset >= this.keep.length ? this.innerLength : this.keep[viewOffset]!;
  }

  toOriginal(viewOffset: number): number {
    return this.inner.toOriginal(this.innerAt(viewOffset));
  }

  toView(originalOffset: number): number {
    const innerOffset = this.inner.toView(originalOffset);
    let lo = 0;
    let hi = this.keep.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keep[mid]! < innerOffset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  rangeToOriginal(range: CodePointRange): CodePointRange {
    if (range.end <= range.start) {
      const at = this.toOriginal(range.start);
      return { start: at, end: at };
    }
    return this.inner.rangeToOriginal({
      start: this.keep[range.start]!,
      end: this.keep[range.end - 1]! + 1,
    });
  }

  rangeToView(range: CodePointRange): CodePointRange {
    return { start: this.toView(range.start), end: this.toView(range.end) };
  }
}
