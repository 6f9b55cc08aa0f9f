import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { CHAINED_COLUMNS, chainHashOfRaw } from '../database/audit-chain';
import { appendAudit } from '../database/audit-repository';
import { latestSchemaVersion, migrate } from '../database/migrate';
import { migrations } from '../database/migrations';
import type { NotedAuditHead } from './audit-chain-check';
import { useTempDir } from '../test-support/temp-dir';
import { checkProjectFile } from './check-project-file';
import { Project } from './project';

const tempDir = useTempDir();

/** A real seeded project file, closed, with a few more audit rows than the seeding wrote. */
function projectFile(): { file: string; auditRows: number } {
  const file = path.join(tempDir(), 'p.gleaner');
  const project = Project.open(file, { seedsDir: bundledSeedsDir });
  for (let i = 0; i < 20; i++)
    appendAudit(project.db, {
      actor: '王芳',
      entity: 'value',
      entityId: i,
      action: 'edit',
      before: { value: `旧${i}`, article: 1 },
      after: { value: `新${i}`, article: 1 },
    });
  const auditRows = project.db.prepare('SELECT count(*) FROM audit').pluck().get() as number;
  project.close();
  return { file, auditRows };
}

/** Tampers with the file the way someone with the sqlite3 shell would. */
function tamper(file: string, sql: string, ...params: unknown[]): void {
  const db = new Database(file);
  db.prepare(sql).run(...params);
  db.close();
}

function rawExec(file: string, sql: string): void {
  const db = new Database(file);
  db.exec(sql);
  db.close();
}

const DROP_TRIGGERS = `
  DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete; DROP TRIGGER audit_append_only;`;

function auditProblems(file: string, notedAuditHead?: NotedAuditHead): string[] {
  return checkProjectFile(file, { notedAuditHead })
    .problems.filter((p) => p.kind === 'audit')
    .map((p) => p.message);
}

