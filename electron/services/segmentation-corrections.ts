import type { SegmentationResult } from '../../shared/contract/domain';
import { ApiError } from '../../shared/contract/errors';
import type { ArticlePlan } from '../../shared/pages/plan-page';
import {
  coveredLength,
  intersectRange,
  splitRangesAt,
  subtractRange,
  unionRanges,
} from '../../shared/pages/range-set';
import type { CodePointRange } from '../../shared/text/codepoints';
import { appendAudit } from '../database/audit-repository';
import { saveSegmentationCorrection } from '../database/corrections-repository';
import type { ProjectDatabase } from '../database/open-project';
import {
  documentIdOfArticle,
  documentSha256,
  lastAuditId,
  loadPageRows,
  segmentationCorrectionRow,
  type ArticleRecord,
  type PageRows,
  type ValuePlacement,
} from '../database/segmentation-repository';
import {
  effectOf,
  refuseLockedArticles,
  writePage,
  type PageTarget,
  type TargetValue,
  type UnplacedValue,
} from './page-rewrite';
import { auditArticlesOfCorrection } from './segmentation-audit';

/**
 * A page's articles as a correction wants them: an existing article (by id) with new ranges, or
 * a new one. `keeperOf` names, for each article that disappears, the article its spanless values
 * and its comments go to.
 */
interface Draft {
  articles: { id: number | null; ranges: CodePointRange[]; signals?: string[] }[];
  keeperOf: Map<number, number>;
}

/** A dry run answers what a correction would do, then rolls it back. */
class DryRun extends Error {
  constructor(readonly result: SegmentationResult) {
    super('dry run');
  }
}

const covers = (ranges: readonly CodePointRange[], span: CodePointRange): boolean =>
  coveredLength(intersectRange(ranges, span)) === span.end - span.start;

function pageOf(db: ProjectDatabase, articleId: number): PageRows {
  const documentId = documentIdOfArticle(db, articleId);
  if (documentId === null)
    throw new ApiError('not-found', `There is no article ${articleId} in this project.`);
  return loadPageRows(db, documentId);
}

function articleOnPage(page: PageRows, id: number, sameAs: number): ArticleRecord {
  const found = page.articles.find((a) => a.id === id);
  if (!found) {
    throw new ApiError(
      'invalid-input',
      `Article ${id} is not on the same page as article ${sameAs}; only articles of one page can be merged or exchange text.`,
    );
  }
  return found;
}

/**
 * Where each value of the page goes: with the article whose text holds its spans. A value without
 * spans (or whose spans were already outside its article) stays with its article, or goes to the
 * article that absorbs it. A value whose spans end up in two articles (a hospital named in both
 * halves of a split) stays whole on each side: the original keeps the spans on its side (the
 * first span's side when its article lost them all) and a copy, same value and state, takes the
 * rest. A single span the cut would divide is refused by name: a provenance is not cut in two.
 */
function placeValues(page: PageRows, draft: Draft, at: string): TargetValue[] {
  const indexOfId = new Map<number, number>();
  draft.articles.forEach((a, i) => a.id !== null && indexOfId.set(a.id, i));
  const homeOf = (articleId: number): number =>
    indexOfId.get(articleId) ?? indexOfId.get(draft.keeperOf.get(articleId)!)!;
  const oldRanges = new Map(page.articles.map((a) => [a.id, a.ranges]));
  const articleOrdinal = new Map(page.articles.map((a) => [a.id, a.ordinal]));
  const staying: TargetValue[] = [];
  const arriving: { value: ValuePlacement; part: UnplacedValue }[] = [];
  for (const value of page.values) {
    const home = homeOf(value.articleId);
    const holderOf = (span: CodePointRange): number =>
      covers(draft.articles[home]!.ranges, span)
        ? home
        : draft.articles.findIndex((a) => covers(a.ranges, span));
    const holders = value.spans.map(holderOf);
    const wasInside = value.spans.every((span) => covers(oldRanges.get(value.articleId)!, span));
    if (holders.every((h) => h === home) || !wasInside) {
      const keep = { kind: 'kept' as const, id: value.id, target: home, spans: value.spans };
      if (draft.articles[home]!.id === value.articleId)
        staying.push({ ...keep, ordinal: value.ordinal });
      else arriving.push({ value, part: keep });
      continue;
    }
    const cut = value.spans.find((_, i) => holders[i] === -1);
    if (cut) {
      throw new ApiError(
        'invalid-input',
        `The change would cut the provenance ${cut.start}–${cut.end} of value ${value.id} (field ${value.fieldKey}) in two; choose a place outside it.`,
      );
    }
    const sides = [...new Set(holders)];
    const originalSide = sides.includes(home) ? home : holders[0]!;
    for (const side of [originalSide, ...sides.filter((t) => t !== originalSide)]) {
      const spans = value.spans.filter((_, i) => holders[i] === side);
      const part: UnplacedValue =
        side === originalSide
          ? { kind: 'kept', id: value.id, target: side, spans }
          : {
              kind: 'inserted',
              target: side,
              spans,
              row: { ...value.row, id: null, revision: 1, created_at: at, updated_at: at },
            };
      if (part.kind === 'kept' && draft.articles[side]!.id === value.articleId)
        staying.push({ ...part, ordinal: value.ordinal });
      else arriving.push({ value, part });
    }
  }
  // Arriving values go after the values their new article already has in the same field, in the
  // order of the page's articles and of their old places.
  arriving.sort(
    (a, b) =>
      articleOrdinal.get(a.value.articleId)! - articleOrdinal.get(b.value.articleId)! ||
      a.value.ordinal - b.value.ordinal ||
      a.value.id - b.value.id,
  );
  const fieldOf = new Map(page.values.map((v) => [v.id, v.fieldKey]));
  const nextOrdinal = new Map<string, number>();
  for (const value of staying) {
    const key = `${value.target}|${fieldOf.get(value.kind === 'kept' ? value.id : -1)}`;
    nextOrdinal.set(key, Math.max(nextOrdinal.get(key) ?? 0, value.ordinal + 1));
  }
  const placed = arriving.map(({ value, part }) => {
    const key = `${part.target}|${value.fieldKey}`;
    const ordinal = nextOrdinal.get(key) ?? 0;
    nextOrdinal.set(key, ordinal + 1);
    return { ...part, ordinal };
  });
  return [...staying, ...placed];
}

