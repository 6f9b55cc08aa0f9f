import type { ProjectDatabase } from '../database/open-project';
import {
  deleteArticle,
  insertArticleFromPackage,
  moveCommentTo,
  moveValueTo,
  parkOrdinals,
  profileIdNamed,
  replaceRanges,
  setArticleState,
  takeArticleLayout,
  takeSegmentationCorrection,
  type SideRows,
} from '../database/packages-repository';
import type { IdMaps } from './merged-audit-row';

function groupBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const k = key(row);
    let list = groups.get(k);
    if (!list) groups.set(k, (list = []));
    list.push(row);
  }
  return groups;
}

/** The rows of both sides grouped once, so each resegmented page reads only its own. */
export function pageIndex(main: SideRows, pkg: SideRows) {
  const firstStart = new Map<number, number>();
  for (const s of main.spans) if (!firstStart.has(s.valueId)) firstStart.set(s.valueId, s.start);
  return {
    ourArticles: groupBy(main.articles, (a) => a.documentId),
    theirArticles: groupBy(pkg.articles, (a) => a.documentId),
    theirRanges: groupBy(pkg.ranges, (r) => r.articleId),
    ourValues: groupBy(main.values, (v) => v.articleId),
    ourComments: groupBy(main.comments, (c) => c.articleId),
    theirValues: new Map(pkg.values.map((v) => [v.id, v])),
    theirComments: new Map(pkg.comments.map((c) => [c.id, c])),
    sha: new Map(main.documents.map((d) => [d.id, d.sha256])),
    firstStart,
  };
}
export type PageIndex = ReturnType<typeof pageIndex>;

/**
 * Takes the package's articles of a page over the project's: the same ids are updated, new ones
 * inserted, the project's others removed after their values and comments moved out (where the
 * package moved them, else into the article that now holds their first span).
 */
export function takeSegmentation(
  db: ProjectDatabase,
  documentId: number,
  index: PageIndex,
  ids: IdMaps,
): void {
  const theirs = index.theirArticles.get(documentId) ?? [];
  const ours = index.ourArticles.get(documentId) ?? [];
  parkOrdinals(db, documentId);
  for (const a of theirs) {
    if (ids.article.has(a.id)) takeArticleLayout(db, a.id);
    else {
      const id = insertArticleFromPackage(db, a.id);
      ids.article.set(a.id, id);
      setArticleState(db, id, {
        status: a.status,
        assigneeId: a.assigneeName === null ? null : profileIdNamed(db, a.assigneeName),
        revision: a.revision,
        updatedAt: a.updatedAt,
      });
    }
  }
  const kept = theirs.map((a) => ids.article.get(a.id)!);
  const ranges = theirs.flatMap((a) =>
    (index.theirRanges.get(a.id) ?? []).map((r) => ({ ...r, articleId: ids.article.get(a.id)! })),
  );
  replaceRanges(db, [...new Set([...ours.map((a) => a.id), ...kept])], ranges);

  const keptSet = new Set(kept);
  const home = (position: number | undefined): number => {
    if (position !== undefined) {
      const range = ranges.find((r) => r.start <= position && position < r.end);
      if (range) return range.articleId;
    }
    return kept[0]!;
  };
  for (const article of ours) {
    for (const v of index.ourValues.get(article.id) ?? []) {
      const there = index.theirValues.get(v.id);
      const target = there ? ids.article.get(there.articleId) : undefined;
      if (target !== undefined && target !== v.articleId) moveValueTo(db, v.id, target);
      else if (target === undefined && !keptSet.has(v.articleId))
        moveValueTo(db, v.id, home(index.firstStart.get(v.id)));
    }
    for (const c of index.ourComments.get(article.id) ?? []) {
      const there = index.theirComments.get(c.id);
      const target = there ? ids.article.get(there.articleId) : undefined;
      if (target !== undefined && target !== c.articleId) moveCommentTo(db, c.id, target);
      else if (target === undefined && !keptSet.has(c.articleId)) moveCommentTo(db, c.id, kept[0]!);
    }
  }
  for (const a of ours) if (!keptSet.has(a.id)) deleteArticle(db, a.id);
  const sha = index.sha.get(documentId);
  if (sha) takeSegmentationCorrection(db, sha);
}
