import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/errors';
import { useTempDir } from '../test-support/temp-dir';
import { checkProjectFile } from '../services/check-project-file';
import { Project } from '../services/project';
import { installFieldGridIndexes } from './field-grid-indexes';
import { latestSchemaVersion, migrate } from './migrate';
import { migrations } from './migrations';
import { openProjectDatabase } from './open-project';
import { structureDifferences } from './project-structure';

const tempDir = useTempDir();

/** A new project file, closed, as Gleaner makes it. */
function newProjectFile(name = 'p.gleaner'): string {
  const file = path.join(tempDir(), name);
  Project.open(file).close();
  return file;
}

/** What another program does to the file: the sqlite3 shell, run by someone else. */
function alter(file: string, sql: string): void {
  const db = new Database(file);
  db.exec(sql);
  db.close();
}

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function refusal(open: () => unknown): ApiError {
  try {
    open();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('the file was opened');
}

/** Rewrites every value a curator accepts, after Gleaner wrote it (what the sweep found). */
const REWRITE_ACCEPTED = `CREATE TRIGGER zz_rewrite AFTER UPDATE OF state ON field_values
  WHEN NEW.state = 'accepted' BEGIN
  UPDATE field_values SET value = '"EVIL"', raw = 'EVIL' WHERE id = NEW.id;
END;`;

describe('a project file whose structure another program changed (fifth sweep)', () => {
  it('refuses a trigger Gleaner did not write, naming it, and leaves the file as it was', () => {
    const file = newProjectFile();
    alter(file, REWRITE_ACCEPTED);
    const before = sha256(file);
    const error = refusal(() => Project.open(file, { mustExist: true }));
    expect(error.reason?.key).toBe('project-structure-foreign');
    expect(error.code).toBe('project-unreadable');
    expect(error.message).toContain(file);
    expect(error.message).toContain('+trigger zz_rewrite on field_values');
    expect(sha256(file)).toBe(before);
  });

  it('refuses one of its own triggers changed, or removed, and a view added', () => {
    const file = newProjectFile();
    alter(
      file,
      `DROP TRIGGER audit_no_update;
       CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT 1; END;
       DROP TRIGGER audit_no_delete;
       CREATE VIEW everything AS SELECT * FROM field_values;`,
    );
    const error = refusal(() => openProjectDatabase(file));
    expect(error.message).toContain('~trigger audit_no_update on audit');
    expect(error.message).toContain('−trigger audit_no_delete on audit');
    expect(error.message).toContain('+view everything');
  });

  it('refuses one of its tables replaced by a view, or redefined without its checks', () => {
    const file = newProjectFile();
    alter(
      file,
      `DROP TABLE value_spans;
       CREATE VIEW value_spans AS SELECT 1 AS value_id, 0 AS start, 1 AS "end", 'x' AS text;`,
    );
    expect(refusal(() => openProjectDatabase(file)).message).toContain('~view value_spans');

    const other = newProjectFile('q.gleaner');
    alter(
      other,
      `PRAGMA foreign_keys = OFF;
       CREATE TABLE comments_copy AS SELECT * FROM comments;
       DROP TABLE comments;
       ALTER TABLE comments_copy RENAME TO comments;`,
    );
    expect(refusal(() => openProjectDatabase(other)).message).toContain('~table comments');
  });

  it('refuses an older file holding a foreign trigger before its migration runs it', () => {
    const file = path.join(tempDir(), 'old.gleaner');
    const db = new Database(file);
    migrate(db, file, migrations.slice(0, 10));
    db.exec(`CREATE TABLE fired (n INTEGER);
             CREATE TRIGGER zz_spy AFTER INSERT ON meta BEGIN INSERT INTO fired VALUES (1); END;`);
    db.close();
    const before = sha256(file);
    expect(refusal(() => openProjectDatabase(file)).message).toContain('+trigger zz_spy on meta');
    expect(sha256(file)).toBe(before);
    // No pre-migration backup was taken of it either: nothing was done to it at all.
    expect(fs.existsSync(`${file}.backups`)).toBe(false);
  });

  it('opens files of every older version, which migrate to exactly what a new file has', () => {
    const fresh = new Database(':memory:');
    migrate(fresh, ':memory:');
    expect(structureDifferences(fresh)).toEqual([]);
    for (let version = 0; version < latestSchemaVersion; version++) {
      const file = path.join(tempDir(), `v${version}.gleaner`);
      const old = new Database(file);
      migrate(old, file, migrations.slice(0, version));
      expect(structureDifferences(old)).toEqual([]);
      old.close();
      const opened = openProjectDatabase(file);
      expect(structureDifferences(opened)).toEqual([]);
      opened.close();
    }
    fresh.close();
  });

  it('lets extra tables and indexes be: they hold data and run nothing', () => {
    const file = newProjectFile();
    alter(
      file,
      `CREATE TABLE my_notes (note TEXT);
       CREATE INDEX my_values_by_raw ON field_values(raw);
       CREATE UNIQUE INDEX my_notes_once ON my_notes(note) WHERE length(note) > 3;
       DROP INDEX articles_title;
       ANALYZE;`,
    );
    const project = Project.open(file, { mustExist: true });
    installFieldGridIndexes(project.db);
    project.close();
    Project.open(file, { mustExist: true }).close();
  });

  it('refuses an index on its tables that runs an expression, a WHERE or a uniqueness rule (ninth sweep)', () => {
    const file = newProjectFile();
    // Every accept then failed with SQLite's bare "malformed JSON", and check found nothing.
    alter(
      file,
      `CREATE INDEX zz_json ON field_values(json(raw)) WHERE state = 'accepted';
       CREATE UNIQUE INDEX zz_once ON audit(action) WHERE action = 'accept';
       DROP INDEX articles_status;
       CREATE INDEX articles_status ON articles(abs(status));`,
    );
    const before = sha256(file);
    const error = refusal(() => Project.open(file, { mustExist: true }));
    expect(error.reason?.key).toBe('project-structure-foreign');
    expect(error.message).toContain('+index zz_json on field_values');
    expect(error.message).toContain('+index zz_once on audit');
    expect(error.message).toContain('~index articles_status on articles');
    expect(sha256(file)).toBe(before);
    const report = checkProjectFile(file);
    expect(report.problems.filter((p) => p.kind === 'structure')).toHaveLength(3);
  });

  it('is listed by gleaner check, every difference, with the file left as it was', () => {
    const file = newProjectFile();
    alter(file, `${REWRITE_ACCEPTED} DROP TRIGGER audit_no_delete;`);
    const before = sha256(file);
    const report = checkProjectFile(file);
    expect(report.problems.filter((p) => p.kind === 'structure').map((p) => p.message)).toEqual([
      'trigger zz_rewrite on field_values is not one Gleaner makes: another program added it, and it would run inside every change; Gleaner will not open the file until it is removed',
      'trigger audit_no_delete on audit, which Gleaner makes, is missing: another program removed it; Gleaner will not open the file until it is put back (restore a backup)',
    ]);
    expect(sha256(file)).toBe(before);
  });
});
