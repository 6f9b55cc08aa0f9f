import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

/**
 * The id a new value or article takes, as SQL for an INSERT: one above the largest id the table
 * has ever given out, never the id of a removed row (migration 0020). A window, an undo or an
 * audit row naming a removed value or article must never find another one under its id.
 */
export const NEXT_VALUE_ID = '(SELECT field_values FROM next_row_ids)';
export const NEXT_ARTICLE_ID = '(SELECT articles FROM next_row_ids)';

const nextIds = prepare<[], { field_values: number; articles: number }>(
  'SELECT field_values, articles FROM next_row_ids',
);

/** The first free value id, for inserts that number many rows themselves. */
export function nextValueId(db: ProjectDatabase): number {
  return nextIds.get(db)!.field_values;
}

const raiseRetired = prepare<[last: number, table: string]>(
  'UPDATE retired_ids SET last = max(last, ?) WHERE table_name = ?',
);

/** The highest ids given out so far, to keep across a restore (see keepIdsRetired). */
export function idsGivenOut(db: ProjectDatabase): { field_values: number; articles: number } {
  const next = nextIds.get(db)!;
  return { field_values: next.field_values - 1, articles: next.articles - 1 };
}

/**
 * After a restore from an older backup: the ids given out since that backup stay retired, so a
 * window still showing a value or an article the restore removed never reaches a new one.
 */
export function keepIdsRetired(
  db: ProjectDatabase,
  given: { field_values: number; articles: number },
): void {
  raiseRetired.run(db, given.field_values, 'field_values');
  raiseRetired.run(db, given.articles, 'articles');
}
