import type { SegmentationResult } from '../../shared/contract/domain';
import { apiError } from '../../shared/contract/error-messages';
import type { ArticlePlan } from '../../shared/pages/plan-page';
import {
  coveredLength,
  intersectRange,
  splitRangesAt,
  subtractRange,
  unionRanges,
} from '../../shared/pages/range-set';
import type { CodePointRange } from '../../shared/text/codepoints';
import { auditedWrite } from '../database/audited-write';
import { commentAnchorsOfDocument, type CommentAnchor } from '../database/comments-repository';
import { saveSegmentationCorrection } from '../database/corrections-repository';
import type { ProjectDatabase } from '../database/open-project';
import {
  documentIdOfArticle,
  documentSha256,
  lastAuditId,
  loadPageRows,
  pageLayout,
  segmentationCorrectionRow,
  type ArticleRecord,
  type PageRows,
} from '../database/segmentation-repository';
import { effectOf, refuseLockedArticles, writePage, type PageTarget } from './page-rewrite';
import { placeComments } from './comment-placement';
import { auditArticlesOfCorrection } from './segmentation-audit';
import { placeValues, type Draft } from './value-placement';

/** A dry run answers what a correction would do, then rolls it back. */
class DryRun extends Error {
  constructor(readonly result: SegmentationResult) {
    super('dry run');
  }
}

function pageOf(db: ProjectDatabase, articleId: number): PageRows {
  const documentId = documentIdOfArticle(db, articleId);
  if (documentId === null) throw apiError('article-missing', { articleId });
  return loadPageRows(db, documentId);
}

function articleOnPage(page: PageRows, id: number, sameAs: number): ArticleRecord {
  const found = page.articles.find((a) => a.id === id);
  if (!found) {
    throw apiError('articles-on-other-pages', { articleId: id, otherId: sameAs });
  }
  return found;
}

/** The page target of a draft: articles in page order (by first range), values and comments. */
function targetOf(
  page: PageRows,
  draft: Draft,
  anchors: readonly CommentAnchor[],
  at: string,
): PageTarget {
  const order = draft.articles
    .map((a, index) => ({ a, index }))
    .sort((x, y) => (x.a.ranges[0]?.start ?? 0) - (y.a.ranges[0]?.start ?? 0));
  const ordinalOf = new Map(order.map(({ index }, ordinal) => [index, ordinal]));
  const articles: PageTarget['articles'] = draft.articles.map((a, index) =>
    a.id !== null
      ? { kind: 'kept', id: a.id, ordinal: ordinalOf.get(index)!, ranges: a.ranges }
      : {
          kind: 'inserted',
          ordinal: ordinalOf.get(index)!,
          ranges: a.ranges,
          row: {
            title: null,
            kicker: null,
            signals: JSON.stringify(a.signals ?? []),
            created_at: at,
            updated_at: at,
          },
        },
  );
  const values = placeValues(page, draft, at);
  return { articles, values, comments: placeComments(anchors, draft, values) };
}

/**
 * Runs one correction in a transaction: writes the page, saves the segmentation as the
 * correction of this text (re-applied when the same text is imported again), and audits the
 * page's rows before and after, which is what articles.undoCorrection restores from.
 */
function correct(
  db: ProjectDatabase,
  action: string,
  dryRun: boolean | undefined,
  actor: string,
  plan: () => { page: PageRows; draft: Draft },
): SegmentationResult {
  try {
    return auditedWrite(db, actor, (write) => {
      const { at } = write;
      const { page, draft } = plan();
      const target = targetOf(page, draft, commentAnchorsOfDocument(db, page.documentId), at);
      const effect = effectOf(page, target);
      const sha = documentSha256(db, page.documentId);
      const correctionBefore = segmentationCorrectionRow(db, sha);
      writePage(db, page, target, at);
      const after = loadPageRows(db, page.documentId);
      saveSegmentationCorrection(db, sha, plansOf(after), actor, at);
      write.audit({
        entity: 'document',
        entityId: page.documentId,
        action,
        before: { page, correction: correctionBefore },
        after: { page: pageLayout(after), effect },
      });
      const correctionId = lastAuditId(db);
      auditArticlesOfCorrection(
        db,
        { before: page, after, action, correction: correctionId },
        actor,
        at,
      );
      const result = { articleIds: after.articles.map((a) => a.id), correctionId, effect };
      if (dryRun) throw new DryRun({ ...result, correctionId: null });
      return result;
    });
  } catch (error) {
    if (error instanceof DryRun) return error.result;
    throw error;
  }
}

