import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../test-support/temp-dir';
import { bundledSeedsDir } from '../app-root';
import { importPaths } from './import-pipeline';
import { Project } from './project';
import { mergeArticles } from './segmentation-corrections';
import { undoCorrection } from './segmentation-undo';

const tempDir = useTempDir();

describe('an article id is never given to another article', () => {
  it('undoes a merge after an import that came in meanwhile', async () => {
    const dir = tempDir();
    // One seed page of three articles: the last of them holds the project's highest id.
    const seeds = path.join(dir, 'seeds');
    fs.mkdirSync(seeds);
    for (const name of ['002_706bd34281dab565.txt', 'hospital-news.schema.json'])
      fs.copyFileSync(path.join(bundledSeedsDir, name), path.join(seeds, name));
    const project = Project.open(path.join(dir, 'p.gleaner'), { seedsDir: seeds });
    const { db } = project;
    const last = db
      .prepare('SELECT document_id AS documentId FROM articles ORDER BY id DESC LIMIT 1')
      .get() as { documentId: number };
    const page = (
      db
        .prepare('SELECT id FROM articles WHERE document_id = ? ORDER BY id')
        .all(last.documentId) as {
        id: number;
      }[]
    ).map((r) => r.id);
    expect(page.length).toBeGreaterThan(1);
    const absorbed = page.at(-1)!;
    const merge = mergeArticles(db, { articleIds: [page.at(-2)!, absorbed] }, 'curator');
    const folder = path.join(dir, 'new');
    fs.mkdirSync(folder);
    fs.writeFileSync(
      path.join(folder, 'a.txt'),
      '本市第三人民医院今日开放新门诊大楼，共有床位八百张。\n',
    );
    await importPaths(db, [folder], { actor: 't' });
    const newest = db.prepare('SELECT max(id) AS id FROM articles').get() as { id: number };
    expect(newest.id).not.toBe(absorbed);
    undoCorrection(db, { correctionId: merge.correctionId! }, 'curator');
    expect(db.prepare('SELECT count(*) AS n FROM articles WHERE id = ?').get(absorbed)).toEqual({
      n: 1,
    });
    project.close();
  });
});
