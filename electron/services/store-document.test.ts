import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getArticle } from '../database/articles-repository';
import { useTempDir } from '../test-support/temp-dir';
import { Project } from './project';
import { storeDocument, type DecodedDocument } from './store-document';

const tempDir = useTempDir();

const doc = (text: string, name = 'a.txt'): DecodedDocument => ({
  name,
  sourcePath: `/in/${name}`,
  kind: 'text',
  text,
  encoding: 'utf-8',
  encodingConfidence: 1,
  original: null,
});

describe('storeDocument', () => {
  it('never imports the same decoded text twice and names the file it matched', () => {
    const project = Project.open(path.join(tempDir(), 'p.gleaner'));
    const first = storeDocument(project.db, doc('阜新市第二人民医院', 'first.txt'), { actor: 't' });
    expect(first.status).toBe('imported');
    const second = storeDocument(project.db, doc('阜新市第二人民医院', 'copy.txt'), { actor: 't' });
    expect(second).toEqual({
      status: 'duplicate',
      matchedDocumentId: (first as { documentId: number }).documentId,
      matchedName: 'first.txt',
    });
    expect(project.info().documentCount).toBe(1);
    project.close();
  });

  it('counts article ranges in code points, so astral characters and CRLF survive exactly', () => {
    const project = Project.open(path.join(tempDir(), 'p.gleaner'));
    const text = '𠀀😀 e\u0301\r\n医院\r\n';
    const result = storeDocument(project.db, doc(text), { actor: 't' });
    if (result.status !== 'imported') throw new Error('expected an import');
    const article = getArticle(project.db, result.articleIds[0]!);
    expect(article.ranges).toEqual([{ start: 0, end: 11 }]);
    expect(article.length).toBe(11);
    expect(article.segments[0]!.text).toBe(text);
    project.close();
  });

  it('writes nothing when segmentation fails midway (all or nothing per file)', () => {
    const project = Project.open(path.join(tempDir(), 'p.gleaner'));
    const failing = (): never => {
      throw new Error('segmenter crashed');
    };
    expect(() => storeDocument(project.db, doc('正文'), { actor: 't', planner: failing })).toThrow(
      'segmenter crashed',
    );
    expect(project.info()).toMatchObject({ documentCount: 0, articleCount: 0 });
    expect(project.db.prepare('SELECT count(*) AS n FROM audit').get()).toEqual({ n: 0 });
    project.close();
  });
});
