import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

const firstRead = prepare<[], { n: number }>('SELECT count(*) AS n FROM sqlite_schema');

/**
 * Reads everything until `end()` from one state of the project (a WAL read transaction), while
 * other connections keep writing: a long export must not mix an article's values from before a
 * change made meanwhile with another's from after it. Only for a connection that writes nothing
 * meanwhile (an export worker's, the command line's); on one already in a transaction it leaves
 * that transaction alone.
 */
export function beginReadSnapshot(db: ProjectDatabase): { end(): void } {
  if (db.inTransaction) return { end() {} };
  db.exec('BEGIN');
  // A deferred transaction takes its snapshot at its first read.
  firstRead.get(db);
  return {
    end() {
      if (db.inTransaction) db.exec('COMMIT');
    },
  };
}
