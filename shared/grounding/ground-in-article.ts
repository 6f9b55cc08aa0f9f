/**
 * Grounds a model's claims in an article as it is stored: one or more ranges of its document's
 * text (an OCR'd page interleaves articles). Spans come back as document code points, like every
 * other span, and a quote is only grounded inside one range: the text between two ranges belongs
 * to other articles, so a match across it is no provenance.
 */
import type { SourceSpan } from '../extraction/source-span';
import type { CodePointIndex, CodePointRange } from '../text/codepoints';
import {
  groundClaims,
  type Claim,
  type GroundedClaim,
  type UngroundedClaim,
} from './ground-claims';

/**
 * Put between ranges so no quote matches across them: a noncharacter, not whitespace (the
 * tolerant alignment skips whitespace) and unchanged by folding.
 */
const RANGE_SEPARATOR = '\uffff';

export interface GroundedInArticle extends Omit<GroundedClaim, 'span'> {
  span: SourceSpan;
}

export interface ArticleGrounding {
  grounded: GroundedInArticle[];
  ungrounded: UngroundedClaim[];
}

interface Piece {
  /** Where the range starts in the joined text, and its length, in code points. */
  joinedStart: number;
  length: number;
  documentStart: number;
}

export function groundClaimsInArticle(
  document: CodePointIndex,
  ranges: readonly CodePointRange[],
  claims: readonly Claim[],
  fieldKeys: ReadonlySet<string>,
): ArticleGrounding {
  const pieces: Piece[] = [];
  const texts: string[] = [];
  let joinedStart = 0;
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    if (range.end <= range.start) continue;
    pieces.push({ joinedStart, length: range.end - range.start, documentStart: range.start });
    texts.push(document.slice(range.start, range.end));
    joinedStart += range.end - range.start + 1;
  }
  const { grounded, ungrounded } = groundClaims(texts.join(RANGE_SEPARATOR), claims, fieldKeys);
  const placed: GroundedInArticle[] = [];
  for (const claim of grounded) {
    const piece = pieces.find(
      (p) => claim.span.start >= p.joinedStart && claim.span.end <= p.joinedStart + p.length,
    );
    if (!piece) {
      ungrounded.push({
        field: claim.field,
        value: claim.value,
        quote: claim.quote,
        reason: 'not-found',
      });
      continue;
    }
    const start = piece.documentStart + claim.span.start - piece.joinedStart;
    const end = piece.documentStart + claim.span.end - piece.joinedStart;
    placed.push({ ...claim, span: { start, end, text: document.slice(start, end) } });
  }
  return { grounded: placed, ungrounded };
}
