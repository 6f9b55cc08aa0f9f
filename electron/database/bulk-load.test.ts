import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../test-support/temp-dir';
import { insertArticle } from './articles-repository';
import { beginBulkLoad, endBulkLoad } from './bulk-load';
import { insertDocument } from './documents-repository';
import { openProjectDatabase } from './open-project';
import { openProjectReadOnly } from './project-file-diagnosis';

const tempDir = useTempDir();

/** The journal mode the file itself records, read by a connection that sets none. */
function fileJournalMode(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('journal_mode', { simple: true }) as string;
  } finally {
    db.close();
  }
}

describe('a bulk load into a new project', () => {
  it('writes through a rollback journal, then leaves the file in WAL mode', () => {
    const file = path.join(tempDir(), 'p.gleaner');
    const db = openProjectDatabase(file);
    expect(beginBulkLoad(db)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('truncate');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    db.exec("INSERT INTO meta (key, value) VALUES ('k', 'v')");
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    endBulkLoad(db);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    db.close();
    expect(fileJournalMode(file)).toBe('wal');
  });

  it('stores a page of thousands of articles without writing statement journals to files', () => {
    const file = path.join(tempDir(), 'p.gleaner');
    const db = openProjectDatabase(file);
    try {
      expect(beginBulkLoad(db)).toBe(true);
      // Bytes this process handed to write(), temporary files included (Linux).
      const writtenBytes = (): number =>
        Number(/^wchar:\s*(\d+)/m.exec(fs.readFileSync('/proc/self/io', 'utf8'))![1]);
      const at = '2026-12-07T08:00:00.000Z';
      const text = '某某市第一人民医院举行新院区启用仪式。'.repeat(3000);
      db.exec('BEGIN');
      // As the import stores a file: its own savepoint inside the transaction of a group.
      db.exec('SAVEPOINT file');
      const before = writtenBytes();
      const documentId = insertDocument(
        db,
        {
          name: 'page.txt',
          sourcePath: null,
          kind: 'text',
          sha256: 'a'.repeat(64),
          encoding: 'utf-8',
          encodingConfidence: 1,
          text,
          charCount: text.length,
          original: null,
          bom: false,
          sourceRow: null,
          metadata: null,
        },
        at,
      );
      for (let ordinal = 0; ordinal < 3000; ordinal++) {
        const start = ordinal * 19;
        insertArticle(
          db,
          { documentId, ordinal, title: `第${ordinal}篇`, ranges: [{ start, end: start + 19 }] },
          at,
        );
      }
      const written = writtenBytes() - before;
      db.exec('RELEASE file');
      db.exec('COMMIT');
      // Each insert copies the pages it and its triggers touch into a statement journal first:
      // kept in memory, not written (to a temporary file they were 418 MB of write calls here).
      expect(written).toBeLessThan(16 * 1024 ** 2);
      expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(3000);
    } finally {
      endBulkLoad(db);
      db.close();
    }
  });

  it('stays in WAL mode while another connection has the project open', () => {
    const file = path.join(tempDir(), 'p.gleaner');
    const db = openProjectDatabase(file);
    const other = openProjectDatabase(file);
    try {
      // The other connection is reading: the file cannot leave WAL mode under it.
      const reading = other.prepare('SELECT key FROM meta').iterate();
      reading.next();
      expect(beginBulkLoad(db)).toBe(false);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      reading.return?.();
      db.exec("INSERT INTO meta (key, value) VALUES ('k', 'v')");
      expect(other.prepare("SELECT value FROM meta WHERE key = 'k'").pluck().get()).toBe('v');
    } finally {
      other.close();
      db.close();
    }
  });
});

describe('a bulk load killed in the middle of a step', () => {
  it('is undone by the next writable open; a read-only check says what to do', () => {
    const file = path.join(tempDir(), 'p.gleaner');
    openProjectDatabase(file).close();
    // A process that writes a step through the journal and is killed before it commits; the step
    // is larger than SQLite's page cache, so some of it is already in the file.
    const child = spawnSync(
      process.execPath,
      [
        '-e',
        `const Database = require('better-sqlite3');
         const db = new Database(${JSON.stringify(file)});
         db.pragma('journal_mode = TRUNCATE');
         db.exec('BEGIN');
         const insert = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
         for (let i = 0; i < 200000; i++) insert.run('k' + i, 'v'.repeat(100));
         process.kill(process.pid, 'SIGKILL');`,
      ],
      { cwd: process.cwd() },
    );
    expect(child.signal).toBe('SIGKILL');
    expect(fs.statSync(`${file}-journal`).size).toBeGreaterThan(0);

    expect(() => openProjectReadOnly(file)).toThrow(
      `${file} holds an unfinished step of a stopped import (${file}-journal)`,
    );
    const db = openProjectDatabase(file);
    try {
      expect(db.prepare("SELECT count(*) FROM meta WHERE key LIKE 'k%'").pluck().get()).toBe(0);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      db.close();
    }
  });
});
