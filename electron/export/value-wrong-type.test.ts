import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/errors';
import { bundledSeedsDir } from '../app-root';
import { createWorkPackage } from '../packages/create-package';
import { mergeWorkPackage } from '../packages/merge-package';
import { checkProjectFile } from '../services/check-project-file';
import { Project } from '../services/project';
import { useTempDir } from '../test-support/temp-dir';
import { withProject } from '../test-support/with-project';
import { exportToFile } from './export-formats';

/**
 * A stored value that is JSON but not of its field's type: a string where the field holds money,
 * a place without its name (sixth attack sweep). Gleaner never writes one; another program or a
 * colleague's edited package can. Before, `gleaner check` found nothing, exports wrote it as it
 * came (a CSV money cell of the bare string, or garbage in a typed column) and a merge took it.
 */

const tempDir = useTempDir('gleaner-value-type-');

interface Where {
  id: number;
  articleId: number;
  fieldKey: string;
}

function seeded(): { dir: string; file: string } {
  const dir = tempDir();
  const file = path.join(dir, 'p.gleaner');
  Project.open(file, { seedsDir: bundledSeedsDir }).close();
  return { dir, file };
}

/** The first value of a field, changed as another program would change it. */
function retype(file: string, fieldKey: string, value: unknown, extractor?: string): Where {
  const db = new Database(file);
  const row = db
    .prepare(
      'SELECT id, article_id AS articleId, field_key AS fieldKey FROM field_values WHERE field_key = ? ORDER BY id LIMIT 1',
    )
    .get(fieldKey) as Where;
  db.prepare(
    'UPDATE field_values SET value = ?, extractor = coalesce(?, extractor) WHERE id = ?',
  ).run(JSON.stringify(value), extractor ?? null, row.id);
  db.close();
  return row;
}

describe('a stored value of the wrong type for its field (sixth sweep)', () => {
  it('is named by gleaner check: article, field, value and what is wrong', () => {
    const { file } = seeded();
    const money = retype(file, 'investments', '四千一百万元');
    const place = retype(file, 'city', { name: 5, code: '2109' });
    const messages = checkProjectFile(file)
      .problems.filter((p) => p.kind === 'value')
      .map((p) => p.message);
    expect(messages).toHaveLength(2);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(
            `^article ${money.articleId}, field investments, value ${money.id}: not a value of type money \\(`,
          ),
        ),
        expect.stringMatching(
          new RegExp(
            `^article ${place.articleId}, field city, value ${place.id}: not a value of type place \\(name: `,
          ),
        ),
      ]),
    );
  });

  it('stops an export naming the value, with no file left', async () => {
    const { dir, file } = seeded();
    const money = retype(file, 'investments', { amount: 'a lot', currency: 'CNY', approx: null });
    for (const format of ['csv', 'jsonl', 'parquet'] as const) {
      const out = path.join(dir, `out.${format}`);
      const project = Project.open(file, { mustExist: true });
      const error = await exportToFile(project.db, format, {
        out,
        actor: 't',
        filter: { status: 'any' },
      }).then(
        () => null,
        (e: unknown) => e,
      );
      project.close();
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).reason?.key).toBe('value-wrong-type');
      expect((error as ApiError).message).toContain(
        `Value ${money.id} of article ${money.articleId} (field "investments", a money field) is not a value of type money (amount: `,
      );
    }
    expect(
      fs.readdirSync(dir).filter((name) => name.startsWith('out') || name.startsWith('.out')),
    ).toEqual([]);
  });

  it('is not found in a field pattern’s value, which is the text as matched', () => {
    const { file } = seeded();
    retype(file, 'investments', '四千一百万元', 'pattern:investments@1');
    expect(checkProjectFile(file).problems).toEqual([]);
  });

  it('in a work package refuses the merge, nothing merged; mended, the package merges', () => {
    const { dir, file } = seeded();
    const out = path.join(dir, 'pkg.gleaner');
    const target = withProject(file, (db) => {
      const row = db
        .prepare(
          `SELECT id, article_id AS articleId FROM field_values WHERE field_key = 'beds' ORDER BY id LIMIT 1`,
        )
        .get() as { id: number; articleId: number };
      createWorkPackage(db, { selection: { articleIds: [row.articleId] }, out, actor: 'lead' });
      return row;
    });
    const pkg = new Database(out);
    pkg
      .prepare(
        `UPDATE field_values SET value = '"五百张"', state = 'accepted', revision = revision + 1 WHERE id = ?`,
      )
      .run(target.id);
    pkg.close();
    const countValues = (): unknown =>
      withProject(file, (db) =>
        db.prepare(`SELECT group_concat(value || state) FROM field_values`).pluck().get(),
      );
    const before = countValues();
    const refusal = withProject(file, (db) => {
      try {
        mergeWorkPackage(db, { file: out, actor: 'lead' });
        return null;
      } catch (error) {
        return error as ApiError;
      }
    });
    expect(refusal?.reason?.key).toBe('package-rows-invalid');
    expect(refusal?.message).toContain(
      `article ${target.articleId}, field beds, value ${target.id}: its value is not a value of type integer (`,
    );
    expect(countValues()).toBe(before);

    const mended = new Database(out);
    mended.prepare(`UPDATE field_values SET value = '500' WHERE id = ?`).run(target.id);
    mended.close();
    expect(
      withProject(file, (db) => mergeWorkPackage(db, { file: out, actor: 'lead' })).status,
    ).toBe('merged');
  });
});
