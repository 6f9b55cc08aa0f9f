import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/contract/errors';
import { activeSchema } from '../database/schema-repository';
import { useTempDir } from '../test-support/temp-dir';
import { articleIdsOfDocuments, extractArticles } from './extract-articles';
import { importPaths } from './import-pipeline';
import { previewPatterns } from './pattern-preview';
import { Project } from './project';
import { importSchema } from './schema-choice';

/**
 * A field pattern is a regular expression from a schema file, perhaps written by someone else
 * (`gleaner schema import`, a colleague's schema). JavaScript's engine backtracks: a pattern
 * such as `(\S+\S?)+X` takes 35 s on 24 characters and doubles with each one more, so one
 * article stopped an import for good and the preview froze the app's main thread (fifth attack
 * sweep). Patterns now run in a thread of their own under a time budget: a pattern over it is
 * stopped and skipped, and the preview refuses it by name.
 */

const tempDir = useTempDir('gleaner-pattern-guard-');

/** Exponential on any run of non-space characters without an X: every Chinese sentence. */
const RUNAWAY = '(?<value>(\\S+\\S?)+)X';

async function projectWithArticles() {
  const dir = tempDir();
  const files = path.join(dir, 'in');
  fs.mkdirSync(files);
  // Written for this test.
  fs.writeFileSync(
    path.join(files, 'a.txt'),
    '星海市第一人民医院新闻\n本院现有床位1200张，今年新增床位300张，服务全市百姓的健康生活。\n',
  );
  const project = Project.open(path.join(dir, 'p.gleaner'));
  const report = await importPaths(project.db, [files], { actor: 'importer' });
  return { project, documentIds: report.imported.flatMap((i) => i.documentIds) };
}

describe('a field pattern that backtracks without bound (fifth sweep)', () => {
  it('is refused by the preview, named, within seconds, and the app keeps working', async () => {
    const { project } = await projectWithArticles();
    const started = performance.now();
    let refused: ApiError | undefined;
    try {
      previewPatterns(project.db, {
        fieldKey: 'beds',
        patterns: [{ name: 'runaway', regex: RUNAWAY }],
      });
    } catch (error) {
      refused = error as ApiError;
    }
    expect(performance.now() - started).toBeLessThan(40_000);
    expect(refused?.reason?.key).toBe('pattern-too-slow');
    expect(refused?.message).toContain('"runaway"');
    // A sound pattern still previews, with its hits.
    const preview = previewPatterns(project.db, {
      fieldKey: 'beds',
      patterns: [{ name: 'beds', regex: '床位(?<value>\\d+)张' }],
    });
    expect(preview.hits).toBe(2);
    project.close();
  }, 60_000);

  it('is skipped by extraction, which finishes with every other suggestion', async () => {
    const { project, documentIds } = await projectWithArticles();
    const active = activeSchema(project.db);
    const schema = {
      ...active,
      fields: active.fields.map((f) =>
        // Another runaway than the first test's: a pattern that ran over once is skipped after.
        f.key === 'beds'
          ? { ...f, patterns: [{ name: 'runaway', regex: '(?<value>(\\S+)+)X' }] }
          : f,
      ),
    };
    const started = performance.now();
    extractArticles(project.db, articleIdsOfDocuments(project.db, documentIds), {
      actor: 'importer',
      schema,
    });
    expect(performance.now() - started).toBeLessThan(40_000);
    const fields = project.db
      .prepare(`SELECT DISTINCT field_key FROM field_values ORDER BY 1`)
      .pluck()
      .all();
    expect(fields).toContain('beds');
    project.close();
  }, 60_000);

  it('is refused by a schema import, naming it, before anything is saved', async () => {
    const { project } = await projectWithArticles();
    const current = activeSchema(project.db);
    const file = {
      ...current,
      fields: current.fields.map((f) =>
        f.key === 'beds'
          ? { ...f, patterns: [{ name: 'slow beds', regex: '(?<value>(\\S+\\S?\\S?)+)X' }] }
          : f,
      ),
    };
    const started = performance.now();
    expect(() => importSchema(project.db, file, 'admin')).toThrow(
      /"slow beds" of the field "beds"/,
    );
    expect(performance.now() - started).toBeLessThan(40_000);
    expect(activeSchema(project.db).version).toBe(current.version);
    project.close();
  }, 60_000);
});
