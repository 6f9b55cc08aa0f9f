import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobPayload } from '../api/job-payload';
import { activeSchema } from '../database/schema-repository';
import { Project } from '../services/project';
import { importSchema } from '../services/schema-choice';
import { useInProcessCli } from '../test-support/cli-in-process';
import { useTempDir } from '../test-support/temp-dir';
import { JobRunner } from './job-runner';
import { sourceWorkerLauncher } from './source-worker-launcher';

/**
 * A field pattern that passes the trial when its schema is saved (a sentence written for it and
 * the project's first articles) and then runs over its 5 s budget on a later article is stopped
 * and skipped from there on (pattern-guard.ts). Before (fifth sweep), nothing said so: the
 * import's report and the window's were those of a complete extraction, and the field simply had
 * fewer suggestions. Now the report names the pattern, the field and the articles it missed.
 */

const tempDir = useTempDir('gleaner-pattern-skip-');

/**
 * A project whose `beds` field has `regex`: linear on Chinese text, exponential on a run of
 * Latin letters it cannot end (the second file has one), so the schema saves and the import
 * meets it on that file.
 */
function projectAndFiles(regex: string) {
  const dir = tempDir();
  const file = path.join(dir, 'p.gleaner');
  const project = Project.open(file);
  const schema = activeSchema(project.db);
  importSchema(
    project.db,
    {
      ...schema,
      fields: schema.fields.map((f) =>
        f.key === 'beds' ? { ...f, patterns: [{ name: 'letters', regex }] } : f,
      ),
    },
    'admin',
  );
  project.close();
  const files = path.join(dir, 'in');
  fs.mkdirSync(files);
  // Written for this test.
  fs.writeFileSync(path.join(files, 'a-plain.txt'), '星海市第一人民医院\n本院现有床位1200张。\n');
  fs.writeFileSync(
    path.join(files, 'b-letters.txt'),
    `星海市第二人民医院\n本院代号${'a'.repeat(40)}，现有床位800张。\n`,
  );
  return { file, files };
}

describe('a field pattern over its time budget on a later article (sixth sweep)', () => {
  it('is named in the import job report: pattern, field and the article it missed', async () => {
    const { file, files } = projectAndFiles('(?<value>(a+)+)b');
    const runner = new JobRunner(sourceWorkerLauncher);
    const job = runner.startImport({ projectPath: file, paths: [files], actor: 't' });
    const done = await runner.wait(job.id);
    runner.close();
    expect(done.status).toBe('done');
    const report = jobPayload(done).report!;
    expect(report.patternsSkipped).toEqual([
      {
        field: 'beds',
        pattern: 'letters',
        articles: expect.any(Number) as number,
        examples: expect.arrayContaining([
          expect.objectContaining({ name: 'b-letters.txt' }),
        ]) as unknown,
      },
    ]);
    // The other file's beds were still read: the pattern ran there (or the rule did).
    expect(report.suggestions).toBeGreaterThan(0);
  }, 90_000);

  it('is named in the output of gleaner import', async () => {
    const { file, files } = projectAndFiles('(?<value>(a+a?)+)b');
    const gleaner = useInProcessCli();
    const { code, out, err } = await gleaner('import', files, '--project', file);
    expect(code).toBe(0);
    expect(`${out}\n${err}`).toMatch(
      /pattern skipped: the pattern "letters" of the field "beds" ran over its time budget and was skipped on \d+ article\(s\): [^\n]*b-letters\.txt \(article \d+\)/,
    );
  }, 90_000);
});
