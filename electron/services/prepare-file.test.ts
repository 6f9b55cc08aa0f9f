import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFieldSchema } from '../../shared/schema';
import { bundledSeedsDir } from '../app-root';
import { listImportFiles } from '../import/sources';
import { pathologicalPage } from '../test-support/pathological-pages';
import { useTempDir } from '../test-support/temp-dir';
import { MAX_ARTICLES_RULED_WHEN_PREPARED, prepareFile, withRuledPages } from './prepare-file';

const tempDir = useTempDir();
const schema = parseFieldSchema(
  JSON.parse(fs.readFileSync(path.join(bundledSeedsDir, 'hospital-news.schema.json'), 'utf8')),
);

describe('withRuledPages', () => {
  it('gives each page, ruled with the others, what preparing it alone with the schema gives', async () => {
    const dir = tempDir();
    for (const name of fs.readdirSync(bundledSeedsDir).filter((n) => n.endsWith('.txt')))
      fs.copyFileSync(path.join(bundledSeedsDir, name), path.join(dir, name));
    fs.writeFileSync(path.join(dir, 'x-empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'y-many.txt'), pathologicalPage('many-articles', 200_000, 2));
    const { files } = await listImportFiles([dir]);
    const maxBytes = 10 * 1024 * 1024;
    const alone = await Promise.all(files.map((f) => prepareFile(f, maxBytes, undefined, schema)));
    const planned = await Promise.all(files.map((f) => prepareFile(f, maxBytes)));
    const together = withRuledPages(planned, schema);
    expect(together).toEqual(alone);
    // The seed pages got suggestions; the page of too many articles is left to the extraction
    // after the import, and the empty file stays a skip.
    const ruled = together.filter((p) => p.kind === 'page' && p.ruled);
    expect(ruled).toHaveLength(5);
    expect(ruled.flatMap((p) => (p.kind === 'page' ? p.ruled!.articles : []))).toHaveLength(9);
    const many = together.find((p) => p.file.name === 'y-many.txt');
    expect(many?.kind === 'page' && many.plan.articles.length).toBeGreaterThan(
      MAX_ARTICLES_RULED_WHEN_PREPARED,
    );
    expect(many?.kind === 'page' && many.ruled).toBeUndefined();
    expect(together.find((p) => p.file.name === 'x-empty.txt')?.kind).toBe('skip');
  });
});
