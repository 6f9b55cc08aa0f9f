import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { textOfDocument } from '../database/article-text-repository';
import { useTempDir } from '../test-support/temp-dir';
import { articleIdsOfDocuments, extractArticles } from './extract-articles';
import { importPaths } from './import-pipeline';
import { previewPatterns } from './pattern-preview';
import { Project } from './project';

const tempDir = useTempDir();

async function project() {
  const dir = tempDir();
  const files = path.join(dir, 'in');
  fs.mkdirSync(files);
  // Written for this test; 𠀀 and CRLF before the hits, so code points and UTF-16 differ.
  fs.writeFileSync(
    path.join(files, 'a.txt'),
    '𠀀医院新闻\r\n本院现有床位1200张，新增床位 300 张。\r\n',
  );
  fs.writeFileSync(path.join(files, 'b.txt'), '医院新闻\n本院开放床位八百张。\n');
  const p = Project.open(path.join(dir, 'p.gleaner'));
  const report = await importPaths(p.db, [files], { actor: 'importer' });
  extractArticles(
    p.db,
    articleIdsOfDocuments(
      p.db,
      report.imported.flatMap((i) => i.documentIds),
    ),
    {
      actor: 'importer',
    },
  );
  return p.db;
}

describe('previewPatterns', () => {
  it('counts what a field pattern finds over the articles, with exact spans', async () => {
    const db = await project();
    const preview = previewPatterns(db, {
      fieldKey: 'beds',
      patterns: [{ name: 'beds', regex: '床位\\s*(?<value>[0-9一二三四五六七八九十百千]+)\\s*张' }],
    });
    expect(preview).toMatchObject({
      articlesScanned: 2,
      articlesTotal: 2,
      articlesWithHits: 2,
      hits: 3,
    });
    expect(preview.samples.map((s) => s.value).sort()).toEqual([1200, 300, 800].sort());
    const documents = db.prepare('SELECT id FROM documents').all() as { id: number }[];
    const texts = documents.map((d) => [...textOfDocument(db, d.id)]);
    for (const sample of preview.samples)
      for (const span of sample.spans)
        expect(texts.some((t) => t.slice(span.start, span.end).join('') === span.text)).toBe(true);
  });

  it('refuses a pattern that does not compile or names no group, naming it', async () => {
    const db = await project();
    expect(() =>
      previewPatterns(db, { fieldKey: 'beds', patterns: [{ name: 'broken', regex: '床位(' }] }),
    ).toThrow(/pattern "broken" does not compile/);
    expect(() =>
      previewPatterns(db, { fieldKey: 'beds', patterns: [{ name: 'plain', regex: '床位\\d+' }] }),
    ).toThrow(/pattern "plain" has no named group/);
    expect(() => previewPatterns(db, { fieldKey: 'nope', patterns: [] })).toThrow(
      /no field "nope"/,
    );
  });
});
