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

interface ArticleRow {
  id: number;
  documentId: number;
  title: string | null;
  kicker: string | null;
  signals: string | null;
  ranges: CodePointRange[];
}

/** An article of the corrected segmentation; id null for one the correction creates. */
type SegmentationDraft = Omit<ArticleRow, 'id' | 'documentId'> & { id: number | null };

function loadDocumentArticles(db: ProjectDatabase, documentId: number): ArticleRow[] {
  const rows = db
    .prepare(
      'SELECT id, document_id AS documentId, title, kicker, signals FROM articles WHERE document_id = ? ORDER BY ordinal',
    )
    .all(documentId) as Omit<ArticleRow, 'ranges'>[];
  const rangesOf = db.prepare(
    'SELECT start, end FROM article_ranges WHERE article_id = ? ORDER BY start',
  );
  return rows.map((row) => ({ ...row, ranges: rangesOf.all(row.id) as CodePointRange[] }));
}

function documentOfArticle(db: ProjectDatabase, articleId: number): number {
  const row = db
    .prepare('SELECT document_id AS documentId FROM articles WHERE id = ?')
    .get(articleId) as { documentId: number } | undefined;
  if (!row) throw new ApiError('not-found', `There is no article ${articleId} in this project.`);
  return row.documentId;
}

/**
 * Writes a document's corrected segmentation: article rows updated in place where they survive
 * (so their ids, and later their values, stay), new ones inserted, vanished ones deleted; the
 * result saved as the correction of this text (re-applied if the same text is imported again)
 * and audited with before and after.
 */
function applySegmentation(
  db: ProjectDatabase,
  documentId: number,
  before: ArticleRow[],
  after: {
    id: number | null;
    title: string | null;
    kicker: string | null;
    signals: string | null;
    ranges: CodePointRange[];
  }[],
  actor: string,
  action: string,
): number[] {
  const at = new Date().toISOString();
  const ordered = [...after].sort((a, b) => (a.ranges[0]?.start ?? 0) - (b.ranges[0]?.start ?? 0));
  const keptIds = new Set(ordered.map((a) => a.id).filter((id): id is number => id !== null));
  for (const old of before)
    if (!keptIds.has(old.id)) db.prepare('DELETE FROM articles WHERE id = ?').run(old.id);
  // Ordinals are unique per document: park them out of the way before renumbering.
  db.prepare('UPDATE articles SET ordinal = -1 - ordinal WHERE document_id = ?').run(documentId);
  const insertRange = db.prepare(
    'INSERT INTO article_ranges (article_id, start, end) VALUES (?, ?, ?)',
  );
  const ids = ordered.map((article, ordinal) => {
    let id = article.id;
    if (id === null) {
      id = Number(
        db
          .prepare(
            `INSERT INTO articles (document_id, ordinal, title, kicker, signals, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(documentId, ordinal, article.title, article.kicker, article.signals, at, at)
          .lastInsertRowid,
      );
    } else {
      db.prepare(
        'UPDATE articles SET ordinal = ?, revision = revision + 1, updated_at = ? WHERE id = ?',
      ).run(ordinal, at, id);
      db.prepare('DELETE FROM article_ranges WHERE article_id = ?').run(id);
    }
    for (const r of article.ranges) insertRange.run(id, r.start, r.end);
    return id;
  });
  const sha = (
    db.prepare('SELECT sha256 FROM documents WHERE id = ?').get(documentId) as { sha256: string }
  ).sha256;
  const plans: ArticlePlan[] = ordered.map((a) => ({
    title: a.title,
    kicker: a.kicker,
    ranges: a.ranges,
    signals: a.signals ? (JSON.parse(a.signals) as string[]) : [],
  }));
  saveSegmentationCorrection(db, sha, plans, actor, at);
  appendAudit(
    db,
    {
      actor,
      entity: 'document',
      entityId: documentId,
      action,
      before: before.map((a) => ({ id: a.id, ranges: a.ranges })),
      after: ids.map((id, i) => ({ id, ranges: ordered[i]!.ranges })),
    },
    at,
  );
  return ids;
}

/** Splits an article in two at a code-point offset of its document. */
export function splitArticle(
  db: ProjectDatabase,
  input: { articleId: number; at: number },
  actor: string,
): number[] {
  return db.transaction(() => {
    const documentId = documentOfArticle(db, input.articleId);
    const before = loadDocumentArticles(db, documentId);
    const article = before.find((a) => a.id === input.articleId)!;
    const [head, tail] = splitRangesAt(article.ranges, input.at);
    if (coveredLength(head) === 0 || coveredLength(tail) === 0) {
      throw new ApiError(
        'invalid-input',
        `Offset ${input.at} is not inside article ${input.articleId}: both parts must keep some text.`,
      );
    }
    const after: SegmentationDraft[] = before.map((a) =>
      a.id === article.id ? { ...a, ranges: head } : a,
    );
    after.push({
      id: null,
      title: null,
      kicker: null,
      signals: JSON.stringify(['split by curator']),
      ranges: tail,
    });
    return applySegmentation(db, documentId, before, after, actor, 'split-article');
  })();
}

/** Merges articles of one document into the first of them. */
export function mergeArticles(
  db: ProjectDatabase,
  input: { articleIds: number[] },
  actor: string,
): number[] {
  return db.transaction(() => {
    const [firstId, ...others] = input.articleIds;
    if (firstId === undefined || others.length === 0)
      throw new ApiError('invalid-input', 'Merging needs at least two articles.');
    const documentId = documentOfArticle(db, firstId);
    const before = loadDocumentArticles(db, documentId);
    const chosen = input.articleIds.map((id) => {
      const found = before.find((a) => a.id === id);
      if (!found)
        throw new ApiError(
          'invalid-input',
          `Article ${id} is not on the same page as article ${firstId}.`,
        );
      return found;
    });
    const merged = chosen.reduce<CodePointRange[]>((acc, a) => unionRanges(acc, a.ranges), []);
    const after = before
      .filter((a) => !others.includes(a.id))
      .map((a) => (a.id === firstId ? { ...a, ranges: merged } : a));
    return applySegmentation(db, documentId, before, after, actor, 'merge-articles');
  })();
}

/** Moves the text of `[start, end)` that belongs to one article over to another of the same page. */
export function moveRange(
  db: ProjectDatabase,
  input: { fromArticleId: number; toArticleId: number; start: number; end: number },
  actor: string,
): number[] {
  return db.transaction(() => {
    const documentId = documentOfArticle(db, input.fromArticleId);
    const before = loadDocumentArticles(db, documentId);
    const from = before.find((a) => a.id === input.fromArticleId)!;
    const to = before.find((a) => a.id === input.toArticleId);
    if (!to)
      throw new ApiError(
        'invalid-input',
        `Article ${input.toArticleId} is not on the same page as article ${input.fromArticleId}.`,
      );
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
    const after = before.map((a) =>
      a.id === from.id
        ? { ...a, ranges: rest }
        : a.id === to.id
          ? { ...a, ranges: unionRanges(a.ranges, moved) }
          : a,
    );
    return applySegmentation(db, documentId, before, after, actor, 'move-range');
  })();
}
