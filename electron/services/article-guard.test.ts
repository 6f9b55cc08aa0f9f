import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/errors';
import { bundledSeedsDir } from '../app-root';
import { useTempDir } from '../test-support/temp-dir';
import { Project } from './project';
import { addValue, editValue, readValue } from './value-editing';
import { setValueState } from './value-review';

const tempDir = useTempDir();

function seeded() {
  const project = Project.open(path.join(tempDir(), 'p.gleaner'), { seedsDir: bundledSeedsDir });
  const { db } = project;
  const articleId = (db.prepare('SELECT min(id) AS id FROM articles').get() as { id: number }).id;
  const value = () =>
    readValue(
      db,
      (
        db
          .prepare("SELECT id FROM field_values WHERE article_id = ? AND field_key = 'people'")
          .get(articleId) as { id: number }
      ).id,
    );
  const article = () =>
    db.prepare('SELECT status, revision FROM articles WHERE id = ?').get(articleId) as {
      status: string;
      revision: number;
    };
  const transitions = () =>
    (
      db
        .prepare(
          "SELECT before, after FROM audit WHERE entity = 'article' AND action = 'transition' AND entity_id = ?",
        )
        .all(articleId) as { before: string; after: string }[]
    ).map((r) => ({
      before: JSON.parse(r.before) as unknown,
      after: JSON.parse(r.after) as unknown,
    }));
  return { project, db, articleId, value, article, transitions };
}

describe('the article guard on value writes', () => {
  it('moves a new article to in_progress on its first edit, once, audited as start', () => {
    const { db, value, article, transitions, project } = seeded();
    expect(article()).toEqual({ status: 'new', revision: 1 });
    const v = value();
    setValueState(db, { valueId: v.id, state: 'accepted', revision: v.revision }, 'wang');
    expect(article()).toEqual({ status: 'in_progress', revision: 2 });
    expect(transitions()).toEqual([
      { before: { status: 'new', revision: 1 }, after: { status: 'in_progress', action: 'start' } },
    ]);
    // Later value writes leave the article's revision alone.
    const again = value();
    editValue(db, { valueId: again.id, revision: again.revision, text: '张莉莉' }, 'wang');
    expect(article()).toEqual({ status: 'in_progress', revision: 2 });
    expect(transitions()).toHaveLength(1);
    project.close();
  });

  it('restarts work on an article sent back with changes requested', () => {
    const { db, articleId, article, transitions, project } = seeded();
    db.prepare("UPDATE articles SET status = 'changes_requested', revision = 5 WHERE id = ?").run(
      articleId,
    );
    addValue(db, { articleId, fieldKey: 'honors', text: '文明单位', spans: [] }, 'wang');
    expect(article()).toEqual({ status: 'in_progress', revision: 6 });
    expect(transitions()[0]).toEqual({
      before: { status: 'changes_requested', revision: 5 },
      after: { status: 'in_progress', action: 'start' },
    });
    project.close();
  });

  it('keeps an approved article read-only for every kind of value write', () => {
    const { db, articleId, value, article, project } = seeded();
    db.prepare("UPDATE articles SET status = 'approved' WHERE id = ?").run(articleId);
    const v = value();
    const writes = [
      () => setValueState(db, { valueId: v.id, state: 'rejected', revision: v.revision }, 'w'),
      () => editValue(db, { valueId: v.id, revision: v.revision, text: '李四' }, 'w'),
      () => addValue(db, { articleId, fieldKey: 'honors', text: '文明单位', spans: [] }, 'w'),
    ];
    for (const write of writes) {
      let error: unknown;
      try {
        write();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe('forbidden');
      expect((error as ApiError).message).toBe(
        `Article ${articleId} is approved; a reviewer must reopen it before it can change.`,
      );
    }
    expect(value()).toEqual(v);
    expect(article().status).toBe('approved');
    project.close();
  });

  it('rolls the start back when the write itself is refused', () => {
    const { db, value, article, project } = seeded();
    const v = value();
    expect(() =>
      setValueState(db, { valueId: v.id, state: 'accepted', revision: v.revision + 7 }, 'w'),
    ).toThrow(/changed elsewhere/);
    expect(article()).toEqual({ status: 'new', revision: 1 });
    project.close();
  });
});
