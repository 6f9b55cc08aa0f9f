import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/errors';
import { useTempDir } from '../test-support/temp-dir';
import { latestSchemaVersion, migrate, schemaVersionOf } from './migrate';
import type { Migration } from './migrations';
import { openProjectDatabase } from './open-project';

const tempDir = useTempDir();

describe('migrate', () => {
  it('brings a new file to the latest schema version', () => {
    const db = new Database(':memory:');
    expect(migrate(db, ':memory:')).toEqual({ from: 0, to: latestSchemaVersion });
    expect(schemaVersionOf(db)).toBe(latestSchemaVersion);
    // Running again is a no-op.
    expect(migrate(db, ':memory:')).toEqual({ from: latestSchemaVersion, to: latestSchemaVersion });
  });

  it('refuses a file written by a newer Gleaner, naming the file, and leaves it untouched', () => {
    const file = path.join(tempDir(), 'future.gleaner');
    const future = new Database(file);
    future.exec('CREATE TABLE from_the_future (x INTEGER) STRICT');
    future.pragma(`user_version = ${latestSchemaVersion + 5}`);
    future.close();
    const before = fs.readFileSync(file);

    let caught: unknown;
    try {
      openProjectDatabase(file);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ApiError);
    expect((caught as ApiError).code).toBe('project-too-new');
    expect((caught as ApiError).message).toContain(file);
    expect((caught as ApiError).message).toMatch(/newer version of Gleaner/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('skips the migrations another program ran on the same file after it read the version', () => {
    // Two `gleaner` commands started at once on a project from an older version both read its
    // version, then both migrate: the second ran each migration again ("table a already exists").
    const file = path.join(tempDir(), 'both.gleaner');
    const first = new Database(file);
    const second = new Database(file);
    for (const db of [first, second]) db.pragma('busy_timeout = 5000');
    const steps: Migration[] = [
      { version: 1, name: 'a', up: (d) => d.exec('CREATE TABLE a (x INTEGER) STRICT') },
      { version: 2, name: 'b', up: (d) => d.exec('CREATE TABLE b (x INTEGER) STRICT') },
    ];
    /** The steps as `second` sees them: `first` migrates the file once `second` has read it. */
    class RacedSteps extends Array<Migration> {
      override slice(start?: number, end?: number): Migration[] {
        migrate(first, file, steps);
        return [...this].slice(start, end);
      }
    }
    expect(migrate(second, file, RacedSteps.from(steps))).toEqual({ from: 0, to: 2 });
    expect(schemaVersionOf(first)).toBe(2);
    first.close();
    second.close();
  });

  const ok = (version: number, table: string): Migration => ({
    version,
    name: `ok-${table}`,
    up: (d) => d.exec(`CREATE TABLE ${table} (x INTEGER) STRICT`),
  });
  const broken = (version: number): Migration => ({
    version,
    name: 'broken',
    up: (d) => {
      d.exec('CREATE TABLE b (x INTEGER) STRICT');
      d.exec('THIS IS NOT SQL');
    },
  });
  const tablesOf = (db: Database.Database) =>
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();

  it('rolls a failing migration of an older file back whole, keeping the version it reached', () => {
    const db = new Database(':memory:');
    migrate(db, ':memory:', [ok(1, 'a')]);
    expect(() => migrate(db, ':memory:', [ok(1, 'a'), ok(2, 'c'), broken(3)])).toThrow();
    expect(schemaVersionOf(db)).toBe(2);
    expect(tablesOf(db)).toEqual([{ name: 'a' }, { name: 'c' }]);
  });

  it('creates a new file in one transaction: whole, or nothing when a migration fails', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, ':memory:', [ok(1, 'a'), broken(2)])).toThrow();
    expect(schemaVersionOf(db)).toBe(0);
    expect(tablesOf(db)).toEqual([]);
    expect(migrate(db, ':memory:', [ok(1, 'a'), ok(2, 'c')])).toEqual({ from: 0, to: 2 });
    expect(tablesOf(db)).toEqual([{ name: 'a' }, { name: 'c' }]);
  });

  it('rejects a migration list with a gap', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, ':memory:', [{ version: 2, name: 'gap', up: () => {} }])).toThrow(
      /expected 1/,
    );
  });
});
