import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/contract/errors';
import { bundledSeedsDir } from '../app-root';
import { listBackups } from '../services/backups';
import { Project } from '../services/project';
import { useTempDir } from '../test-support/temp-dir';
import { latestSchemaVersion, migrate } from './migrate';
import { migrations } from './migrations';
import { openProjectDatabase } from './open-project';

const tempDir = useTempDir();

describe('openProjectDatabase', () => {
  it('opens in WAL mode with foreign keys on, creating missing folders', () => {
    const file = path.join(tempDir(), 'nested', 'deeper', 'p.gleaner');
    const db = openProjectDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    expect(fs.existsSync(file)).toBe(true);
  });

  it('refuses a file that is not a project, naming it, without changing it', () => {
    const file = path.join(tempDir(), 'notes.gleaner');
    fs.writeFileSync(file, 'these are my notes, not a database'.repeat(200));
    const before = fs.readFileSync(file);
    let caught: unknown;
    try {
      openProjectDatabase(file);
    } catch (error) {
      caught = error;
    }
    expect((caught as ApiError).code).toBe('project-unreadable');
    expect((caught as ApiError).message).toContain(file);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

function openError(file: string): ApiError {
  try {
    openProjectDatabase(file).close();
  } catch (error) {
    return error as ApiError;
  }
  throw new Error(`expected ${file} to be refused`);
}

describe('safety on open', () => {
  it('backs up an older project before migrating it, named with its old schema version', () => {
    const file = path.join(tempDir(), 'old.gleaner');
    const older = latestSchemaVersion - 1;
    const db = new Database(file);
    migrate(db, file, migrations.slice(0, older));
    db.prepare("INSERT INTO meta (key, value) VALUES ('note', 'made by an older Gleaner')").run();
    db.close();

    openProjectDatabase(file).close();
    const backups = listBackups(file);
    expect(backups.map((b) => [b.kind, b.schemaVersion])).toEqual([['pre-migration', older]]);
    const copy = new Database(backups[0]!.path, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(older);
    expect(copy.prepare("SELECT value FROM meta WHERE key = 'note'").pluck().get()).toBe(
      'made by an older Gleaner',
    );
    copy.close();
    // Opening the now current file again takes no further backup.
    openProjectDatabase(file).close();
    expect(listBackups(file)).toHaveLength(1);
  });

  it('takes no backup of a brand-new file', () => {
    const file = path.join(tempDir(), 'new.gleaner');
    openProjectDatabase(file).close();
    expect(listBackups(file)).toEqual([]);
  });

  it('refuses a damaged copy of a real project as project-unreadable, naming it, unchanged', () => {
    const dir = tempDir();
    const good = path.join(dir, 'good.gleaner');
    Project.open(good, { seedsDir: bundledSeedsDir }).close();
    const pageSize = 4096;
    const pages = fs.statSync(good).size / pageSize;
    expect(pages).toBeGreaterThan(8);
    // Garbage over a few pages in the middle, as a failing disk or a bad copy would leave.
    const damaged = path.join(dir, 'damaged.gleaner');
    const bytes = fs.readFileSync(good);
    for (let page = Math.floor(pages / 2); page < Math.floor(pages / 2) + 3; page++) {
      bytes.fill(0x5a, page * pageSize, (page + 1) * pageSize);
    }
    fs.writeFileSync(damaged, bytes);

    const error = openError(damaged);
    expect(error.code).toBe('project-unreadable');
    expect(error.message).toContain(damaged);
    expect(fs.readFileSync(damaged).equals(bytes)).toBe(true);
    // The undamaged original still opens.
    openProjectDatabase(good).close();
  });

  it('checks a big file by its schema and small tables: damage there is refused on open', () => {
    const dir = tempDir();
    const good = path.join(dir, 'good.gleaner');
    const project = Project.open(good, { seedsDir: bundledSeedsDir });
    const rootOf = (table: string) =>
      (
        project.db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').get(table) as {
          rootpage: number;
        }
      ).rootpage;
    const metaPage = rootOf('meta');
    const textPage = rootOf('documents');
    project.close();
    const pageSize = 4096;
    const damage = (name: string, page: number) => {
      const bytes = fs.readFileSync(good);
      bytes.fill(0x5a, (page - 1) * pageSize + 8, page * pageSize);
      const file = path.join(dir, name);
      fs.writeFileSync(file, bytes);
      return file;
    };
    const asBig = { fullCheckMaxBytes: 0 };
    let caught: unknown;
    try {
      openProjectDatabase(damage('meta.gleaner', metaPage), asBig).close();
    } catch (error) {
      caught = error;
    }
    expect((caught as ApiError).code).toBe('project-unreadable');
    // Damage in a big table is left to the reads that meet it (and to `gleaner check`)…
    const documents = damage('documents.gleaner', textPage);
    openProjectDatabase(documents, asBig).close();
    // …while a file under the bound gets the whole check.
    expect(() => openProjectDatabase(documents)).toThrow(/damaged/);
  });

  it('refuses a read-only folder with a message naming the file', (context) => {
    if (process.getuid?.() === 0) {
      // Root writes through any permission bits, so chmod cannot make a folder read-only here;
      // the next test exercises the same refusal with a folder that cannot exist.
      context.skip();
    }
    const dir = tempDir();
    const file = path.join(dir, 'p.gleaner');
    openProjectDatabase(file).close();
    fs.chmodSync(dir, 0o555);
    try {
      const error = openError(file);
      expect(error.code).toBe('forbidden');
      expect(error.message).toContain(file);
    } finally {
      fs.chmodSync(dir, 0o755);
    }
  });

  it('refuses a project whose folder is really a file, naming it', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'not-a-folder'), 'x');
    const file = path.join(dir, 'not-a-folder', 'p.gleaner');
    const error = openError(file);
    expect(error.code).toBe('forbidden');
    expect(error.message).toContain(file);
  });
});
