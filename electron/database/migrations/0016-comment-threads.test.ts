import type Database from 'better-sqlite3';
import { databaseMigratedTo } from '../../test-support/migrated-database';
import { describe, expect, it } from 'vitest';
import { migration0016CommentThreads } from './0016-comment-threads';
import { migrations } from './index';

const at = '2026-01-01T00:00:00.000Z';
const later = '2026-01-02T00:00:00.000Z';

/** A project before migration 16 with one article and the four kinds of comment it knew. */
function projectAt15(): Database.Database {
  const db = databaseMigratedTo(15);
  db.prepare(
    "INSERT INTO documents (id, name, kind, sha256, encoding, text, char_count, imported_at) VALUES (1, 'a.txt', 'text', 'x', 'utf-8', '阜新市医院横跨52个病区', 13, ?)",
  ).run(at);
  db.prepare(
    'INSERT INTO articles (id, document_id, ordinal, created_at, updated_at) VALUES (1, 1, 0, ?, ?)',
  ).run(at, at);
  db.prepare(
    `INSERT INTO field_values (id, article_id, field_key, value, value_key, raw, origin, state, schema_id, schema_version, created_at, updated_at)
     VALUES (5, 1, 'hospital', '"阜新市医院"', '"阜新市医院"', '阜新市医院', 'curator', 'added', 's', 1, ?, ?)`,
  ).run(at, at);
  const comment = db.prepare(
    'INSERT INTO comments (id, article_id, value_id, author, kind, body, at) VALUES (?, 1, ?, ?, ?, ?, ?)',
  );
  comment.run(1, null, '李明', 'changes_requested', '请核对医院', at);
  comment.run(2, 5, '李明', 'comment', '名称不全', at);
  comment.run(3, null, '李明', 'approved', '可以了', later);
  comment.run(4, null, '张伟', 'reopened', '再看看', later);
  return db;
}

const threadsOf = (db: Database.Database) =>
  db
    .prepare(
      'SELECT id, value_id AS valueId, reply_to AS replyTo, span_start AS spanStart, resolved_at AS resolvedAt, resolved_by AS resolvedBy FROM comments ORDER BY id',
    )
    .all();

describe('migration 16 (comment threads)', () => {
  it('is the sixteenth migration', () => {
    expect(migrations[15]).toBe(migration0016CommentThreads);
    expect(migration0016CommentThreads.version).toBe(16);
  });

  it('makes every old comment a thread of its own on its article or value, open unless it was an approval', () => {
    const db = projectAt15();
    migration0016CommentThreads.up(db);
    expect(threadsOf(db)).toEqual([
      { id: 1, valueId: null, replyTo: null, spanStart: null, resolvedAt: null, resolvedBy: null },
      { id: 2, valueId: 5, replyTo: null, spanStart: null, resolvedAt: null, resolvedBy: null },
      {
        id: 3,
        valueId: null,
        replyTo: null,
        spanStart: null,
        resolvedAt: later,
        resolvedBy: '李明',
      },
      { id: 4, valueId: null, replyTo: null, spanStart: null, resolvedAt: null, resolvedBy: null },
    ]);
    const open = db
      .prepare(
        'SELECT count(*) FROM comments WHERE article_id = 1 AND reply_to IS NULL AND resolved_at IS NULL',
      )
      .pluck();
    expect(open.get()).toBe(3);
    const plan = db
      .prepare(
        'EXPLAIN QUERY PLAN SELECT count(*) FROM comments WHERE article_id = 1 AND reply_to IS NULL AND resolved_at IS NULL',
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('comments_open_threads');
  });

  it('keeps spans whole and ordered, resolution with its author, and replies with their thread', () => {
    const db = projectAt15();
    migration0016CommentThreads.up(db);
    const add = db.prepare(
      `INSERT INTO comments (id, article_id, author, kind, body, at, reply_to, span_start, span_end, resolved_at, resolved_by)
       VALUES (?, 1, '王芳', 'comment', '看这里', ?, ?, ?, ?, ?, ?)`,
    );
    add.run(10, at, null, 5, 9, null, null);
    expect(() => add.run(11, at, null, 5, null, null, null)).toThrow(/CHECK/);
    expect(() => add.run(12, at, null, 9, 5, null, null)).toThrow(/CHECK/);
    expect(() => add.run(13, at, null, -1, 2, null, null)).toThrow(/CHECK/);
    expect(() => add.run(14, at, null, null, null, at, null)).toThrow(/CHECK/);
    expect(() => add.run(15, at, 999, null, null, null, null)).toThrow(/FOREIGN KEY/);
    add.run(16, later, 10, null, null, null, null);
    db.prepare('DELETE FROM comments WHERE id = 10').run();
    expect(db.prepare('SELECT count(*) FROM comments WHERE id IN (10, 16)').pluck().get()).toBe(0);
  });
});
