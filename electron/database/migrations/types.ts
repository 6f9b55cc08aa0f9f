import type BetterSqlite3 from 'better-sqlite3';

/**
 * One schema change. Migrations are numbered from 1 without gaps; `up` runs inside a transaction
 * together with the `PRAGMA user_version` bump, so a failed migration leaves the file untouched.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: BetterSqlite3.Database): void;
}