/** The page's articles as the plans a re-import of the same text applies. */
function plansOf(page: PageRows): ArticlePlan[] {
  return page.articles.map((a) => ({
    title: (a.row.title as string | null) ?? null,
    kicker: (a.row.kicker as string | null) ?? null,
    ranges: a.ranges,
    signals: a.row.signals ? (JSON.parse(a.row.signals as string) as string[]) : [],
  }));
}

/** Splits an article in two at a code-point offset of its document; values go with their text. */
export function splitArticle(
  db: ProjectDatabase,
  input: { articleId: number; at: number; dryRun?: boolean },
  actor: string,
): SegmentationResult {
  return correct(db, 'split-article', input.dryRun, actor, () => {
    const page = pageOf(db, input.articleId);
    const article = page.articles.find((a) => a.id === input.articleId)!;
    refuseLockedArticles([article], 'split');
    const [head, tail] = splitRangesAt(article.ranges, input.at);
    if (coveredLength(head) === 0 || coveredLength(tail) === 0) {
      throw apiError('split-outside-article', { at: input.at, articleId: input.articleId });
    }
    const articles: Draft['articles'] = page.articles.map((a) => ({
      id: a.id,
      ranges: a.id === article.id ? head : a.ranges,
    }));
    articles.push({ id: null, ranges: tail, signals: ['split by curator'] });
    return { page, draft: { articles, keeperOf: new Map() } };
  });
}

/** Merges articles of one page into the first of them, with all their values and comments. */
export function mergeArticles(
  db: ProjectDatabase,
  input: { articleIds: number[]; dryRun?: boolean },
  actor: string,
): SegmentationResult {
  return correct(db, 'merge-articles', input.dryRun, actor, () => {
    const [firstId, ...others] = input.articleIds;
    if (firstId === undefined || others.length === 0) throw apiError('merge-needs-two');
    const repeated = input.articleIds.filter((id, i) => input.articleIds.indexOf(id) !== i);
    if (repeated.length > 0) {
      throw apiError('merge-repeated-article', { articleId: repeated[0]! }, [
        `articleIds: ${repeated[0]} is repeated`,
      ]);
    }
    const page = pageOf(db, firstId);
    const chosen = input.articleIds.map((id) => articleOnPage(page, id, firstId));
    refuseLockedArticles(chosen, 'merged');
    const merged = chosen.reduce<CodePointRange[]>((acc, a) => unionRanges(acc, a.ranges), []);
    const articles = page.articles
      .filter((a) => !others.includes(a.id))
      .map((a) => ({ id: a.id, ranges: a.id === firstId ? merged : a.ranges }));
    return { page, draft: { articles, keeperOf: new Map(others.map((id) => [id, firstId])) } };
  });
}

/** Moves the text of `[start, end)` that belongs to one article over to another of the same page. */
export function moveRange(
  db: ProjectDatabase,
  input: {
    fromArticleId: number;
    toArticleId: number;
    start: number;
    end: number;
    dryRun?: boolean;
  },
  actor: string,
): SegmentationResult {
  return correct(db, 'move-range', input.dryRun, actor, () => {
    if (input.fromArticleId === input.toArticleId) {
      throw apiError('move-to-itself', { articleId: input.fromArticleId }, [
        'toArticleId: the same as fromArticleId',
      ]);
    }
    const page = pageOf(db, input.fromArticleId);
    const from = page.articles.find((a) => a.id === input.fromArticleId)!;
    const to = articleOnPage(page, input.toArticleId, input.fromArticleId);
    refuseLockedArticles([from, to], 'changed');
    const window = { start: input.start, end: input.end };
    const moved = intersectRange(from.ranges, window);
    if (coveredLength(moved) === 0)
      throw apiError('move-range-empty', {
        articleId: from.id,
        start: input.start,
        end: input.end,
      });
    const rest = subtractRange(from.ranges, window);
    if (coveredLength(rest) === 0) throw apiError('move-whole-article', { articleId: from.id });
    const articles = page.articles.map((a) => ({
      id: a.id,
      ranges: a.id === from.id ? rest : a.id === to.id ? unionRanges(a.ranges, moved) : a.ranges,
    }));
    return { page, draft: { articles, keeperOf: new Map() } };
  });
}
