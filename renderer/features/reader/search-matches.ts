import type { ArticleDetail } from '../../../shared/contract/domain';
import { CodePointIndex } from '../../../shared/text/codepoints';
import { searchPattern } from '../../../shared/text/search-pattern';

/** More matches than this are not painted: the text is then mostly the query anyway. */
const maxMatches = 5000;

/**
 * Document ranges where `query` occurs in the article's segments, as the list's search matches it
 * (searchPattern: ASCII case folded, one line break allowed inside, covered by the range).
 */
export function searchMatches(
  segments: ArticleDetail['segments'],
  query: string,
): { start: number; end: number }[] {
  const pattern = searchPattern(query.trim());
  if (!pattern) return [];
  const matches: { start: number; end: number }[] = [];
  for (const segment of segments) {
    const index = new CodePointIndex(segment.text);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(segment.text); match; match = pattern.exec(segment.text)) {
      matches.push({
        start: segment.start + index.toCodePoint(match.index),
        end: segment.start + index.toCodePoint(match.index + match[0].length),
      });
      if (matches.length >= maxMatches) return matches;
    }
  }
  return matches;
}
