import { GroupedCommits } from '../database/bulk-load';
import type { ProjectDatabase } from '../database/open-project';

export interface StoreCommitLimits {
  bytes: number;
  milliseconds: number;
}

/**
 * The store phase of a bulk load, committed by amount instead of batch by batch. Every stored
 * file touches pages spread through the project's indexes (its hash, its audit row, its
 * articles' list orders), and a commit writes each touched page again: 7,592 files of one short
 * article each, committed 64 at a time, wrote 212 MB for a 33 MB project; grouped, 50 MB. A group commits when it
 * holds `bytes` of source files or has been open long enough (at most `milliseconds`), so a kill loses at most that much
 * storing (the next import stores those files again) and a reader of the file sees progress.
 * The transaction stays open across the awaits between batches, which only a bulk load may do:
 * nobody else writes a file the command has just created.
 */
export class StoreCommitGroup {
  private readonly group: GroupedCommits;
  private bytes = 0;
  private openedAt = 0;
  /** The first groups are short, so that what an import stores shows up at once; then longer. */
  private age: number;

  constructor(
    db: ProjectDatabase,
    private readonly limits: StoreCommitLimits,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.group = new GroupedCommits(db);
    this.age = limits.milliseconds / 8;
  }

  /** Opens the group's transaction unless one is open. */
  begin(): void {
    if (this.bytes === 0 && this.openedAt === 0) this.openedAt = this.now();
    this.group.begin();
  }

  /** Counts a stored batch; commits once the group is full or old enough. */
  stored(bytes: number): void {
    this.bytes += bytes;
    const full = this.bytes >= this.limits.bytes;
    if (full || this.now() - this.openedAt >= this.age) this.commit();
  }

  commit(): void {
    this.group.commit();
    this.reset();
    this.age = Math.min(this.limits.milliseconds, this.age * 2);
  }

  /** After a failure: keeps the batches stored before it if they can still be committed. */
  commitOrRollBack(): void {
    this.group.commitOrRollBack();
    this.reset();
  }

  private reset(): void {
    this.bytes = 0;
    this.openedAt = 0;
  }
}
