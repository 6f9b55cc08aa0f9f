import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { rangesOfArticle } from '../database/article-text-repository';
import { valuesOfArticle } from '../database/values-repository';
import { Project } from '../services/project';
import { useTempDir } from '../test-support/temp-dir';
import { readExportWindow } from './export-window';
import { selectArticlesForExport } from './select-articles';

const tempDir = useTempDir('gleaner-export-window-');

function seededProject(): Project {
  return Project.open(path.join(tempDir(), 'p.gleaner'), { seedsDir: bundledSeedsDir });
}

function articleIds(project: Project): number[] {
  return (project.db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: number }[]).map(
    (row) => row.id,
  );
}

describe('reading a window of articles for an export', () => {
  it('gives each article the values, spans and ranges the article view shows, in the order asked', () => {
    const project = seededProject();
    const ids = articleIds(project).reverse();
    expect(ids.length).toBeGreaterThan(3);
    // One article deleted since the selection was taken, one left with no value at all.
    const [deleted, bare] = [ids[1]!, ids[2]!];
    project.db.prepare('DELETE FROM articles WHERE id = ?').run(deleted);
    project.db.prepare('DELETE FROM field_values WHERE article_id = ?').run(bare);

    const window = readExportWindow(project.db, ids);

    expect(window.map((entry) => entry.article.id)).toEqual(ids.filter((id) => id !== deleted));
    let spans = 0;
    for (const { article, ranges, values } of window) {
      expect(ranges).toEqual(rangesOfArticle(project.db, article.id));
      const shown = valuesOfArticle(project.db, article.id).map((value) => ({
        fieldKey: value.fieldKey,
        value: value.value,
        raw: value.raw,
        origin: value.origin,
        confidence: value.confidence,
        state: value.state,
        spans: value.spans,
      }));
      expect(values).toEqual(shown);
      spans += values.reduce((sum, value) => sum + value.spans.length, 0);
    }
    expect(window.find((entry) => entry.article.id === bare)?.values).toEqual([]);
    expect(spans).toBeGreaterThan(0);
    project.close();
  });
});

describe('values read through SQLite JSON', () => {
  it('keep every confidence, number and character as stored', () => {
    const project = seededProject();
    const [id] = articleIds(project);
    const value = project.db
      .prepare('SELECT id FROM field_values WHERE article_id = ? ORDER BY id LIMIT 1')
      .get(id) as { id: number };
    // A confidence that needs 16 digits, a value holding numbers, nesting, escapes and a
    // character outside the BMP: each must come back as the article view reads it.
    project.db
      .prepare('UPDATE field_values SET confidence = ?, value = ?, raw = ? WHERE id = ?')
      .run(
        1 / 3,
        JSON.stringify({ n: 0.1 + 0.2, big: 2 ** 53 - 1, list: [-0.5, 1e-7], s: '𠀀"\\\n' }),
        '𠀀 "引号" \\ 末',
        value.id,
      );

    const [entry] = readExportWindow(project.db, [id!]);
    const read = entry!.values.find((v) => v.raw === '𠀀 "引号" \\ 末');
    const shown = valuesOfArticle(project.db, id!).find((v) => v.id === value.id)!;
    expect(read?.confidence).toBe(1 / 3);
    expect(read?.value).toEqual(shown.value);
    expect(read?.value).toEqual({
      n: 0.1 + 0.2,
      big: 2 ** 53 - 1,
      list: [-0.5, 1e-7],
      s: '𠀀"\\\n',
    });
    expect(read?.spans).toEqual(shown.spans);
    project.close();
  });
});

describe('an export read in windows', () => {
  it('builds the same records, in the same order, whatever the number of articles per read', () => {
    const project = seededProject();
    const records = (articlesPerRead?: number) => [
      ...selectArticlesForExport(project.db, { status: 'any' }, { articlesPerRead }),
    ];
    const whole = records();
    expect(whole.length).toBeGreaterThan(3);
    // Windows of 1, of 2 (the last one short) and of all but one article cross every boundary.
    for (const perRead of [1, 2, whole.length - 1]) expect(records(perRead)).toEqual(whole);
    project.close();
  });
});