function sha256OfFile(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

describe('gleaner check: the audit chain', () => {
  it('finds an untouched project whole and names its head', () => {
    const { file, auditRows } = projectFile();
    expect(auditRows).toBeGreaterThan(20);
    const report = checkProjectFile(file);
    expect(report.problems).toEqual([]);
    expect(report.audit).toMatchObject({ rows: auditRows, head: { rowId: auditRows } });
    expect(report.audit?.head?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names a row updated after its trigger was dropped', () => {
    const { file } = projectFile();
    rawExec(file, 'DROP TRIGGER audit_no_update');
    tamper(file, "UPDATE audit SET actor = 'mallory' WHERE id = 7");
    expect(auditProblems(file)).toEqual([
      'audit row 7 was changed: its content no longer matches its hash',
    ]);
  });

  it('names a row deleted after its trigger was dropped', () => {
    const { file } = projectFile();
    rawExec(file, 'DROP TRIGGER audit_no_delete');
    tamper(file, 'DELETE FROM audit WHERE id = 12');
    expect(auditProblems(file)).toEqual([
      'audit row 12 was removed: row 13 no longer follows row 11',
    ]);
  });

  it('names rows deleted when the rest were renumbered to hide the gap', () => {
    const { file } = projectFile();
    rawExec(
      file,
      `${DROP_TRIGGERS}
       DELETE FROM audit WHERE id IN (12, 13);
       UPDATE audit SET id = -id WHERE id > 13;
       UPDATE audit SET id = -id - 2 WHERE id < 0;`,
    );
    expect(auditProblems(file)).toEqual([
      '2 audit row(s) were removed after row 11 and the rows after renumbered: row 12 no longer follows row 11',
    ]);
  });

  it('names a row inserted in the middle, the rows after it renumbered to make room', () => {
    const { file } = projectFile();
    rawExec(
      file,
      `${DROP_TRIGGERS}
       UPDATE audit SET id = -id WHERE id >= 9;
       UPDATE audit SET id = -id + 1 WHERE id < 0;`,
    );
    // With a hash copied from a real row, so that it looks like one.
    tamper(
      file,
      `INSERT INTO audit (id, at, actor, entity, entity_id, action, before, after, hash)
       SELECT 9, at, 'mallory', entity, entity_id, action, before, after, hash FROM audit WHERE id = 8`,
    );
    expect(auditProblems(file)).toEqual([
      'audit row 9 was inserted after row 8: the chain resumes without it',
    ]);
  });

  it('names a row inserted before the first one', () => {
    const { file } = projectFile();
    rawExec(file, 'DROP TRIGGER audit_append_only');
    tamper(
      file,
      "INSERT INTO audit (id, at, actor, entity, action) VALUES (0, 'now', 'mallory', 'article', 'edit')",
    );
    expect(auditProblems(file)).toEqual([
      'audit row 0 was inserted before the first row: the chain resumes without it',
    ]);
  });

  it('names a row rewritten by INSERT OR REPLACE, which the trigger refuses while it exists', () => {
    const { file } = projectFile();
    const replace = `INSERT OR REPLACE INTO audit (id, at, actor, entity, entity_id, action, before, after, hash)
       SELECT id, at, 'mallory', entity, entity_id, action, before, after, hash FROM audit WHERE id = 5`;
    expect(() => tamper(file, replace)).toThrow(/appended after the last one/);
    expect(checkProjectFile(file).problems).toEqual([]);

    rawExec(file, 'DROP TRIGGER audit_append_only');
    tamper(file, replace); // keeps the old hash
    expect(auditProblems(file)).toEqual([
      'audit row 5 was changed: its content no longer matches its hash',
    ]);
    tamper(
      file,
      "INSERT OR REPLACE INTO audit (id, at, actor, entity, action) VALUES (3, 'now', 'mallory', 'article', 'edit')",
    );
    expect(auditProblems(file)).toEqual([
      'audit row 3 has no chain hash: it was written or replaced outside Gleaner',
    ]);
  });

  it('names a row whose hash was replaced', () => {
    const { file } = projectFile();
    rawExec(file, 'DROP TRIGGER audit_no_update');
    tamper(file, 'UPDATE audit SET hash = randomblob(32) WHERE id = 4');
    expect(auditProblems(file)).toEqual([
      'audit row 4 does not follow row 3: its hash was rewritten, or row 3 was changed together with its hash',
    ]);
  });
});

describe('gleaner check: a head noted earlier', () => {
  it('finds the newest rows cut off after the head was noted, which the chain alone cannot', () => {
    const { file, auditRows } = projectFile();
    const noted = checkProjectFile(file).audit!.head!;
    expect(checkProjectFile(file, { notedAuditHead: noted }).problems).toEqual([]);

    // A careful tamperer puts the trigger back afterwards, so the file's structure is Gleaner's.
    const db = new Database(file);
    const trigger = db
      .prepare(`SELECT sql FROM sqlite_schema WHERE name = 'audit_no_delete'`)
      .pluck()
      .get() as string;
    db.exec(`DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id > ${auditRows - 3}`);
    db.exec(trigger);
    db.close();
    expect(checkProjectFile(file).problems).toEqual([]); // a shorter chain is still a chain
    expect(auditProblems(file, noted)).toEqual([
      `audit row ${auditRows}, the head noted earlier, is gone: the log was cut off after row ${auditRows - 3}`,
    ]);
  });

  it('finds a log rewritten up to the noted head with every hash recomputed', () => {
    const { file } = projectFile();
    const noted = checkProjectFile(file).audit!.head!;
    // Rewrite row 2 and recompute every hash after it, as a careful tamperer would.
    const db = new Database(file);
    const trigger = db
      .prepare(`SELECT sql FROM sqlite_schema WHERE name = 'audit_no_update'`)
      .pluck()
      .get() as string;
    db.exec('DROP TRIGGER audit_no_update');
    db.prepare("UPDATE audit SET actor = 'mallory' WHERE id = 2").run();
    let previous = db.prepare('SELECT hash FROM audit WHERE id = 1').pluck().get() as Buffer;
    const rows = db.prepare(`SELECT ${CHAINED_COLUMNS} FROM audit WHERE id >= 2 ORDER BY id`);
    const setHash = db.prepare('UPDATE audit SET hash = ? WHERE id = ?');
    for (const row of rows.raw().all() as unknown[][]) {
      previous = chainHashOfRaw(previous, row);
      setHash.run(previous, row[0]);
    }
    db.exec(trigger); // and puts the trigger back, so the file's structure is Gleaner's again
    db.close();
    expect(checkProjectFile(file).problems).toEqual([]);
    expect(auditProblems(file, noted)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^audit row ${noted.rowId} is not the head noted earlier \\(its hash is [0-9a-f]{64}\\)`,
        ),
      ),
    ]);
  });
});

describe('gleaner check: read-only and damaged files', () => {
  it('checks a project without changing a byte of it', () => {
    const { file } = projectFile();
    const before = sha256OfFile(file);
    expect(checkProjectFile(file).problems).toEqual([]);
    expect(sha256OfFile(file)).toBe(before);
  });

  it('checks a read-only file read-only instead of refusing it', (context) => {
    const { file } = projectFile();
    const before = sha256OfFile(file);
    if (!makeReadOnly(file)) return context.skip();
    try {
      expect(() => Project.open(file, { mustExist: true })).toThrow(/cannot write/);
      const report = checkProjectFile(file);
      expect(report.problems).toEqual([]);
      expect(report.documents).toBe(5);
      expect(report.audit?.head).not.toBeNull();
    } finally {
      makeWritable(file);
    }
    expect(sha256OfFile(file)).toBe(before);
  });

  it('checks a file in a read-only folder from a copy in memory, and says so', (context) => {
    const { file } = projectFile();
    const folder = path.dirname(file);
    if (!makeReadOnly(folder)) return context.skip();
    try {
      const report = checkProjectFile(file);
      expect(report.problems).toEqual([]);
      expect(report.documents).toBe(5);
      expect(report.notes.join('\n')).toMatch(/read-only, so a copy of the file in memory/);
    } finally {
      makeWritable(folder);
    }
  });

  it('migrates an older writable file before checking it, its audit chain back-filled', () => {
    const file = olderProjectFile();
    const report = checkProjectFile(file);
    expect(report.problems).toEqual([]);
    expect(report.audit).toMatchObject({ rows: 3, head: { rowId: 3 } });
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    db.close();
  });

  it('checks what it can of an older read-only file and says what it skipped', (context) => {
    const file = olderProjectFile();
    const before = sha256OfFile(file);
    if (!makeReadOnly(file)) return context.skip();
    try {
      const report = checkProjectFile(file);
      expect(report.problems).toEqual([]);
      expect(report.notes).toEqual([
        `Gleaner's own checks (documents, spans, audit chain) were skipped: the file has schema 7 and this Gleaner needs ${latestSchemaVersion}; open it once where it can be written to update it`,
      ]);
    } finally {
      makeWritable(file);
    }
    expect(sha256OfFile(file)).toBe(before);
  });

  it('says an empty file and a text file are not SQLite files', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'empty.gleaner'), '');
    fs.writeFileSync(path.join(dir, 'notes.gleaner'), '这不是数据库\n');
    fs.writeFileSync(path.join(dir, 'short.gleaner'), 'SQLite format 3\0abc');
    expect(checkProjectFile(path.join(dir, 'empty.gleaner')).problems).toEqual([
      { kind: 'file', message: 'the file is empty (0 bytes)' },
    ]);
    expect(checkProjectFile(path.join(dir, 'notes.gleaner')).problems).toEqual([
      {
        kind: 'file',
        message:
          'not a SQLite file: it starts with the bytes e8 bf 99 e4 b8 8d e6 98 af e6 95 b0 e6 8d ae e5 instead of "SQLite format 3"',
      },
    ]);
    expect(checkProjectFile(path.join(dir, 'short.gleaner')).problems).toEqual([
      {
        kind: 'file',
        message: 'truncated: the file has 19 bytes, fewer than the 100-byte SQLite header',
      },
    ]);
  });

  it('says a file was truncated, and how much of it is missing', () => {
    const { file } = projectFile();
    const size = fs.statSync(file).size;
    const pageSize = readPageSize(file);
    fs.truncateSync(file, Math.floor(size / pageSize / 2) * pageSize);
    const problems = checkProjectFile(file).problems;
    expect(problems[0]).toEqual({
      kind: 'file',
      message: `truncated: the header says ${size / pageSize} pages of ${pageSize} bytes (${size} bytes) but the file has ${Math.floor(size / pageSize / 2) * pageSize} bytes`,
    });
  });

  it('says a damaged header is damaged', () => {
    const { file } = projectFile();
    const bytes = fs.readFileSync(file);
    bytes.writeUInt16BE(1000, 16); // not a power of two
    fs.writeFileSync(file, bytes);
    expect(checkProjectFile(file).problems).toEqual([
      {
        kind: 'file',
        message: 'the SQLite header is damaged: its page size 1000 is not a valid one',
      },
    ]);
  });

  it("lists integrity_check's first findings, naming the table, for garbage over its pages", () => {
    const { file } = projectFile();
    const pageSize = readPageSize(file);
    overwritePages(file, pagesOf(file, 'documents'), pageSize);
    const report = checkProjectFile(file);
    expect(report.problems.length).toBeGreaterThan(0);
    expect(report.problems.length).toBeLessThanOrEqual(11);
    expect(report.problems.every((p) => p.kind === 'integrity')).toBe(true);
    // Which finding comes first depends on where the garbage lands among the table's pages
    // (integrity_check may stop at a damaged interior page): either way the table is named.
    expect(report.problems.map((p) => p.message)).toContainEqual(
      expect.stringMatching(/^(Tree \d+ \(table documents\) page \d+: |table documents: )/),
    );
  });

  it('names the damaged tables when integrity_check itself gives up', () => {
    // The audit table's expression indexes make integrity_check read its records, and a
    // garbage record stops it with an error instead of a finding.
    const { file } = projectFile();
    overwritePages(file, pagesOf(file, 'audit'), readPageSize(file));
    const messages = checkProjectFile(file).problems.map((p) => p.message);
    expect(messages[0]).toMatch(
      /^database disk image is malformed: integrity_check stopped \(SQLite: /,
    );
    expect(messages.some((m) => m.startsWith('table audit: '))).toBe(true);
  });

  it('says what the damage is when the schema page itself is garbage', () => {
    const { file } = projectFile();
    const pageSize = readPageSize(file);
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(pageSize - 100, 0xa5), 0, pageSize - 100, 100);
    fs.closeSync(fd);
    const problems = checkProjectFile(file).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/malformed|not a SQLite database/);
  });
});

