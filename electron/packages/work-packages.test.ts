import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/contract/errors';
import type { Profile } from '../../shared/contract/profiles';
import { bundledSeedsDir } from '../app-root';
import type { ProjectDatabase } from '../database/open-project';
import { checkProjectFile } from '../services/check-project-file';
import { assignArticles } from '../services/assignment';
import { addComment } from '../services/comments';
import { Project } from '../services/project';
import { splitArticle } from '../services/segmentation-corrections';
import { addValue, editValue } from '../services/value-editing';
import { setValueState } from '../services/value-review';
import { addPeople } from '../test-support/people';
import { curatedContent } from '../test-support/curated-content';
import { useTempDir } from '../test-support/temp-dir';
import { createWorkPackage } from './create-package';
import { mergeWorkPackage } from './merge-package';
import { STAMP_KEY, type PackageStamp } from './package-stamp';
import { withProject } from '../test-support/with-project';

const tempDir = useTempDir('gleaner-packages-');

/** A seeded project (9 articles on 5 pages, values extracted), closed, at `dir/main.gleaner`. */
function seededProject(dir: string): string {
  const file = path.join(dir, 'main.gleaner');
  Project.open(file, { seedsDir: bundledSeedsDir }).close();
  return file;
}

interface ValueInfo {
  id: number;
  articleId: number;
  revision: number;
  value: string;
  state: string;
  fieldKey: string;
}

function valuesOf(db: ProjectDatabase, articleId: number): ValueInfo[] {
  return db
    .prepare(
      `SELECT id, article_id AS articleId, revision, value, state, field_key AS fieldKey
       FROM field_values WHERE article_id = ? ORDER BY id`,
    )
    .all(articleId) as ValueInfo[];
}

function documentsWithArticles(
  db: ProjectDatabase,
): { documentId: number; articleIds: number[] }[] {
  const rows = db
    .prepare('SELECT document_id AS documentId, id FROM articles ORDER BY document_id, ordinal')
    .all() as { documentId: number; id: number }[];
  const pages = new Map<number, number[]>();
  for (const r of rows) pages.set(r.documentId, [...(pages.get(r.documentId) ?? []), r.id]);
  return [...pages].map(([documentId, articleIds]) => ({ documentId, articleIds }));
}

function auditCount(db: ProjectDatabase): number {
  return (db.prepare('SELECT count(*) AS n FROM audit').get() as { n: number }).n;
}

function expectCheckPasses(file: string): void {
  const report = checkProjectFile(file);
  expect(report.problems).toEqual([]);
}

/** The first page with at least two articles and values: a page a package can carry. */
function pageWithValues(db: ProjectDatabase, skip: readonly number[] = []) {
  return documentsWithArticles(db).find(
    (p) => !skip.includes(p.documentId) && p.articleIds.every((id) => valuesOf(db, id).length > 0),
  )!;
}

/** A seeded project in `dir` and a package of its first page whose articles all have values. */
function packagedPage(dir: string) {
  const main = seededProject(dir);
  const out = path.join(dir, 'pkg.gleaner');
  const page = withProject(main, (db) => pageWithValues(db));
  withProject(main, (db) =>
    createWorkPackage(db, { selection: { articleIds: page.articleIds }, out, actor: 'lead' }),
  );
  return { main, out, page };
}

/** Edits the page's first value differently in the package (王芳) and in the project (李静). */
function editOnBothSides(main: string, out: string, page: { articleIds: number[] }): ValueInfo {
  const target = withProject(main, (db) => valuesOf(db, page.articleIds[0]!)[0]!);
  withProject(out, (db) =>
    editValue(db, { valueId: target.id, revision: target.revision, text: '包里的值' }, '王芳'),
  );
  withProject(main, (db) =>
    editValue(db, { valueId: target.id, revision: target.revision, text: '主项目的值' }, '李静'),
  );
  return target;
}

