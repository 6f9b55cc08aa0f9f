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
 *
 * SQLite's temporary files are kept in memory meanwhile (temp_store = MEMORY). Every file stored is
 * its own savepoint, so each INSERT whose triggers may abort it (an article, its ranges, a value)
 * copies the pages it touches first into a statement journal, a temporary file by default: 418 MB
 * of write calls for 3,000 articles (bulk-load.test.ts), and the 2 MB page of 7,592 articles took
 * 4.0 s of wall time to insert its article rows against 0.7 s with the journals in memory. A
 * statement journal holds only the pages one statement touches.
 */
export function beginBulkLoad(db: ProjectDatabase): boolean {
  try {
    const mode = db.pragma('journal_mode = TRUNCATE', { simple: true });
    if (mode !== 'truncate') return false;
    db.pragma('synchronous = FULL');
    db.pragma('temp_store = MEMORY');
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
    // Big sorts of the project's usual work (an index built at a million rows) spill to disk again.
    db.pragma('temp_store = DEFAULT');
  } catch {
    // A failure here (a full disk) must not hide the import's own error; the next open of the
    // project sets WAL again.
  }
}

/**
 * Several steps of a bulk load in one transaction. Each commit of the rollback journal writes the
 * pages every step shares again (the last page of each table and index, the article rows the
 * step marks extracted): a page of 7,592 articles extracted in transactions of 200 wrote 32 MB,
 * in transactions of 2,000, 22 MB. Steps still run inside as their own savepoints, so a step
 * that fails leaves those before it. Only for a bulk load: while it is open other writers of the
 * file wait, which nobody does on a file the command has just created.
 */
export class GroupedCommits {
  private open = false;

  constructor(private readonly db: ProjectDatabase) {}

  /** Opens the group's transaction unless one is open. */
  begin(): void {
    if (this.open || this.db.inTransaction) return;
    this.db.prepare('BEGIN').run();
    this.open = true;
  }

  /** Commits what the group's steps wrote. */
  commit(): void {
    if (!this.open) return;
    this.open = false;
    this.db.prepare('COMMIT').run();
  }

  /**
   * After a failed step: keeps the steps before it (the failed one has already rolled back its
   * savepoint); if even that cannot be written (a full disk), the group is rolled back whole and
   * the next import extracts those articles again.
   */
  commitOrRollBack(): void {
    if (!this.open) return;
    this.open = false;
    try {
      this.db.prepare('COMMIT').run();
    } catch {
      if (this.db.inTransaction) this.db.prepare('ROLLBACK').run();
    }
  }
}
