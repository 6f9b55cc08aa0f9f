import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/errors';
import type { Profile } from '../../shared/contract/profiles';
import { bundledSeedsDir } from '../app-root';
import type { ProjectDatabase } from '../database/open-project';
import { checkProjectFile } from '../services/check-project-file';
import { addComment } from '../services/comments';
import { Project } from '../services/project';
import { editValue, removeValue } from '../services/value-editing';
import { setValueState } from '../services/value-review';
import { transitionArticle } from '../services/workflow';
import { curatedContent } from '../test-support/curated-content';
import { useTempDir } from '../test-support/temp-dir';
import { createWorkPackage } from './create-package';
import { mergeWorkPackage, type MergeResult } from './merge-package';
import type { MergeConflict } from './merge-plan';
import { withProject } from '../test-support/with-project';
import { seededRandom as random } from '../../shared/testing/seeded-random';

const tempDir = useTempDir('gleaner-merge-property-');

type Content = { value: string; state: string } | null;

const contentOf = (db: ProjectDatabase, id: number): Content =>
  (db.prepare('SELECT value, state FROM field_values WHERE id = ?').get(id) as Content) ?? null;

const row = (db: ProjectDatabase, sql: string, id: number) =>
  db.prepare(sql).get(id) as { revision: number; articleId: number; status: string } | undefined;

/** What one side's acknowledged edits left, per value, article state and comment. */
interface Acknowledged {
  values: Map<number, Content>;
  states: Map<number, string>;
  comments: Map<string, number>;
  /** Articles the side changed in any way (for the conflicts that stand for an article). */
  articles: Set<number>;
}

/**
 * Random edits of one side on a small pool of values: edit, accept, reject, remove a value,
 * submit its article, or comment on it. A refused edit (an extracted value is rejected, not
 * removed; a submitted article is read-only) is not acknowledged and not counted.
 */
function editSide(file: string, pool: readonly number[], next: () => number, who: string) {
  const done: Acknowledged = {
    values: new Map(),
    states: new Map(),
    comments: new Map(),
    articles: new Set(),
  };
  const admin: Profile = { id: 1, name: who, role: 'admin', hasPassphrase: false, retired: false };
  withProject(file, (db) => {
    for (let step = 0; step < 25; step++) {
      const id = pool[Math.floor(next() * pool.length)]!;
      const value = row(
        db,
        'SELECT revision, article_id AS articleId FROM field_values WHERE id = ?',
        id,
      );
      if (!value) continue;
      const { revision, articleId } = value;
      const op = Math.floor(next() * 6);
      try {
        if (op === 0) editValue(db, { valueId: id, revision, text: `${who}医院${step}` }, who);
        else if (op === 1) setValueState(db, { valueId: id, state: 'accepted', revision }, who);
        else if (op === 2) setValueState(db, { valueId: id, state: 'rejected', revision }, who);
        else if (op === 3) removeValue(db, { valueId: id, revision }, who);
        else if (op === 4) {
          const article = row(db, 'SELECT revision FROM articles WHERE id = ?', articleId)!;
          transitionArticle(db, { articleId, revision: article.revision, action: 'submit' }, admin);
        } else addComment(db, { articleId, body: `${who}的意见${step}` }, who);
      } catch (error) {
        if (error instanceof ApiError) continue;
        throw error;
      }
      done.articles.add(articleId);
      if (op < 4) done.values.set(id, contentOf(db, id));
      if (op === 5) done.comments.set(`${who}的意见${step}`, articleId);
      const status = row(db, 'SELECT status FROM articles WHERE id = ?', articleId)!.status;
      done.states.set(articleId, status);
    }
  });
  return done;
}

/** Whether a shown conflict stands for this value, or for its article or page. */
function shownFor(
  conflicts: readonly MergeConflict[],
  kind: 'value' | 'article',
  id: number,
  articleOf: (v: number) => number,
) {
  const article = kind === 'value' ? articleOf(id) : id;
  return conflicts.some(
    (c) =>
      (kind === 'value' && c.kind === 'value' && c.rowId === id) ||
      ((c.kind === 'article' || c.kind === 'state') && c.rowId === article),
  );
}

function packagedProject(dir: string, seed: number) {
  const next = random(seed);
  const main = path.join(dir, 'main.gleaner');
  Project.open(main, { seedsDir: bundledSeedsDir }).close();
  const out = path.join(dir, 'pkg.gleaner');
  const pool = withProject(main, (db) => {
    createWorkPackage(db, { selection: { filter: {} }, out, actor: 'lead' });
    const ids = (
      db
        .prepare(
          "SELECT id FROM field_values WHERE field_key IN ('hospital', 'honors', 'centers') ORDER BY id",
        )
        .all() as { id: number }[]
    ).map((r) => r.id);
    // A small pool, so both sides often touch the same values and articles.
    return ids.filter(() => next() < 0.5).slice(0, 12);
  });
  return { main, out, pool, next };
}

