import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../test-support/temp-dir';
import { checkProjectFile } from './check-project-file';
import { allArticleIds, extractArticles } from './extract-articles';
import { importPaths } from './import-pipeline';
import { Project } from './project';

const tempDir = useTempDir('gleaner-unholdable-');

const stored = (project: Project) =>
  project.db
    .prepare('SELECT field_key AS field, value FROM field_values ORDER BY field_key, id')
    .all() as { field: string; value: string }[];

describe('a page stating numbers no value can hold (ninth sweep)', () => {
  it('stores no suggestion of them when it extracts, so check and every export stay clean', async () => {
    const dir = tempDir();
    const folder = path.join(dir, 'in');
    fs.mkdirSync(folder);
    const huge = '8'.repeat(360);
    // Before: stored as {"amount":null}, {"value":null} and 10^25, and every export then stopped
    // at the first of them as a value "changed by another program, or damaged".
    fs.writeFileSync(
      path.join(folder, 'a.txt'),
      `云岭县康宁医院扩建工程计划投入${huge}元，其中门诊楼占地${huge}平方米，病床增至${'5'.repeat(26)}张；另外投入3200万元购置设备。\n`,
    );
    const file = path.join(dir, 'p.gleaner');
    const project = Project.open(file);
    try {
      await importPaths(project.db, [folder], { actor: 'importer' });
      extractArticles(project.db, allArticleIds(project.db), { actor: 'admin' });
      const values = stored(project);
      // The sentence's one number a value holds is still suggested.
      expect(values.some((v) => v.field === 'investments' && v.value.includes('32000000'))).toBe(
        true,
      );
      expect(values.filter((v) => /"(?:amount|value)":null|\d{17}|e\+/.test(v.value))).toEqual([]);
    } finally {
      project.close();
    }
    expect(checkProjectFile(file).problems).toEqual([]);
  });
});
