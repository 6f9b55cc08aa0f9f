import { coveredLength, intersectRange, normalizeRanges } from '../../shared/pages/range-set';
import { CodePointIndex } from '../../shared/text/codepoints';
import {
  articleRangesOfDocument,
  documentCoverage,
  spansOfDocument,
} from '../database/coverage-queries';
import type { ProjectDatabase } from '../database/open-project';

export interface SegmentationProblem {
  kind: 'range' | 'span';
  message: string;
}

const PREVIEW = 20;

/**
 * The part of `gleaner check` about segmentation: text of a page that belongs to no article (and
 * that import did not set aside as page chrome or a repeat), and values whose spans fall outside
 * their article. Either means a correction lost track of curated text. At most one problem of
 * each kind per document, the first, so a badly broken page does not flood the report.
 */
export function* segmentationProblems(db: ProjectDatabase): Generator<SegmentationProblem> {
  for (const doc of documentCoverage(db)) {
    const index = new CodePointIndex(doc.text);
    if (!doc.restored) {
      let from = 0;
      for (const range of [
        ...normalizeRanges(doc.accounted),
        { start: index.length, end: index.length },
      ]) {
        const gap =
          range.start > from ? index.slice(from, Math.min(range.start, index.length)) : '';
        const text = gap.trim();
        if (text !== '') {
          const start = from + Array.from(gap).length - Array.from(gap.trimStart()).length;
          // One line per problem: the preview's line breaks become spaces.
          const preview = Array.from(text.replace(/\s+/g, ' ')).slice(0, PREVIEW).join('');
          yield {
            kind: 'range',
            message: `${doc.name}: the text at ${start} ("${preview}${Array.from(text).length > PREVIEW ? '…' : ''}") belongs to no article`,
          };
          break;
        }
        from = Math.max(from, range.end);
      }
    }
    const ranges = articleRangesOfDocument(db, doc.id);
    for (const span of spansOfDocument(db, doc.id)) {
      const inside = intersectRange(ranges.get(span.articleId) ?? [], span);
      if (coveredLength(inside) !== span.end - span.start) {
        yield {
          kind: 'span',
          message: `${doc.name}: article ${span.articleId}, field ${span.field}, value ${span.valueId}: span ${span.start}–${span.end} lies outside its article`,
        };
        break;
      }
    }
  }
}