/** The page target of a draft: articles in page order (by first range), values and comments. */
function targetOf(page: PageRows, draft: Draft, at: string): PageTarget {
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
  const indexOfId = new Map<number, number>();
  draft.articles.forEach((a, i) => a.id !== null && indexOfId.set(a.id, i));
  const comments = new Map<number, number>();
  for (const comment of page.comments) {
    const keeper = draft.keeperOf.get(comment.articleId);
    if (keeper !== undefined) comments.set(comment.id, indexOfId.get(keeper)!);
  }
  return { articles, values: placeValues(page, draft, at), comments };
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
    return db.transaction(() => {
      const at = new Date().toISOString();
      const { page, draft } = plan();
      const target = targetOf(page, draft, at);
      const effect = effectOf(page, target);
      const sha = documentSha256(db, page.documentId);
      const correctionBefore = segmentationCorrectionRow(db, sha);
      writePage(db, page, target, at);
      const after = loadPageRows(db, page.documentId);
      saveSegmentationCorrection(db, sha, plansOf(after), actor, at);
      appendAudit(
        db,
        {
          actor,
          entity: 'document',
          entityId: page.documentId,
          action,
          before: { page, correction: correctionBefore },
          after: { page: after, effect },
        },
        at,
      );
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
    })();
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
      throw new ApiError(
        'invalid-input',
        `Offset ${input.at} is not inside article ${input.articleId}: both parts must keep some text.`,
      );
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
    if (firstId === undefined || others.length === 0)
      throw new ApiError('invalid-input', 'Merging needs at least two articles.');
    const repeated = input.articleIds.filter((id, i) => input.articleIds.indexOf(id) !== i);
    if (repeated.length > 0) {
      throw new ApiError(
        'invalid-input',
        `Article ${repeated[0]} is listed more than once; merging needs two or more different articles.`,
        [`articleIds: ${repeated[0]} is repeated`],
      );
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
      throw new ApiError(
        'invalid-input',
        `Text cannot move from article ${input.fromArticleId} to itself; choose another article.`,
        ['toArticleId: the same as fromArticleId'],
      );
    }
    const page = pageOf(db, input.fromArticleId);
    const from = page.articles.find((a) => a.id === input.fromArticleId)!;
    const to = articleOnPage(page, input.toArticleId, input.fromArticleId);
    refuseLockedArticles([from, to], 'changed');
    const window = { start: input.start, end: input.end };
    const moved = intersectRange(from.ranges, window);
    if (coveredLength(moved) === 0)
      throw new ApiError(
        'invalid-input',
        `Article ${from.id} has no text in ${input.start}–${input.end}.`,
      );
    const rest = subtractRange(from.ranges, window);
    if (coveredLength(rest) === 0)
      throw new ApiError(
        'invalid-input',
        `That is all of article ${from.id}: merge the two articles instead.`,
      );
    const articles = page.articles.map((a) => ({
      id: a.id,
      ranges: a.id === from.id ? rest : a.id === to.id ? unionRanges(a.ranges, moved) : a.ranges,
    }));
    return { page, draft: { articles, keeperOf: new Map() } };
  });
}
