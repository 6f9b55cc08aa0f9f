import type { ProjectDatabase } from './open-project';

/**
 * Writing a new project's first import once instead of twice (issue 16, point 7).
 *
 * In WAL mode SQLite writes every page twice: into the -wal file, then into the project file when
 * it checkpoints. A rollback journal keeps a copy only of the pages a transaction changes that
 * existed before it began; the pages an import appends (nearly all of a first load: documents,
 * articles, values, spans) are written once. A page of 73,427 short articles wrote 2.5× its
 * project's size in WAL mode and 1.3× with the journal.
 *
 * Only for a project file the same command has just created: nobody else can be reading it, so
 * nothing is lost by readers waiting on the writer as they do in rollback mode. It is as safe
 * against a kill as WAL (a hot journal is rolled back on the next open) and, with
 * synchronous = FULL, against a power cut. Should another process open the file meanwhile, its
 * open switches the file back to WAL, which this connection then follows.
 */
export function beginBulkLoad(db: ProjectDatabase): boolean {
  try {
    const mode = db.pragma('journal_mode = TRUNCATE', { simple: true });
    if (mode !== 'truncate') return false;
    db.pragma('synchronous = FULL');
    return true;
  } catch {
    // Busy (another connection holds the file): the import goes on in WAL mode.
    return false;
  }
}

/** Back to the project's usual WAL mode; open-project sets it again on every open regardless. */
export function endBulkLoad(db: ProjectDatabase): void {
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  } catch {
    // A failure here (a full disk) must not hide the import's own error; the next open of the
    // project sets WAL again.
  }
}
