import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../test-support/temp-dir';
import { Project } from './project';
import { storeDocument, type DecodedDocument } from './store-document';
import { StoreCommitGroup } from './store-commit-group';

const tempDir = useTempDir();

const doc = (text: string, name: string): DecodedDocument => ({
  name,
  sourcePath: `/corpus/${name}`,
  kind: 'text',
  text,
  encoding: 'utf-8',
  encodingConfidence: 1,
  original: null,
});

/** The project, plus what another process reading the file sees: only committed documents. */
function projectWithReader() {
  const file = path.join(tempDir(), 'p.gleaner');
  const project = Project.open(file);
  const reader = new Database(file, { readonly: true });
  const visible = () =>
    (reader.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  return { project, visible, close: () => (reader.close(), project.close()) };
}

describe('StoreCommitGroup', () => {
  it('commits by age, the first groups soon and later ones less often', () => {
    const { project, visible, close } = projectWithReader();
    let clock = 0;
    const group = new StoreCommitGroup(project.db, { bytes: 1e9, milliseconds: 800 }, () => clock);
    const store = (n: number) => {
      group.begin();
      storeDocument(project.db, doc(`第${n}篇医院新闻`, `${n}.txt`), { actor: 't' });
      group.stored(10);
    };
    store(1);
    expect(visible()).toBe(0);
    clock = 100; // the first group lasts an eighth of the limit
    store(2);
    expect(visible()).toBe(2);
    clock = 250;
    store(3);
    clock = 400;
    store(4);
    expect(visible()).toBe(2); // the second lasts twice as long: 200 ms from 250
    clock = 450;
    store(5);
    expect(visible()).toBe(5);
    close();
  });

  it('commits as soon as a group holds its bytes', () => {
    const { project, visible, close } = projectWithReader();
    const group = new StoreCommitGroup(project.db, { bytes: 100, milliseconds: 1e9 }, () => 0);
    group.begin();
    storeDocument(project.db, doc('第一篇', 'a.txt'), { actor: 't' });
    group.stored(60);
    expect(visible()).toBe(0);
    group.begin();
    storeDocument(project.db, doc('第二篇', 'b.txt'), { actor: 't' });
    group.stored(60);
    expect(visible()).toBe(2);
    close();
  });

  it('keeps what was stored before a failed file, which rolls back alone', () => {
    const { project, visible, close } = projectWithReader();
    const group = new StoreCommitGroup(project.db, { bytes: 1e9, milliseconds: 1e9 }, () => 0);
    group.begin();
    storeDocument(project.db, doc('第一篇', 'a.txt'), { actor: 't' });
    expect(() =>
      project.db.transaction(() => {
        storeDocument(project.db, doc('第二篇', 'b.txt'), { actor: 't' });
        throw new Error('the disk is full');
      })(),
    ).toThrow('the disk is full');
    group.commitOrRollBack();
    expect(project.db.inTransaction).toBe(false);
    expect(visible()).toBe(1);
    close();
  });
});
