import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { Project } from '../services/project';
import { useInProcessCli } from '../test-support/cli-in-process';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir('gleaner-package-ids-');
const cli = useInProcessCli();

describe('gleaner package create --articles (seventh sweep)', () => {
  it('takes decimal ids only, and names anything else as wrong usage', async () => {
    const dir = tempDir();
    const project = path.join(dir, 'p.gleaner');
    Project.open(project, { seedsDir: bundledSeedsDir }).close();
    const create = (articles: string) =>
      cli(
        ...['package', 'create', '--project', project, '--out', path.join(dir, 'k.gleaner')],
        `--articles=${articles}`,
      );
    // Before: "0x1" packaged article 1, "1e3" looked for article 1000, and an id past 2^53
    // failed with SQLite's bare "datatype mismatch" (exit 1).
    for (const articles of ['0x1', '1e3', '99999999999999999999', '01', '-1', '1,two']) {
      const run = await create(articles);
      expect(run.code, articles).toBe(2);
      expect(run.err, articles).toContain(
        `--articles must be article ids separated by commas, not "${articles}"`,
      );
    }
    for (const article of ['0x1', '1e3']) {
      const run = await cli('suggest', '--project', project, '--article', article);
      expect(run.code, article).toBe(2);
      expect(run.err).toContain(`--article takes an article id (a whole number), not "${article}"`);
    }
    const fine = await create('1, 2');
    expect(fine.code).toBe(0);
    expect(fine.out).toMatch(/Wrote work package .*k\.gleaner: \d+ articles/);
  });
});
