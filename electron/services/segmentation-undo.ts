import { z } from 'zod';
import type { SegmentationResult } from '../../shared/contract/domain';
import { apiError } from '../../shared/contract/error-messages';
import { auditedWrite } from '../database/audited-write';
import type { ProjectDatabase } from '../database/open-project';
import {
  documentExists,
  documentSha256,
  lastAuditId,
  loadPageRows,
  pageLayout,
  restoreSegmentationCorrection,
  segmentationAuditRow,
  segmentationCorrectionRow,
  type PageLayout,
  type PageRows,
} from '../database/segmentation-repository';
import {
  effectOf,
  refuseLockedArticles,
  writePage,
  type PageTarget,
  type TargetValue,
} from './page-rewrite';
import { auditArticlesOfCorrection } from './segmentation-audit';

/** Audit actions whose rows record a page before and after, so they can be undone. */
const UNDOABLE = new Set(['split-article', 'merge-articles', 'move-range', 'undo-correction']);

const range = z.object({ start: z.number().int(), end: z.number().int() });
const pageRowsSchema = z.object({
  documentId: z.number().int(),
  articles: z.array(
    z.object({
      id: z.number().int(),
      ordinal: z.number().int(),
      status: z.string(),
      revision: z.number().int(),
      ranges: z.array(range),
      row: z.record(z.string(), z.unknown()),
    }),
  ),
  values: z.array(
    z.object({
      id: z.number().int(),
      articleId: z.number().int(),
      fieldKey: z.string(),
      ordinal: z.number().int(),
      state: z.string(),
      revision: z.number().int(),
      spans: z.array(range),
      row: z.record(z.string(), z.unknown()),
    }),
  ),
  comments: z.array(z.object({ id: z.number().int(), articleId: z.number().int() })),
});
const recordedBefore = z.object({
  page: pageRowsSchema,
  correction: z
    .object({ articles: z.string(), updatedAt: z.string(), actor: z.string() })
    .nullable(),
});
const recordedAfter = z.object({
  page: pageRowsSchema.extend({
    values: z.array(pageRowsSchema.shape.values.element.omit({ row: true })),
  }),
});

const rangesKey = (ranges: readonly { start: number; end: number }[]): string =>
  ranges.map((r) => `${r.start}-${r.end}`).join(',');

/**
 * The first way `now` differs from the page a correction left, or null when it is the same page:
 * the same articles with the same text, every value in the same article and place, every comment
 * on the same article. Values' contents may have changed since; they are not what undo restores.
 */
function changeSince(left: PageLayout, now: PageRows, restored: Set<number>): string | null {
  const leftArticles = new Map(left.articles.map((a) => [a.id, rangesKey(a.ranges)]));
  if (left.articles.length !== now.articles.length)
    return `it has ${now.articles.length} articles, not ${left.articles.length}`;
  for (const a of now.articles) {
    const ranges = leftArticles.get(a.id);
    if (ranges === undefined) return `article ${a.id} is new`;
    if (ranges !== rangesKey(a.ranges)) return `the text of article ${a.id} changed`;
  }
  const placeOf = (v: PageLayout['values'][number]) =>
    `${v.articleId}:${v.ordinal}:${rangesKey(v.spans)}`;
  const leftValues = new Map(left.values.map((v) => [v.id, v]));
  if (left.values.length !== now.values.length) return 'values were added or removed';
  for (const v of now.values) {
    const was = leftValues.get(v.id);
    if (was === undefined) return `value ${v.id} is new`;
    if (placeOf(was) !== placeOf(v)) return `value ${v.id} moved, was reordered or has other spans`;
    // A value the undo removes (a copy the correction made) must not hold work done since.
    if (!restored.has(v.id) && was.revision !== v.revision) return `value ${v.id} was changed`;
  }
  const leftComments = new Map(left.comments.map((c) => [c.id, c.articleId]));
  if (left.comments.length !== now.comments.length) return 'comments were added or removed';
  for (const c of now.comments)
    if (leftComments.get(c.id) !== c.articleId) return `comment ${c.id} is new or moved`;
  return null;
}