/** The pages of one table's b-tree (SQLite's dbstat), numbered from 1. */
function pagesOf(file: string, table: string): number[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT pageno FROM dbstat WHERE name = ?').pluck().all(table) as number[];
  } finally {
    db.close();
  }
}

function overwritePages(file: string, pages: number[], pageSize: number): void {
  expect(pages.length).toBeGreaterThan(0);
  const garbage = Buffer.alloc(pageSize);
  for (let i = 0; i < pageSize; i++) garbage[i] = (i * 131 + 17) % 251;
  const fd = fs.openSync(file, 'r+');
  for (const page of pages) fs.writeSync(fd, garbage, 0, pageSize, (page - 1) * pageSize);
  fs.closeSync(fd);
}

/** A project file as Gleaner left it at schema 7, before audit rows had hashes. */
function olderProjectFile(): string {
  const file = path.join(tempDir(), 'old.gleaner');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  migrate(db, file, migrations.slice(0, 7));
  const insert = db.prepare(
    "INSERT INTO audit (at, actor, entity, entity_id, action) VALUES ('2026-01-01', 'me', 'article', ?, 'edit')",
  );
  for (const id of [1, 2, 3]) insert.run(id);
  db.close();
  return file;
}

function readPageSize(file: string): number {
  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  fs.readSync(fd, header, 0, 100, 0);
  fs.closeSync(fd);
  const raw = header.readUInt16BE(16);
  return raw === 1 ? 65536 : raw;
}

/**
 * Root writes through permission bits, so as root the file or folder is made immutable
 * (chattr +i, which binds root too); false when this file system cannot do either.
 */
function makeReadOnly(target: string): boolean {
  if (process.getuid?.() !== 0) {
    fs.chmodSync(target, fs.statSync(target).isDirectory() ? 0o555 : 0o444);
    return true;
  }
  try {
    execFileSync('chattr', ['+i', target], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function makeWritable(target: string): void {
  if (process.getuid?.() !== 0)
    fs.chmodSync(target, fs.statSync(target).isDirectory() ? 0o755 : 0o644);
  else execFileSync('chattr', ['-i', target], { stdio: 'ignore' });
}
