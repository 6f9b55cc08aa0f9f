import { createHash } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/errors';
import { bundledSeedsDir } from '../app-root';
import { checkProjectFile } from '../services/check-project-file';
import { Project } from '../services/project';
import { useTempDir } from '../test-support/temp-dir';
import { createWorkPackage } from './create-package';
import { mergeWorkPackage } from './merge-package';
import { withProject } from '../test-support/with-project';

/**
 * A work package comes back from another curator's laptop as a project file they had in their
 * hands: anything in it may have been changed with an SQLite tool, by a bug of another build or
 * by a damaged disk. A merge takes its rows into the project, so a row the project could not
 * hold (a value that is not JSON, a span past its page's end or over other characters) must be
 * refused, named, with nothing merged (fifth attack sweep: such rows were merged, after which
 * every export of the project failed with "malformed JSON", naming nothing).
 */

const tempDir = useTempDir('gleaner-crafted-package-');

/** A seeded project and a package of its first page, with an id of a value on that page. */
function projectAndPackage() {
  const dir = tempDir();
  const main = path.join(dir, 'main.gleaner');
  Project.open(main, { seedsDir: bundledSeedsDir }).close();
  const out = path.join(dir, 'pkg.gleaner');
  const value = withProject(main, (db) => {
    const row = db
      .prepare(
        `SELECT v.id, v.article_id AS articleId, v.field_key AS fieldKey FROM field_values v
          WHERE EXISTS (SELECT 1 FROM value_spans s WHERE s.value_id = v.id)
          ORDER BY v.id LIMIT 1`,
      )
      .get() as { id: number; articleId: number; fieldKey: string };
    createWorkPackage(db, { selection: { articleIds: [row.articleId] }, out, actor: 'lead' });
    return row;
  });
  return { main, out, value };
}

/** What another program does to the package: changes a value and marks it changed. */
function tamper(file: string, sql: string, ...params: unknown[]): void {
  const db = new Database(file);
  db.prepare(sql).run(...params);
  db.close();
}

function contentHash(file: string): string {
  return withProject(file, (db) => {
    const rows = db
      .prepare(
        `SELECT v.id, v.value, v.state, v.revision, group_concat(s.start || '-' || s.end)
           FROM field_values v LEFT JOIN value_spans s ON s.value_id = v.id
          GROUP BY v.id ORDER BY v.id`,
      )
      .raw()
      .all();
    const audit = db.prepare('SELECT count(*) FROM audit').pluck().get();
    return createHash('sha256')
      .update(JSON.stringify([rows, audit]))
      .digest('hex');
  });
}

function mergeRefusal(main: string, out: string): ApiError {
  return withProject(main, (db) => {
    try {
      mergeWorkPackage(db, { file: out, actor: 'lead' });
    } catch (error) {
      if (error instanceof ApiError) return error;
      throw error;
    }
    throw new Error('the package was merged');
  });
}

describe('merging a work package someone changed by hand (fifth sweep)', () => {
  it('refuses a value that is not JSON, naming the package, article, field and value', () => {
    const { main, out, value } = projectAndPackage();
    tamper(
      out,
      `UPDATE field_values SET value = 'not json', state = 'accepted', revision = revision + 1
        WHERE id = ?`,
      value.id,
    );
    const before = contentHash(main);
    const error = mergeRefusal(main, out);
    expect(error.reason?.key).toBe('package-rows-invalid');
    expect(error.message).toContain('pkg.gleaner');
    expect(error.message).toContain(
      `article ${value.articleId}, field ${value.fieldKey}, value ${value.id}: its value is not JSON`,
    );
    expect(contentHash(main)).toBe(before);
  });

  it('refuses a span past the end of its page, and a span over other characters', () => {
    const { main, out, value } = projectAndPackage();
    tamper(
      out,
      `UPDATE value_spans SET start = start + 900000, "end" = "end" + 900000 WHERE value_id = ?`,
      value.id,
    );
    tamper(out, `UPDATE field_values SET revision = revision + 1 WHERE id = ?`, value.id);
    const before = contentHash(main);
    expect(mergeRefusal(main, out).message).toMatch(
      new RegExp(`value ${value.id}: its span \\d+–\\d+ lies past the end of its page`),
    );
    expect(contentHash(main)).toBe(before);

    const second = projectAndPackage();
    tamper(
      second.out,
      `UPDATE value_spans SET text = '别的字' WHERE value_id = ?`,
      second.value.id,
    );
    tamper(
      second.out,
      `UPDATE field_values SET revision = revision + 1 WHERE id = ?`,
      second.value.id,
    );
    expect(mergeRefusal(second.main, second.out).message).toMatch(
      new RegExp(
        `value ${second.value.id}: its span \\d+–\\d+ should read "别的字" but the page reads "`,
      ),
    );
  });

  it('refuses a value added in the package with such a span, and merges a sound one', () => {
    const { main, out, value } = projectAndPackage();
    const added = withProject(out, (db) => {
      const id = 1_000_000;
      db.prepare(
        `INSERT INTO field_values (id, article_id, field_key, ordinal, value, value_key, raw, origin,
           state, schema_id, schema_version, created_at, updated_at)
         SELECT ?, article_id, field_key, 99, '"假"', '"假"', '假', 'curator', 'added', schema_id,
                schema_version, created_at, updated_at FROM field_values WHERE id = ?`,
      ).run(id, value.id);
      db.prepare(
        `INSERT INTO value_spans (value_id, start, "end", text) VALUES (?, 0, 1, '假')`,
      ).run(id);
      return id;
    });
    expect(mergeRefusal(main, out).message).toContain(
      `value ${added}: its span 0–1 should read "假"`,
    );

    // Once the span reads what the page holds there, the same package merges.
    const first = withProject(
      main,
      (db) =>
        [
          ...(db
            .prepare(
              'SELECT d.text FROM documents d JOIN articles a ON a.document_id = d.id WHERE a.id = ?',
            )
            .pluck()
            .get(value.articleId) as string),
        ][0]!,
    );
    tamper(out, `UPDATE value_spans SET text = ? WHERE value_id = ?`, first, added);
    const merged = withProject(main, (db) => mergeWorkPackage(db, { file: out, actor: 'lead' }));
    expect(merged.status).toBe('merged');
    expect(withProject(main, (db) => checkProjectFile(db.name).problems)).toEqual([]);
  });
});