/** The page exactly as `page` recorded it: articles, their places, values and comments. */
function targetFrom(page: PageRows, now: PageRows): PageTarget {
  const existing = new Set(now.articles.map((a) => a.id));
  const articles: PageTarget['articles'] = page.articles.map((a) =>
    existing.has(a.id)
      ? { kind: 'kept', id: a.id, ordinal: a.ordinal, ranges: a.ranges }
      : { kind: 'inserted', row: a.row, ordinal: a.ordinal, ranges: a.ranges },
  );
  const indexOf = new Map(page.articles.map((a, i) => [a.id, i]));
  const existingValues = new Set(now.values.map((v) => v.id));
  return {
    articles,
    values: page.values.map((v): TargetValue => {
      const place = { target: indexOf.get(v.articleId)!, ordinal: v.ordinal, spans: v.spans };
      return existingValues.has(v.id)
        ? { kind: 'kept', id: v.id, ...place }
        : { kind: 'inserted', row: v.row, ...place };
    }),
    comments: new Map(page.comments.map((c) => [c.id, indexOf.get(c.articleId)!])),
  };
}

/**
 * Undoes a segmentation correction (or an undo, which redoes): the page's articles come back with
 * the same ids, ranges, places and rows (an article merged away is re-inserted as it was), every
 * value returns to its article and place with its contents, state and revision untouched, and
 * comments return to their articles. An article whose text changes back gets a new revision, never
 * an old one again: a window that saw the corrected text must not pass a stale-write check later.
 * Refused when the page changed since the correction, or its articles are locked for review.
 */
export function undoCorrection(
  db: ProjectDatabase,
  input: { correctionId: number },
  actor: string,
): SegmentationResult {
  return auditedWrite(db, actor, (write) => {
    const row = segmentationAuditRow(db, input.correctionId);
    if (!row || !UNDOABLE.has(row.action)) {
      throw apiError('correction-missing', { correctionId: input.correctionId });
    }
    const before = recordedBefore.safeParse(JSON.parse(row.before));
    const after = recordedAfter.safeParse(JSON.parse(row.after));
    if (!before.success || !after.success) {
      throw apiError('correction-too-old', { correctionId: input.correctionId });
    }
    if (!documentExists(db, row.entityId)) {
      throw apiError('correction-page-gone', { correctionId: input.correctionId });
    }
    const now = loadPageRows(db, row.entityId);
    const restored = before.data.page;
    const change = changeSince(after.data.page, now, new Set(restored.values.map((v) => v.id)));
    if (change !== null) {
      throw apiError('correction-page-changed', { change });
    }
    const wanted = new Map(restored.articles.map((a) => [a.id, rangesKey(a.ranges)]));
    refuseLockedArticles(
      now.articles.filter((a) => wanted.get(a.id) !== rangesKey(a.ranges)),
      'changed back',
    );
    const { at } = write;
    const target = targetFrom(restored, now);
    const effect = effectOf(now, target);
    const sha = documentSha256(db, now.documentId);
    const correctionNow = segmentationCorrectionRow(db, sha);
    writePage(db, now, target, at);
    restoreSegmentationCorrection(db, sha, before.data.correction);
    const page = loadPageRows(db, now.documentId);
    write.audit({
      entity: 'document',
      entityId: now.documentId,
      action: 'undo-correction',
      before: { page: now, correction: correctionNow },
      after: { page: pageLayout(page), effect, undoes: input.correctionId },
    });
    const correctionId = lastAuditId(db);
    auditArticlesOfCorrection(
      db,
      { before: now, after: page, action: 'undo-correction', correction: correctionId },
      actor,
      at,
    );
    return { articleIds: page.articles.map((a) => a.id), correctionId, effect };
  });
}
