import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

/**
 * Adjudications of double annotation (issue 20): which disagreements of two curators a reviewer
 * has decided, and what the decision wrote (so it can be undone). Kept in meta beside the
 * curators' recorded versions (`annotation:<package>`) they refer to: one row per decision, read
 * whole, like those versions; the value writes themselves are ordinary audited value writes.
 */
const PREFIX = 'adjudication:';

const all = prepare<[], { key: string; value: string }>(
  `SELECT substr(key, ${PREFIX.length + 1}) AS key, value FROM meta
   WHERE key >= '${PREFIX}' AND key < '${PREFIX.slice(0, -1)};' ORDER BY key`,
);
const one = prepare<[key: string], { value: string }>('SELECT value FROM meta WHERE key = ?');
const upsert = prepare<[key: string, value: string]>(
  `INSERT INTO meta (key, value) VALUES (?, ?)
   ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
);
const remove = prepare<[key: string]>('DELETE FROM meta WHERE key = ?');

/** Every recorded adjudication: disagreement key → its record (JSON). */
export function adjudicationRecords(db: ProjectDatabase): Map<string, string> {
  return new Map(all.all(db).map((r) => [r.key, r.value]));
}

export function adjudicationRecord(db: ProjectDatabase, key: string): string | undefined {
  return one.get(db, PREFIX + key)?.value;
}

export function writeAdjudicationRecord(db: ProjectDatabase, key: string, record: string): void {
  upsert.run(db, PREFIX + key, record);
}

export function deleteAdjudicationRecord(db: ProjectDatabase, key: string): void {
  remove.run(db, PREFIX + key);
}
