import type BetterSqlite3 from 'better-sqlite3';
import { statement } from './statement-cache';

/**
 * One SQL statement declared once with the types of its parameters and of its rows, so a caller
 * never casts what SQLite returns: the declaration owns the row shape (Signal Desktop's
 * ts/sql/Interface is the model). Parameters are positional (`[articleId: number]`) or one
 * object of named ones (`[{ article: number }]`). The statement is compiled once per connection
 * (statement-cache.ts).
 */
export interface TypedStatement<Params extends unknown[], Row> {
  readonly sql: string;
  get(db: BetterSqlite3.Database, ...params: Params): Row | undefined;
  all(db: BetterSqlite3.Database, ...params: Params): Row[];
  iterate(db: BetterSqlite3.Database, ...params: Params): IterableIterator<Row>;
  run(db: BetterSqlite3.Database, ...params: Params): BetterSqlite3.RunResult;
}

/**
 * Declares a statement: `prepare<[valueId: number], { state: string }>('SELECT state …')`.
 * A write that returns no rows leaves `Row` as `never`.
 */
export function prepare<Params extends unknown[] = [], Row = never>(
  sql: string,
): TypedStatement<Params, Row> {
  return {
    sql,
    // The one place a row's type is asserted: SQLite returns untyped rows, and the declaration
    // above names their columns.
    get: (db, ...params) => statement(db, sql).get(...params) as Row | undefined,
    all: (db, ...params) => statement(db, sql).all(...params) as Row[],
    iterate: (db, ...params) => statement(db, sql).iterate(...params) as IterableIterator<Row>,
    run: (db, ...params) => statement(db, sql).run(...params),
  };
}

/** A statement whose rows come as arrays, in the order of its columns (`.raw()`). */
export interface RawStatement<Params extends unknown[], Tuple extends unknown[]> {
  readonly sql: string;
  all(db: BetterSqlite3.Database, ...params: Params): Tuple[];
}

/**
 * Declares a statement read as arrays: no object (and no property names) per row, which counts
 * when a query returns tens of thousands of small rows. The tuple type names the columns.
 */
export function prepareRaw<Params extends unknown[], Tuple extends unknown[]>(
  sql: string,
): RawStatement<Params, Tuple> {
  // Its own cache entry: raw mode belongs to the compiled statement, and the same SQL declared
  // with prepare() must keep returning objects.
  const keyedSql = `${sql} /* raw */`;
  return {
    sql,
    all: (db, ...params) =>
      statement(db, keyedSql)
        .raw(true)
        .all(...params) as Tuple[],
  };
}
