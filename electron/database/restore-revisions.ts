import { inWriteTransaction, type ProjectDatabase } from './open-project';

const REPLACED = 'replaced_project';

/**
 * After a restore: every value and article that had moved past its restored revision in the
 * replaced project (`replacedFile`, the safety copy taken just before) takes a revision above
 * the one it had there. A revision names one content only: without this, a window still showing
 * the replaced value at revision 2 would pass the stale-write check against the restored value
 * once another window had brought it from 1 to 2 again, and overwrite that window's decision.
 * Returns how many rows were raised.
 */
export function raiseRevisionsAbove(db: ProjectDatabase, replacedFile: string): number {
  db.prepare(`ATTACH DATABASE ? AS ${REPLACED}`).run(replacedFile);
  try {
    return inWriteTransaction(db, () => {
      let raised = 0;
      for (const table of ['field_values', 'articles'] as const) {
        raised += db
          .prepare(
            `UPDATE main.${table} SET revision = replaced.revision + 1
               FROM ${REPLACED}.${table} AS replaced
              WHERE replaced.id = main.${table}.id AND replaced.revision > main.${table}.revision`,
          )
          .run().changes;
      }
      return raised;
    });
  } finally {
    db.prepare(`DETACH DATABASE ${REPLACED}`).run();
  }
}
