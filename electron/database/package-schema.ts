import type { ProjectDatabase } from './open-project';

/**
 * All SQL of work packages (issue 20). A package file is attached to the project's connection
 * as `pkg`, so rows are copied and compared set-based, table to table, without a round trip
 * through JavaScript per row. Copies name every column both files share (PRAGMA table_info), so
 * a column a later migration adds travels without a change here.
 */

export const PACKAGE_SCHEMA = 'pkg';
export type Side = 'main' | typeof PACKAGE_SCHEMA;

export function attachPackage(db: ProjectDatabase, file: string): void {
  db.prepare(`ATTACH DATABASE ? AS ${PACKAGE_SCHEMA}`).run(file);
}

/** Leaves the attached package as one file (rollback journal, no -wal beside it) to hand over. */
export function makeSelfContained(db: ProjectDatabase): void {
  db.pragma(`${PACKAGE_SCHEMA}.journal_mode = DELETE`);
}

export function detachPackage(db: ProjectDatabase): void {
  db.exec(`DETACH DATABASE ${PACKAGE_SCHEMA}`);
}

const columnCache = new WeakMap<ProjectDatabase, Map<string, string[]>>();

/** The columns of `table` both files have (cached per connection: the schema of each is fixed). */
export function sharedColumns(
  db: ProjectDatabase,
  table: string,
  except: readonly string[] = [],
): string[] {
  let cache = columnCache.get(db);
  if (!cache) columnCache.set(db, (cache = new Map()));
  let both = cache.get(table);
  if (!both) {
    const names = (side: Side) =>
      (db.prepare(`PRAGMA ${side}.table_info(${table})`).all() as { name: string }[]).map(
        (c) => c.name,
      );
    const theirs = new Set(names(PACKAGE_SCHEMA));
    both = names('main').filter((name) => theirs.has(name));
    cache.set(table, both);
  }
  return both.filter((name) => !except.includes(name));
}

// --- Meta -------------------------------------------------------------------------------

export function readMeta(db: ProjectDatabase, side: Side, key: string): string | undefined {
  const row = db.prepare(`SELECT value FROM ${side}.meta WHERE key = ?`).get(key) as
    { value: string } | undefined;
  return row?.value;
}

export function writeMeta(db: ProjectDatabase, side: Side, key: string, value: string): void {
  db.prepare(
    `INSERT INTO ${side}.meta (key, value) VALUES (?, ?)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
  ).run(key, value);
}

/** Fills a temporary table of ids, the set later statements join on. */
export function fillIdTable(db: ProjectDatabase, name: string, ids: Iterable<number>): void {
  db.exec(
    `CREATE TEMP TABLE IF NOT EXISTS ${name} (id INTEGER PRIMARY KEY); DELETE FROM temp.${name};`,
  );
  const insert = db.prepare(`INSERT OR IGNORE INTO temp.${name} (id) VALUES (?)`);
  for (const id of ids) insert.run(id);
}
