import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { useTempDir } from '../test-support/temp-dir';
import { Project } from './project';
import { addValue, editValue, readValue, removeValue } from './value-editing';

const tempDir = useTempDir();

describe('a value id is never given to another value', () => {
  it('refuses a stale window’s write to a value that was removed, even when a new value follows it', () => {
    const project = Project.open(path.join(tempDir(), 'p.gleaner'), { seedsDir: bundledSeedsDir });
    const { db } = project;
    const articleId = (db.prepare('SELECT min(id) AS id FROM articles').get() as { id: number }).id;
    // Window A adds a value; window B removes it and adds its own.
    const mine = addValue(db, { articleId, fieldKey: 'honors', text: '第一名', spans: [] }, 'A');
    removeValue(db, { valueId: mine.id, revision: mine.revision }, 'B');
    const theirs = addValue(db, { articleId, fieldKey: 'honors', text: '第二名', spans: [] }, 'B');
    expect(theirs.id).not.toBe(mine.id);
    // Window A, still showing its value, edits it (or undoes its add): refused, B's value kept.
    expect(() =>
      editValue(db, { valueId: mine.id, revision: mine.revision, text: '改' }, 'A'),
    ).toThrow();
    expect(readValue(db, theirs.id).raw).toBe('第二名');
    project.close();
  });
});
