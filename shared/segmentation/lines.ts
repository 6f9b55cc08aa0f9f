import { CodePointIndex, type CodePointRange } from '../text/codepoints';

/** One physical line of a page, located in code points of the original text. */
export interface PageLine {
  /** 0-based line number (signals print it 1-based, as editors do). */
  index: number;
  /** The line's text without its terminator; empty for a blank or chrome line. */
  text: string;
  /** Code-point offset of the first character. */
  start: number;
  /** Code-point offset just past the last character, before any '\r\n', '\n' or '\r'. */
  end: number;
  /** Only whitespace (full-width spaces included). */
  blank: boolean;
  /** Lies inside caller-supplied chrome, so it belongs to no article. */
  chrome: boolean;
}

/** Lines this short share one string per distinct text. */
const SHARED_TEXT_LENGTH = 4;

/** Anything but whitespace (the same whitespace as String.prototype.trim, full-width included). */
const NON_SPACE = /\S/;

/**
 * Splits `text` into lines with code-point offsets. Terminators are excluded from every line so
 * CRLF pages yield exactly the same line contents and ranges that never end on a stray '\r'.
 */
export function splitPageLines(text: string, chrome: readonly CodePointRange[] = []): PageLine[] {
  const index = new CodePointIndex(text);
  const chromeCover = new ChromeCover(chrome);
  const lines: PageLine[] = [];
  // A page of millions of one-to-three-character lines repeats a few thousand distinct ones: each
  // is kept once (a slice this short is a copy, some 20 bytes a line).
  const shortTexts = new Map<string, string>();
  let lineStart = 0;
  const push = (lineEnd: number): void => {
    let lineText = text.slice(lineStart, lineEnd);
    if (lineText.length <= SHARED_TEXT_LENGTH) {
      const shared = shortTexts.get(lineText);
      if (shared === undefined) shortTexts.set(lineText, lineText);
      else lineText = shared;
    }
    const start = index.toCodePoint(lineStart);
    let end = index.toCodePoint(lineEnd);
    const blank = !NON_SPACE.test(lineText);
    const chrome = !blank && chromeCover.covers(lineText, start);
    // A line whose last part is chrome (an article's last sentence, then its site's links to other
    // stories on the same line) ends where its chrome begins.
    const tail = blank || chrome ? null : chromeCover.tailStart(lineText, start, end);
    if (tail !== null) {
      lineText = withoutTrailingSpace([...lineText].slice(0, tail - start).join(''));
      end = start + [...lineText].length;
    }
    lines.push({
      index: lines.length,
      // Nothing reads the text of a blank or chrome line (they belong to no unit), and a page
      // may have millions of them: they keep none.
      text: blank || chrome ? '' : lineText,
      start,
      end,
      blank,
      chrome,
    });
  };
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit !== 0x0a && unit !== 0x0d) continue;
    push(i);
    if (unit === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    lineStart = i + 1;
  }
  if (lineStart < text.length) push(text.length);
  return lines;
}

/**
 * Answers "is this line chrome?" for lines asked in page order, walking the sorted, merged chrome
 * ranges once (a page may come with hundreds of them).
 *
 * A line is chrome when every non-whitespace character lies in chrome: a line that is only partly
 * chrome still carries article text, and whole-line ranges cannot split it.
 */
class ChromeCover {
  private readonly ranges: CodePointRange[] = [];
  private next = 0;

  constructor(chrome: readonly CodePointRange[]) {
    for (const range of [...chrome].sort((a, b) => a.start - b.start)) {
      const last = this.ranges[this.ranges.length - 1];
      if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
      else if (range.start < range.end) this.ranges.push({ start: range.start, end: range.end });
    }
  }

  /**
   * Where the chrome that runs to the line's end begins, when it begins after the line's first
   * non-space character (code points), else null. Binary search: asked only of lines not covered.
   */
  tailStart(lineText: string, lineStart: number, lineEnd: number): number | null {
    if (this.ranges.length === 0) return null;
    const trailing = lineText.length - withoutTrailingSpace(lineText).length;
    const last = lineEnd - 1 - [...lineText.slice(lineText.length - trailing)].length;
    let low = 0;
    let high = this.ranges.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const range = this.ranges[mid]!;
      if (range.end <= last) low = mid + 1;
      else if (range.start > last) high = mid - 1;
      else return range.start > lineStart ? range.start : null;
    }
    return null;
  }

  covers(lineText: string, lineStart: number): boolean {
    if (this.ranges.length === 0) return false;
    let cp = lineStart;
    for (const char of lineText) {
      while (this.next < this.ranges.length && this.ranges[this.next]!.end <= cp) this.next++;
      const range = this.ranges[this.next];
      if (char.trim() !== '' && !(range && range.start <= cp)) return false;
      cp++;
    }
    return true;
  }
}

function withoutTrailingSpace(text: string): string {
  return text.replace(/\s+$/u, '');
}
