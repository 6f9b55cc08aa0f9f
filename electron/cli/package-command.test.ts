import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { Project } from '../services/project';
import { editValue } from '../services/value-editing';
import { runGleaner } from '../test-support/gleaner-cli';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();

/** Runs the real `gleaner` command in a child process, as a script would. */
const gleaner = (...args: string[]) => runGleaner(args);

/** Edits the first value of the article in the file, as `who`, to `text`. */
function editFirstValue(file: string, articleId: number, text: string, who: string): void {
  const project = Project.open(file, { mustExist: true });
  try {
    const value = project.db
      .prepare('SELECT id, revision FROM field_values WHERE article_id = ? ORDER BY id LIMIT 1')
      .get(articleId) as { id: number; revision: number };
    editValue(project.db, { valueId: value.id, revision: value.revision, text }, who);
  } finally {
    project.close();
  }
}

describe('gleaner package', { timeout: 240_000 }, () => {
  it('creates a package, lists conflicts with exit 3, merges with --prefer, once', () => {
    const dir = tempDir();
    const main = path.join(dir, 'main.gleaner');
    Project.open(main, { seedsDir: bundledSeedsDir }).close();
    const pkg = path.join(dir, 'pkg.gleaner');

    const usage = gleaner('package', 'create', '--project', main);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('package create needs --out PACKAGE');

    const created = gleaner(
      'package',
      'create',
      '--project',
      main,
      '--status',
      'new',
      '--out',
      pkg,
    );
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(
      /Wrote work package [0-9a-f-]{36} to .*pkg\.gleaner: 9 articles on 5 pages/,
    );

    editFirstValue(pkg, 1, '包里的名字', '王芳');
    editFirstValue(main, 1, '主项目的名字', '李静');
    const stopped = gleaner('package', 'merge', '--project', main, pkg);
    expect(stopped.code).toBe(3);
    expect(stopped.stdout).toMatch(/conflict value:\d+: value of field \w+ on page 1/);
    expect(stopped.stdout).toMatch(/main: +.*主项目的名字.* by 李静 at /);
    expect(stopped.stdout).toMatch(/package: .*包里的名字.* by 王芳 at /);
    expect(stopped.stderr).toContain('nothing was merged');

    const merged = gleaner('package', 'merge', '--project', main, pkg, '--prefer', 'package');
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stdout).toMatch(/Merged work package .*1 values changed.*1 conflicts decided/);
    const again = gleaner('package', 'merge', '--project', main, pkg, '--prefer', 'package');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('was already merged');

    const agreement = gleaner('package', 'agreement', pkg, pkg);
    expect(agreement.code, agreement.stderr).toBe(0);
    expect(agreement.stdout).toMatch(/王芳 and 王芳 on 9 shared articles: F1 1\.000/);

    const check = gleaner('check', '--project', main);
    expect(check.code, check.stdout).toBe(0);
    expect(check.stdout).toContain('No problems found.');
  });
});
