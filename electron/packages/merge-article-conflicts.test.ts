import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../shared/contract/profiles';
import { bundledSeedsDir } from '../app-root';
import type { ProjectDatabase } from '../database/open-project';
import { checkProjectFile } from '../services/check-project-file';
import { addComment } from '../services/comments';
import { Project } from '../services/project';
import { editValue } from '../services/value-editing';
import { setValueState } from '../services/value-review';
import { transitionArticle } from '../services/workflow';
import { addPeople } from '../test-support/people';
import { useTempDir } from '../test-support/temp-dir';
import { createWorkPackage } from './create-package';
import { mergeWorkPackage, type MergeResult } from './merge-package';
import { withProject } from '../test-support/with-project';

const tempDir = useTempDir('gleaner-merge-article-');

const admin = (db: ProjectDatabase): Profile => ({
  ...(db.prepare("SELECT id, name, role FROM profiles WHERE name = '李明'").get() as Profile),
  hasPassphrase: true,
  retired: false,
});

/** Fields that take any text (a place or a date would refuse the test's words). */
const freeText = "('hospital', 'honors', 'centers')";

interface Row {
  id: number;
  revision: number;
  value: string;
  state: string;
}

const valuesOf = (db: ProjectDatabase, articleId: number) =>
  db
    .prepare(
      `SELECT id, revision, value, state FROM field_values
       WHERE article_id = ? AND field_key IN ${freeText} ORDER BY id`,
    )
    .all(articleId) as Row[];

const articleOf = (db: ProjectDatabase, id: number) =>
  db.prepare('SELECT status, revision FROM articles WHERE id = ?').get(id) as {
    status: string;
    revision: number;
  };

/**
 * A project whose first article with two values is already in progress (a value accepted) when
 * it is packaged: editing more values in the package leaves its state as stamped.
 */
function inProgressPackage(dir: string) {
  const main = path.join(dir, 'main.gleaner');
  Project.open(main, { seedsDir: bundledSeedsDir }).close();
  const out = path.join(dir, 'pkg.gleaner');
  const articleId = withProject(main, (db) => {
    addPeople(db);
    const { id } = db
      .prepare(
        `SELECT article_id AS id FROM field_values WHERE field_key IN ${freeText}
         GROUP BY article_id HAVING count(*) >= 2 ORDER BY article_id LIMIT 1`,
      )
      .get() as { id: number };
    const first = valuesOf(db, id)[0]!;
    setValueState(db, { valueId: first.id, state: 'accepted', revision: first.revision }, '李明');
    createWorkPackage(db, { selection: { articleIds: [id] }, out, actor: 'lead' });
    return id;
  });
  return { main, out, articleId };
}

function merge(main: string, out: string, prefer?: 'package' | 'main'): MergeResult {
  return withProject(main, (db) =>
    mergeWorkPackage(db, { file: out, actor: 'lead', resolutions: { prefer } }),
  );
}

describe('an article changed in different ways on both sides', () => {
  it('stops when the project submitted it while the package edited its values', () => {
    const dir = tempDir();
    const { main, out, articleId } = inProgressPackage(dir);
    const edited = withProject(out, (db) => {
      const second = valuesOf(db, articleId)[1]!;
      editValue(
        db,
        { valueId: second.id, revision: second.revision, text: '包里改的医院' },
        '王芳',
      );
      return second.id;
    });
    withProject(main, (db) => {
      const { revision } = articleOf(db, articleId);
      transitionArticle(db, { articleId, revision, action: 'submit' }, admin(db));
    });
    const stopped = merge(main, out);
    expect(stopped.status).toBe('conflicts');
    if (stopped.status !== 'conflicts') return;
    expect(stopped.conflicts.map((c) => c.id)).toEqual([`article:${articleId}`]);
    expect(stopped.conflicts[0]!.main).toMatchObject({ summary: 'submitted', actor: '李明' });
    expect(stopped.conflicts[0]!.package).toMatchObject({
      summary: 'in_progress (unchanged); values edited',
      actor: '王芳',
    });

    // Keeping the project's side leaves the submitted article as it was submitted…
    const keptDir = tempDir();
    const kept = path.join(keptDir, 'main.gleaner');
    withProject(main, (db) => db.exec(`VACUUM INTO '${kept}'`));
    expect(merge(kept, out, 'main').status).toBe('merged');
    withProject(kept, (db) => {
      expect(articleOf(db, articleId).status).toBe('submitted');
      expect(valuesOf(db, articleId).find((v) => v.id === edited)!.value).not.toBe(
        '"包里改的医院"',
      );
    });
    // …taking the package's takes its values and its state: the submission is undone, and
    // stays in the history beside the decision.
    expect(merge(main, out, 'package').status).toBe('merged');
    withProject(main, (db) => {
      expect(articleOf(db, articleId).status).toBe('in_progress');
      expect(valuesOf(db, articleId).find((v) => v.id === edited)!.value).toBe('"包里改的医院"');
      const decided = db
        .prepare("SELECT before, after FROM audit WHERE action = 'merge-conflict'")
        .get() as { before: string; after: string };
      expect(JSON.parse(decided.before).main.summary).toBe('submitted');
      expect(JSON.parse(decided.after).choice).toBe('package');
    });
    for (const file of [main, kept]) expect(checkProjectFile(file).problems).toEqual([]);
  });

  it('stops when the package submitted it while the project edited a value', () => {
    const dir = tempDir();
    const { main, out, articleId } = inProgressPackage(dir);
    withProject(out, (db) => {
      const { revision } = articleOf(db, articleId);
      transitionArticle(db, { articleId, revision, action: 'submit' }, admin(db));
    });
    withProject(main, (db) => {
      const second = valuesOf(db, articleId)[1]!;
      editValue(
        db,
        { valueId: second.id, revision: second.revision, text: '主里改的医院' },
        '李静',
      );
    });
    const stopped = merge(main, out);
    expect(stopped.status === 'conflicts' && stopped.conflicts.map((c) => c.id)).toEqual([
      `article:${articleId}`,
    ]);
  });

  it('stops when the project commented on it while the package submitted it', () => {
    const dir = tempDir();
    const { main, out, articleId } = inProgressPackage(dir);
    withProject(out, (db) => {
      const { revision } = articleOf(db, articleId);
      transitionArticle(db, { articleId, revision, action: 'submit' }, admin(db));
    });
    withProject(main, (db) => addComment(db, { articleId, body: '请核对医院名称' }, '李明'));
    const stopped = merge(main, out);
    expect(stopped.status === 'conflicts' && stopped.conflicts[0]!.main.summary).toBe(
      'in_progress (unchanged); 1 new comment',
    );
  });

  it('merges without a conflict when both sides only edited different values', () => {
    const dir = tempDir();
    const { main, out, articleId } = inProgressPackage(dir);
    const edit = (file: string, index: number, text: string, who: string) =>
      withProject(file, (db) => {
        const v = valuesOf(db, articleId)[index]!;
        editValue(db, { valueId: v.id, revision: v.revision, text }, who);
      });
    edit(out, 1, '包里改的医院', '王芳');
    edit(main, 0, '主里改的医院', '李静');
    expect(merge(main, out).status).toBe('merged');
    withProject(main, (db) =>
      expect(
        valuesOf(db, articleId)
          .map((v) => v.value)
          .slice(0, 2),
      ).toEqual(['"主里改的医院"', '"包里改的医院"']),
    );
  });
});
