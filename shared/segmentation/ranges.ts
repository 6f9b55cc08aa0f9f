import type { CodePointRange } from '../text/codepoints';
import type { PageLine } from './lines';

/**
 * Turns a line → article assignment into sorted whole-line ranges per article. Lines of one
 * article separated only by blank lines share a range; any other line (another article's, or
 * chrome) between them starts a new range, so ranges never cover text that is not the article's.
 */
export function rangesByArticle(
  lines: readonly PageLine[],
  articleOfLine: ArrayLike<number>,
  articleCount: number,
): CodePointRange[][] {
  const ranges: CodePointRange[][] = Array.from({ length: articleCount }, () => []);
  const lastLine = new Array<number>(articleCount).fill(-1);
  let lastContentLine = -1;
  for (const line of lines) {
    if (line.blank) continue;
    const article = articleOfLine[line.index]!;
    if (article >= 0) {
      const own = ranges[article]!;
      const previous = own[own.length - 1];
      if (previous && lastLine[article] === lastContentLine) previous.end = line.end;
      else own.push({ start: line.start, end: line.end });
      lastLine[article] = line.index;
    }
    lastContentLine = line.index;
  }
  return ranges;
}
