import type { ArticleFilter } from '../../shared/contract/articles';
import { articleFilterSql } from './article-filter';
import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

/** Which articles an assignment names: listed by id, or all matching a filter. */
export type ArticleSelection =
  { articleIds: readonly number[] } | { filter?: ArticleFilter | undefined };

const absentIds = prepare<[idsJson: string], { id: number }>(
  'SELECT j.value AS id FROM json_each(?) j WHERE NOT EXISTS (SELECT 1 FROM articles WHERE id = j.value) LIMIT 5',
);

/** Up to five of the listed ids that name no article. */
export function missingArticleIds(db: ProjectDatabase, ids: readonly number[]): number[] {
  return absentIds.all(db, JSON.stringify([...new Set(ids)])).map((r) => r.id);
}

/** The selection as a subquery over `articles a` with named parameters. */
function selectionSql(selection: ArticleSelection): {
  sql: string;
  params: Record<string, string | number>;
} {
  if ('articleIds' in selection) {
    const ids = JSON.stringify([...new Set(selection.articleIds)]);
    return { sql: 'SELECT value FROM json_each(@ids)', params: { ids } };
  }
  const filter = articleFilterSql(selection.filter ?? {});
  return { sql: `SELECT a.id FROM articles a ${filter.where}`, params: filter.params };
}

function changingSql(selection: ArticleSelection, assigneeId: number | null) {
  const chosen = selectionSql(selection);
  return {
    from: `FROM articles x WHERE x.id IN (${chosen.sql}) AND x.assignee_id IS NOT @assignee`,
    params: { ...chosen.params, assignee: assigneeId },
  };
}

type Params = [Record<string, string | number | null>];

/** The selected articles whose assignee is not `assigneeId` yet, with the one they have. */
export function articlesToReassign(
  db: ProjectDatabase,
  selection: ArticleSelection,
  assigneeId: number | null,
): { id: number; assigneeId: number | null }[] {
  const changing = changingSql(selection, assigneeId);
  return prepare<Params, { id: number; assigneeId: number | null }>(
    `SELECT x.id, x.assignee_id AS assigneeId ${changing.from} ORDER BY x.id`,
  ).all(db, changing.params);
}

/** Gives the selected articles to `assigneeId` (null: nobody) in one UPDATE; how many changed. */
export function reassignArticles(
  db: ProjectDatabase,
  selection: ArticleSelection,
  assigneeId: number | null,
): number {
  const changing = changingSql(selection, assigneeId);
  return prepare<Params>(
    `UPDATE articles SET assignee_id = @assignee WHERE id IN (SELECT x.id ${changing.from})`,
  ).run(db, changing.params).changes;
}