describe('merging random edits of both sides', () => {
  it.each([1, 2, 3, 4, 5, 6, 9, 10])(
    'loses no acknowledged edit without showing a conflict, and a second merge changes nothing (seed %i)',
    (seed) => {
      const dir = tempDir();
      const { main, out, pool, next } = packagedProject(dir, seed);
      const inPackage = editSide(out, pool, next, '王芳');
      const inMain = editSide(main, pool, next, '李静');
      for (const prefer of ['package', 'main'] as const) {
        const copy = path.join(dir, `merged-${prefer}.gleaner`);
        fs.copyFileSync(main, copy);
        withProject(copy, (db) => {
          const first = mergeWorkPackage(db, { file: out, actor: 'lead' });
          const shown = first.status === 'conflicts' ? first.conflicts : [];
          const result: MergeResult =
            first.status === 'conflicts'
              ? mergeWorkPackage(db, { file: out, actor: 'lead', resolutions: { prefer } })
              : first;
          expect(result.status).toBe('merged');
          expect(inPackage.articles.size).toBeGreaterThan(0);
          const articleOf = (id: number) =>
            (
              db.prepare('SELECT article_id AS a FROM field_values WHERE id = ?').get(id) as
                { a: number } | undefined
            )?.a ?? -1;
          expectKept(db, {
            mine: inPackage,
            theirs: inMain,
            lostTo: 'main',
            prefer,
            shown,
            articleOf,
          });
          expectKept(db, {
            mine: inMain,
            theirs: inPackage,
            lostTo: 'package',
            prefer,
            shown,
            articleOf,
          });
          const before = curatedContent(db);
          const rows = db.prepare('SELECT count(*) AS n FROM audit').get();
          expect(mergeWorkPackage(db, { file: out, actor: 'lead' }).status).toBe('already-merged');
          expect(curatedContent(db)).toEqual(before);
          expect(db.prepare('SELECT count(*) AS n FROM audit').get()).toEqual(rows);
        });
        expect(checkProjectFile(copy).problems).toEqual([]);
      }
    },
    60_000,
  );

  it.each([7, 8])(
    'merges packages of different pages in either order to the same project (seed %i)',
    (seed) => {
      const dir = tempDir();
      const next = random(seed);
      const main = path.join(dir, 'main.gleaner');
      Project.open(main, { seedsDir: bundledSeedsDir }).close();
      const packages = withProject(main, (db) => {
        const pages = (
          db.prepare('SELECT DISTINCT document_id AS id FROM articles ORDER BY id').all() as {
            id: number;
          }[]
        ).map((r) => r.id);
        return [pages.slice(0, 2), pages.slice(2)].map((chosen, i) => {
          const out = path.join(dir, `pkg-${i}.gleaner`);
          const ids = db
            .prepare(`SELECT id FROM articles WHERE document_id IN (${chosen.join(',')})`)
            .all() as { id: number }[];
          createWorkPackage(db, {
            selection: { articleIds: ids.map((r) => r.id) },
            out,
            actor: 'lead',
          });
          const pool = (
            db
              .prepare(
                `SELECT v.id FROM field_values v JOIN articles a ON a.id = v.article_id
               WHERE a.document_id IN (${chosen.join(',')}) AND v.field_key IN ('hospital', 'honors', 'centers')`,
              )
              .all() as { id: number }[]
          ).map((r) => r.id);
          return { out, pool };
        });
      });
      packages.forEach(({ out, pool }, i) => editSide(out, pool, next, i === 0 ? '王芳' : '赵磊'));
      const results = [packages, [...packages].reverse()].map((order, i) => {
        const copy = path.join(dir, `order-${i}.gleaner`);
        fs.copyFileSync(main, copy);
        return withProject(copy, (db) => {
          for (const { out } of order)
            expect(mergeWorkPackage(db, { file: out, actor: 'lead' }).status).toBe('merged');
          return curatedContent(db);
        });
      });
      expect(results[0]).toEqual(results[1]);
    },
  );
});

/**
 * Each acknowledged edit of one side is in the merged project, unless a conflict standing for
 * it was shown and decided for the other side, or the other side made the same row differently
 * (which must then have been shown).
 */
function expectKept(
  db: ProjectDatabase,
  check: {
    mine: Acknowledged;
    theirs: Acknowledged;
    lostTo: 'main' | 'package';
    prefer: 'main' | 'package';
    shown: readonly MergeConflict[];
    articleOf: (valueId: number) => number;
  },
): void {
  const { mine, theirs, shown, articleOf } = check;
  const lost = check.prefer === check.lostTo;
  for (const [id, content] of mine.values) {
    const conflict = shownFor(shown, 'value', id, articleOf);
    if (conflict && lost) continue;
    const other = theirs.values.get(id);
    if (!conflict && theirs.values.has(id) && JSON.stringify(other) !== JSON.stringify(content))
      throw new Error(`value ${id} changed differently on both sides without a conflict`);
    if (!conflict && theirs.values.has(id)) continue;
    if (conflict && !lost) {
      expect(contentOf(db, id), `edit of value ${id}`).toEqual(content);
      continue;
    }
    if (!theirs.values.has(id)) expect(contentOf(db, id), `edit of value ${id}`).toEqual(content);
  }
  for (const [articleId, status] of mine.states) {
    const conflict = shownFor(shown, 'article', articleId, articleOf);
    if (conflict && lost) continue;
    if (!conflict && theirs.states.has(articleId) && theirs.states.get(articleId) !== status)
      throw new Error(
        `article ${articleId} changed state differently on both sides without a conflict`,
      );
    const now = (
      db.prepare('SELECT status FROM articles WHERE id = ?').get(articleId) as { status: string }
    ).status;
    expect(now, `state of article ${articleId}`).toBe(status);
  }
  for (const [body, articleId] of mine.comments) {
    if (shownFor(shown, 'article', articleId, articleOf) && lost) continue;
    expect(
      db.prepare('SELECT 1 AS found FROM comments WHERE body = ?').get(body),
      `comment ${body}`,
    ).toBeDefined();
  }
}