describe('work packages', () => {
  it('carries the chosen pages, their history and a stamp, as a project file that checks clean', () => {
    const dir = tempDir();
    const main = seededProject(dir);
    const out = path.join(dir, 'pkg.gleaner');
    const page = withProject(main, (db) => pageWithValues(db));
    const created = withProject(main, (db) =>
      createWorkPackage(db, {
        selection: { articleIds: [page.articleIds[0]!] },
        out,
        actor: 'lead',
      }),
    );
    expect(created.articles).toBe(page.articleIds.length);
    expect(created.documents).toBe(1);
    expect(fs.existsSync(`${out}-wal`)).toBe(false);
    expectCheckPasses(out);
    withProject(out, (db) => {
      expect(
        (
          db.prepare('SELECT id FROM articles ORDER BY document_id, ordinal').all() as {
            id: number;
          }[]
        ).map((r) => r.id),
      ).toEqual(page.articleIds);
      const stamp = JSON.parse(
        (db.prepare('SELECT value FROM meta WHERE key = ?').get(STAMP_KEY) as { value: string })
          .value,
      ) as PackageStamp;
      expect(stamp.packageId).toBe(created.packageId);
      expect(Object.keys(stamp.articles).map(Number)).toEqual(page.articleIds);
      expect(Object.keys(stamp.values).length).toBe(created.values);
      // The pages' history came along (extraction's rows), then the package's own row.
      const actions = (
        db.prepare('SELECT action FROM audit ORDER BY id').all() as { action: string }[]
      ).map((r) => r.action);
      expect(actions.length).toBeGreaterThan(1);
      expect(actions.at(-1)).toBe('create-package');
      expect(stamp.auditBase).toBe(actions.length);
    });
    withProject(main, (db) => {
      const last = db.prepare('SELECT action, after FROM audit ORDER BY id DESC LIMIT 1').get() as {
        action: string;
        after: string;
      };
      expect(last.action).toBe('create-package');
      expect(JSON.parse(last.after)).toMatchObject({
        package: created.packageId,
        file: 'pkg.gleaner',
      });
    });
  });

  it('refuses an empty selection and an existing file, naming it', () => {
    const dir = tempDir();
    const main = seededProject(dir);
    const out = path.join(dir, 'pkg.gleaner');
    fs.writeFileSync(out, 'mine');
    withProject(main, (db) => {
      expect(() =>
        createWorkPackage(db, { selection: { articleIds: [1] }, out, actor: 'lead' }),
      ).toThrow(/pkg\.gleaner already exists/);
      expect(() =>
        createWorkPackage(db, {
          selection: { filter: { status: 'approved' } },
          out: path.join(dir, 'other.gleaner'),
          actor: 'lead',
        }),
      ).toThrow(/holds no articles/);
    });
    expect(fs.readFileSync(out, 'utf8')).toBe('mine');
  });

  it('merges the work done in a package with its authors and times, once', () => {
    const dir = tempDir();
    const main = seededProject(dir);
    const out = path.join(dir, 'pkg.gleaner');
    const page = withProject(main, (db) => pageWithValues(db));
    const { packageId } = withProject(main, (db) =>
      createWorkPackage(db, { selection: { articleIds: page.articleIds }, out, actor: 'lead' }),
    );
    const [first, second] = page.articleIds as [number, number];
    // The curator's work, in the package.
    const edited = withProject(out, (db) => {
      const [a, b] = valuesOf(db, first) as [ValueInfo, ValueInfo];
      editValue(db, { valueId: a.id, revision: a.revision, text: '新的名字' }, '王芳');
      setValueState(db, { valueId: b.id, state: 'rejected', revision: b.revision }, '王芳');
      addComment(db, { articleId: second, body: '请核对日期' }, '王芳');
      const editedAt = (
        db.prepare("SELECT at FROM audit WHERE action = 'edit' AND entity_id = ?").get(a.id) as {
          at: string;
        }
      ).at;
      return { edited: a.id, rejected: b.id, editedAt };
    });
    const before = withProject(main, (db) => auditCount(db));
    const result = withProject(main, (db) => mergeWorkPackage(db, { file: out, actor: 'lead' }));
    expect(result.status).toBe('merged');
    withProject(main, (db) => {
      const values = valuesOf(db, first);
      expect(values.find((v) => v.id === edited.edited)).toMatchObject({ state: 'edited' });
      expect(values.find((v) => v.id === edited.edited)!.value).toContain('新的名字');
      expect(values.find((v) => v.id === edited.rejected)).toMatchObject({ state: 'rejected' });
      const comment = db
        .prepare('SELECT author, body FROM comments WHERE article_id = ?')
        .get(second);
      expect(comment).toEqual({ author: '王芳', body: '请核对日期' });
      const merged = db
        .prepare(
          'SELECT actor, entity, entity_id AS entityId, action, after FROM audit WHERE id > ? ORDER BY id',
        )
        .all(before) as {
        actor: string;
        entity: string;
        entityId: number;
        action: string;
        after: string;
      }[];
      const byCurator = merged.filter((r) => r.actor === '王芳');
      expect(byCurator.map((r) => r.action)).toEqual(
        expect.arrayContaining(['edit', 'set-state', 'add']),
      );
      for (const row of byCurator) expect(JSON.parse(row.after).merged.package).toBe(packageId);
      // The curator's time, not the merge's.
      const editRow = db
        .prepare("SELECT at FROM audit WHERE action = 'edit' AND entity_id = ? AND actor = '王芳'")
        .get(edited.edited) as { at: string };
      expect(editRow.at).toBe(edited.editedAt);
      expect(merged.at(-1)).toMatchObject({ actor: 'lead', action: 'merge-package' });
    });
    expectCheckPasses(main);

    const again = withProject(main, (db) => {
      const content = curatedContent(db);
      const rows = auditCount(db);
      const second = mergeWorkPackage(db, { file: out, actor: 'lead' });
      expect(curatedContent(db)).toEqual(content);
      expect(auditCount(db)).toBe(rows);
      return second;
    });
    expect(again.status).toBe('already-merged');
  });

  it('adds values and comments made in the package under new ids, their history renumbered', () => {
    const dir = tempDir();
    const { main, out, page } = packagedPage(dir);
    const articleId = page.articleIds[0]!;
    const range = withProject(main, (db) =>
      db
        .prepare('SELECT start FROM article_ranges WHERE article_id = ? ORDER BY start LIMIT 1')
        .get(articleId),
    ) as { start: number };
    const spans = [{ start: range.start, end: range.start + 2 }];
    const added = withProject(out, (db) => {
      const value = addValue(db, { articleId, fieldKey: 'honors', spans }, '王芳');
      addComment(db, { articleId, valueId: value.id, body: '新加的值' }, '王芳');
      return value;
    });
    // The package numbers its new value after its own rows: that id is another value here.
    const taken = withProject(main, (db) => {
      addValue(
        db,
        {
          articleId,
          fieldKey: 'honors',
          spans: [{ start: range.start + 2, end: range.start + 4 }],
        },
        '李静',
      );
      return db
        .prepare('SELECT article_id AS articleId FROM field_values WHERE id = ?')
        .get(added.id);
    }) as { articleId: number } | undefined;
    expect(taken).toBeDefined();
    expect(taken!.articleId).not.toBe(articleId);
    const result = withProject(main, (db) => mergeWorkPackage(db, { file: out, actor: 'lead' }));
    expect(result).toMatchObject({ status: 'merged', summary: { added: 1, comments: 1 } });
    withProject(main, (db) => {
      const rows = db
        .prepare(
          `SELECT v.id, v.raw, s.start, s.end FROM field_values v JOIN value_spans s ON s.value_id = v.id
           WHERE v.article_id = ? AND v.field_key = 'honors' AND v.origin = 'curator' ORDER BY v.id`,
        )
        .all(articleId) as { id: number; raw: string; start: number; end: number }[];
      expect(rows.map((r) => [r.start, r.end])).toEqual([
        [range.start + 2, range.start + 4],
        [range.start, range.start + 2],
      ]);
      const newId = rows[1]!.id;
      expect(newId).not.toBe(added.id);
      const comment = db
        .prepare('SELECT value_id AS valueId FROM comments WHERE body = ?')
        .get('新加的值');
      expect(comment).toEqual({ valueId: newId });
      const history = db
        .prepare(
          "SELECT entity_id AS entityId, after FROM audit WHERE entity = 'value' AND action = 'add' AND actor = '王芳'",
        )
        .all() as { entityId: number; after: string }[];
      expect(history.map((h) => h.entityId)).toEqual([newId]);
      expect(JSON.parse(history[0]!.after)).toMatchObject({
        article: articleId,
        merged: { row: expect.any(Number) },
      });
    });
    expectCheckPasses(main);
  });

  it('shows an article state changed on both sides, and segmentation split differently on both', () => {
    const dir = tempDir();
    const main = seededProject(dir);
    withProject(main, (db) => addPeople(db));
    const out = path.join(dir, 'pkg.gleaner');
    const page = withProject(main, (db) => pageWithValues(db));
    withProject(main, (db) =>
      createWorkPackage(db, { selection: { articleIds: page.articleIds }, out, actor: 'lead' }),
    );
    const [first, second] = page.articleIds as [number, number];
    const middleOf = (db: ProjectDatabase, id: number, part: number) => {
      const { start, end } = db
        .prepare(
          'SELECT min(start) AS start, max(end) AS end FROM article_ranges WHERE article_id = ?',
        )
        .get(id) as { start: number; end: number };
      return Math.floor(start + ((end - start) * part) / 4);
    };
    // The package starts work on the second article and splits the first at a quarter…
    withProject(out, (db) => {
      const v = valuesOf(db, second)[0]!;
      setValueState(db, { valueId: v.id, state: 'accepted', revision: v.revision }, '王芳');
      splitArticle(db, { articleId: first, at: middleOf(db, first, 1) }, '王芳');
    });
    // …the project assigns the second article and splits the first at three quarters.
    withProject(main, (db) => {
      const admin = db
        .prepare("SELECT id, name, role FROM profiles WHERE name = '李明'")
        .get() as Profile;
      const curator = db.prepare("SELECT id FROM profiles WHERE name = '王芳'").get() as {
        id: number;
      };
      assignArticles(
        db,
        { assigneeId: curator.id, articleIds: [second] },
        { ...admin, hasPassphrase: true, retired: false },
      );
      splitArticle(db, { articleId: first, at: middleOf(db, first, 3) }, '李明');
    });
    const stopped = withProject(main, (db) => mergeWorkPackage(db, { file: out, actor: 'lead' }));
    expect(stopped.status).toBe('conflicts');
    if (stopped.status !== 'conflicts') return;
    expect(stopped.conflicts.map((c) => c.id).sort()).toEqual(
      [`segmentation:${page.documentId}`, `article:${second}`].sort(),
    );
    // The project's assignment against the package's accepted value: one conflict of the
    // article, standing for its state too.
    const state = stopped.conflicts.find((c) => c.kind === 'article')!;
    expect(state.main.summary).toBe('new · 王芳');
    expect(state.package.summary).toBe('in_progress; values edited');

    const before = withProject(main, (db) => curatedContent(db));
    const kept = withProject(main, (db) =>
      mergeWorkPackage(db, { file: out, actor: 'lead', resolutions: { prefer: 'main' } }),
    );
    expect(kept.status).toBe('merged');
    withProject(main, (db) => {
      const pageRows = (curatedContent(db) as { document: number; ranges: string }[]).filter(
        (a) => a.document === page.documentId,
      );
      // The project's segmentation and state stand; the package's split stays in the history.
      expect(pageRows.map((a) => a.ranges)).toEqual(
        (before as { document: number; ranges: string }[])
          .filter((a) => a.document === page.documentId)
          .map((a) => a.ranges),
      );
      const status = db.prepare('SELECT status FROM articles WHERE id = ?').get(second);
      expect(status).toEqual({ status: 'new' });
      const decided = db
        .prepare("SELECT count(*) AS n FROM audit WHERE action = 'merge-conflict'")
        .get() as { n: number };
      expect(decided.n).toBe(2);
    });
    expectCheckPasses(main);
  });

  it("takes the package's segmentation over a different split of the project when told to", () => {
    const dir = tempDir();
    const { main, out, page } = packagedPage(dir);
    const first = page.articleIds[0]!;
    const at = (db: ProjectDatabase, part: number) => {
      const { start, end } = db
        .prepare(
          'SELECT min(start) AS start, max(end) AS end FROM article_ranges WHERE article_id = ?',
        )
        .get(first) as { start: number; end: number };
      return Math.floor(start + ((end - start) * part) / 4);
    };
    const packagePage = withProject(out, (db) => {
      splitArticle(db, { articleId: first, at: at(db, 1) }, '王芳');
      return (curatedContent(db) as { ranges: string; values: string | null }[]).map(
        (a) => a.ranges,
      );
    });
    const valuesBefore = withProject(main, (db) => {
      splitArticle(db, { articleId: first, at: at(db, 3) }, '李静');
      return (db.prepare('SELECT count(*) AS n FROM field_values').get() as { n: number }).n;
    });
    const result = withProject(main, (db) =>
      mergeWorkPackage(db, { file: out, actor: 'lead', resolutions: { prefer: 'package' } }),
    );
    expect(result.status).toBe('merged');
    withProject(main, (db) => {
      const pageRows = (curatedContent(db) as { document: number; ranges: string }[]).filter(
        (a) => a.document === page.documentId,
      );
      expect(pageRows.map((a) => a.ranges)).toEqual(packagePage);
      // No value was lost with the project's article that the package's segmentation replaced.
      const after = (db.prepare('SELECT count(*) AS n FROM field_values').get() as { n: number }).n;
      expect(after).toBeGreaterThanOrEqual(valuesBefore);
    });
    expectCheckPasses(main);
  });

  it('refuses a package made from another project', () => {
    const dir = tempDir();
    const main = seededProject(dir);
    const otherDir = path.join(dir, 'other');
    fs.mkdirSync(otherDir);
    const other = seededProject(otherDir);
    const out = path.join(dir, 'pkg.gleaner');
    withProject(other, (db) =>
      createWorkPackage(db, { selection: { articleIds: [1] }, out, actor: 'lead' }),
    );
    const error = withProject(main, (db) => {
      try {
        mergeWorkPackage(db, { file: out, actor: 'lead' });
      } catch (caught) {
        return caught as ApiError;
      }
      throw new Error('the merge should have been refused');
    });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/pkg\.gleaner was made from another project/);
    expect(() =>
      withProject(main, (db) => mergeWorkPackage(db, { file: main, actor: 'lead' })),
    ).toThrow(/is not a work package/);
  });

  it('stops on a value changed on both sides, and applies the chosen side keeping the other in history', () => {
    const dir = tempDir();
    const { main, out, page } = packagedPage(dir);
    const target = editOnBothSides(main, out, page);
    const stopped = withProject(main, (db) => {
      const content = curatedContent(db);
      const result = mergeWorkPackage(db, { file: out, actor: 'lead' });
      expect(curatedContent(db)).toEqual(content);
      return result;
    });
    expect(stopped.status).toBe('conflicts');
    if (stopped.status !== 'conflicts') return;
    expect(stopped.conflicts).toHaveLength(1);
    const [conflict] = stopped.conflicts;
    expect(conflict).toMatchObject({ id: `value:${target.id}`, kind: 'value' });
    expect(conflict!.main).toMatchObject({ actor: '李静' });
    expect(conflict!.package).toMatchObject({ actor: '王芳' });
    expect(conflict!.main.summary).toContain('主项目的值');
    expect(conflict!.package.summary).toContain('包里的值');
    // The value itself (parsed), for the conflict view to show as text of its field's type.
    expect(conflict!.package).toMatchObject({ value: '包里的值', state: 'edited' });

    const merged = withProject(main, (db) =>
      mergeWorkPackage(db, {
        file: out,
        actor: 'lead',
        resolutions: { choices: { [conflict!.id]: 'package' } },
      }),
    );
    expect(merged.status).toBe('merged');
    withProject(main, (db) => {
      const now = valuesOf(db, page.articleIds[0]!).find((v) => v.id === target.id)!;
      expect(now.value).toContain('包里的值');
      expect(now.revision).toBeGreaterThan(target.revision + 1);
      const row = db
        .prepare("SELECT before, after FROM audit WHERE action = 'merge-conflict'")
        .get() as { before: string; after: string };
      expect(JSON.parse(row.before).main.summary).toContain('主项目的值');
      expect(JSON.parse(row.after)).toMatchObject({ choice: 'package' });
    });
    expectCheckPasses(main);
  });

  it('keeps the project side when told to prefer main', () => {
    const dir = tempDir();
    const { main, out, page } = packagedPage(dir);
    const target = editOnBothSides(main, out, page);
    const result = withProject(main, (db) =>
      mergeWorkPackage(db, { file: out, actor: 'lead', resolutions: { prefer: 'main' } }),
    );
    expect(result.status).toBe('merged');
    withProject(main, (db) => {
      const now = valuesOf(db, page.articleIds[0]!).find((v) => v.id === target.id)!;
      expect(now.value).toContain('主项目的值');
    });
    expectCheckPasses(main);
  });

  it('takes a split made in the package, with the values it moved', () => {
    const dir = tempDir();
    const { main, out, page } = packagedPage(dir);
    const split = withProject(out, (db) => {
      const articleId = page.articleIds[0]!;
      const { start, end } = db
        .prepare(
          'SELECT min(start) AS start, max(end) AS end FROM article_ranges WHERE article_id = ?',
        )
        .get(articleId) as { start: number; end: number };
      const result = splitArticle(db, { articleId, at: Math.floor((start + end) / 2) }, '王芳');
      return { content: curatedContent(db), articleIds: result.articleIds };
    });
    expect(split.articleIds).toHaveLength(page.articleIds.length + 1);
    withProject(main, (db) => {
      expect(mergeWorkPackage(db, { file: out, actor: 'lead' }).status).toBe('merged');
      const pageRows = (curatedContent(db) as { document: number }[]).filter(
        (a) => a.document === page.documentId,
      );
      expect(pageRows).toEqual(split.content);
    });
    expectCheckPasses(main);
  });

  it('merges packages of different pages in either order to the same project', () => {
    const dir = tempDir();
    const base = seededProject(dir);
    const pages = withProject(base, (db) => {
      const one = pageWithValues(db);
      return [one, pageWithValues(db, [one.documentId])];
    });
    const packages = pages.map((page, i) => {
      const out = path.join(dir, `pkg${i}.gleaner`);
      withProject(base, (db) =>
        createWorkPackage(db, { selection: { articleIds: page.articleIds }, out, actor: 'lead' }),
      );
      withProject(out, (db) => {
        const [v] = valuesOf(db, page.articleIds[0]!);
        editValue(db, { valueId: v!.id, revision: v!.revision, text: `第${i}包` }, `curator${i}`);
        addComment(db, { articleId: page.articleIds[0]!, body: `comment ${i}` }, `curator${i}`);
      });
      return out;
    });
    const results = [packages, [...packages].reverse()].map((order, n) => {
      const copy = path.join(dir, `copy${n}.gleaner`);
      fs.copyFileSync(base, copy);
      withProject(copy, (db) => {
        for (const file of order)
          expect(mergeWorkPackage(db, { file, actor: 'lead' }).status).toBe('merged');
        // Merging everything again changes nothing.
        for (const file of order)
          expect(mergeWorkPackage(db, { file, actor: 'lead' }).status).toBe('already-merged');
      });
      expectCheckPasses(copy);
      return withProject(copy, (db) => curatedContent(db));
    });
    expect(results[0]).toEqual(results[1]);
  });
});

describe('a work package write killed midway', () => {
  it('leaves no partial file behind once the next package is written there, and spares a running write', () => {
    const dir = tempDir();
    const file = seededProject(dir);
    const out = path.join(dir, 'for-wang.gleaner');
    // The process ids of a write killed with -9 (a child that has exited) and of one running.
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const running = process.ppid;
    const leftovers = ['', '-wal', '-shm'].map((suffix) => `${out}.partial-${dead}${suffix}`);
    for (const leftover of leftovers) fs.writeFileSync(leftover, 'half a package');
    fs.writeFileSync(`${out}.partial-${running}`, 'a package being written');

    withProject(file, (db) =>
      createWorkPackage(db, { selection: { articleIds: [1] }, out, actor: 'lead' }),
    );
    expect(
      fs
        .readdirSync(dir)
        .filter((name) => name.startsWith('for-wang'))
        .sort(),
    ).toEqual(['for-wang.gleaner', `for-wang.gleaner.partial-${running}`]);
  });
});
