import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProjectDatabase } from '../electron/database/open-project';
import { packageAgreement } from '../electron/packages/agreement';
import { createWorkPackage } from '../electron/packages/create-package';
import { mergeWorkPackage } from '../electron/packages/merge-package';
import { checkProjectFile } from '../electron/services/check-project-file';
import { addComment } from '../electron/services/comments';
import { Project } from '../electron/services/project';
import { splitArticle } from '../electron/services/segmentation-corrections';
import { editValue } from '../electron/services/value-editing';
import { setValueState } from '../electron/services/value-review';
import { curatedContent } from '../electron/test-support/curated-content';
import { useTempDir } from '../electron/test-support/temp-dir';
import { startApp, type RunningApp } from './harness';

const tempDir = useTempDir('gleaner-e2e-team-');
let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

function withFile<T>(file: string, work: (db: ProjectDatabase) => T): T {
  const project = Project.open(file, { mustExist: true });
  try {
    return work(project.db);
  } finally {
    project.close();
  }
}

type Step = 'accept' | 'reject' | 'edit';

/** A curator's generated decisions, one per value, in a package file. */
function curate(file: string, who: string, values: readonly number[], steps: readonly Step[]) {
  withFile(file, (db) =>
    values.forEach((id, i) => {
      const { revision } = db.prepare('SELECT revision FROM field_values WHERE id = ?').get(id) as {
        revision: number;
      };
      const step = steps[i % steps.length]!;
      if (step === 'edit') editValue(db, { valueId: id, revision, text: `${who}核对的医院` }, who);
      else setValueState(db, { valueId: id, revision, state: `${step}ed` as 'accepted' }, who);
    }),
  );
}

describe('a team round trip in Chromium', () => {
  it('three packages (two overlapping) merge in two orders to the same project, one through the conflict view', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page, project } = app;
    await page.locator('[role=option][data-article-id]').first().waitFor();
    const dir = tempDir();
    const db = project.db;
    const pages = db
      .prepare(
        'SELECT document_id AS page, min(id) AS article FROM articles GROUP BY document_id ORDER BY document_id',
      )
      .all() as { page: number; article: number }[];
    const [first, second] = pages as [(typeof pages)[0], (typeof pages)[0]];
    // The admin makes three packages: A and B both hold the first page (double annotation).
    const [a, b, c] = ['a', 'b', 'c'].map((name) => path.join(dir, `${name}.gleaner`)) as [
      string,
      string,
      string,
    ];
    createWorkPackage(db, { selection: { articleIds: [first.article] }, out: a, actor: 'local' });
    createWorkPackage(db, { selection: { articleIds: [first.article] }, out: b, actor: 'local' });
    createWorkPackage(db, { selection: { articleIds: [second.article] }, out: c, actor: 'local' });
    const valuesOf = (article: number) =>
      (
        db
          .prepare(
            "SELECT id FROM field_values WHERE article_id = ? AND field_key IN ('hospital', 'honors', 'centers') ORDER BY id LIMIT 6",
          )
          .all(article) as { id: number }[]
      ).map((r) => r.id);
    const shared = valuesOf(first.article);
    expect(shared.length).toBeGreaterThanOrEqual(3);
    curate(a, '王芳', shared, ['accept', 'edit', 'reject']);
    curate(b, '李静', shared, ['accept', 'reject', 'reject']);
    withFile(b, (pkg) =>
      addComment(pkg, { articleId: first.article, body: '第二位标注员的意见' }, '李静'),
    );
    curate(c, '赵磊', valuesOf(second.article), ['accept']);
    withFile(c, (pkg) => {
      const { start, end } = pkg
        .prepare(
          'SELECT min(start) AS start, max(end) AS end FROM article_ranges WHERE article_id = ?',
        )
        .get(second.article) as { start: number; end: number };
      // Split at the first place after the middle that cuts no value's provenance.
      const spans = pkg
        .prepare(
          'SELECT s.start, s.end FROM value_spans s JOIN field_values v ON v.id = s.value_id WHERE v.article_id = ?',
        )
        .all(second.article) as { start: number; end: number }[];
      let at = Math.floor((start + end) / 2);
      while (spans.some((s) => s.start < at && at < s.end)) at++;
      splitArticle(pkg, { articleId: second.article, at }, '赵磊');
    });

    // Order one, in a copy: A, C, then B, keeping A's side of every conflict.
    const copy = path.join(dir, 'copy.gleaner');
    db.exec(`VACUUM INTO '${copy}'`);
    withFile(copy, (other) => {
      for (const file of [a, c])
        expect(mergeWorkPackage(other, { file, actor: 'local' }).status).toBe('merged');
      const last = mergeWorkPackage(other, {
        file: b,
        actor: 'local',
        resolutions: { prefer: 'main' },
      });
      expect(last.status).toBe('merged');
    });

    // Order two, in the app: B and C, then A through the conflict view, taking A's side.
    for (const file of [b, c])
      expect(mergeWorkPackage(db, { file, actor: 'local' }).status).toBe('merged');
    await page.getByRole('button', { name: 'Project: backups' }).click();
    await page.getByRole('menuitem', { name: 'Merge work package…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge work package' });
    await dialog.getByLabel('Package file').fill(a);
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await dialog.getByText(/conflicts?: choose a side/).waitFor();
    const conflicts = await dialog.locator('[data-conflict]').count();
    expect(conflicts).toBeGreaterThan(0);
    await app.screenshot('team-conflict-view');
    for (let i = 0; i < conflicts; i++) await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await dialog
      .getByRole('status')
      .getByText(/Merged: .*conflicts decided/)
      .waitFor();
    await page.keyboard.press('Escape');

    // Both orders hold the same work, and each checks clean.
    expect(withFile(copy, (other) => curatedContent(other))).toEqual(curatedContent(db));
    expect(checkProjectFile(copy).problems).toEqual([]);
    // Every edit made in a package has its row in the project's log, marked merged.
    const merged = db
      .prepare(
        "SELECT count(*) AS n FROM audit WHERE json_extract(coalesce(after, before), '$.merged.package') IS NOT NULL AND action NOT IN ('merge-conflict')",
      )
      .get() as { n: number };
    const made = [a, b, c].reduce(
      (sum, file) =>
        sum +
        withFile(file, (pkg) => {
          const base = (
            JSON.parse(
              (
                pkg.prepare("SELECT value FROM meta WHERE key = 'work_package'").get() as {
                  value: string;
                }
              ).value,
            ) as { auditBase: number }
          ).auditBase;
          return (
            pkg.prepare('SELECT count(*) AS n FROM audit WHERE id > ?').get(base) as { n: number }
          ).n;
        }),
      0,
    );
    expect(merged.n).toBe(made);

    // The dashboard shows the two curators' agreement as the package files give it.
    const expected = packageAgreement(a, b);
    await page.getByRole('button', { name: 'Dashboard' }).click();
    const panel = page.getByTestId('agreement');
    await panel.waitFor();
    const overall = panel.locator('[data-field="*"]');
    await expect
      .poll(() => overall.innerText())
      .toContain(`κ ${expected.kappa === null ? '–' : expected.kappa.toFixed(2)}`);
    await expect
      .poll(() => overall.innerText())
      .toContain(expected.f1 === null ? '–' : expected.f1.toFixed(2));
    await app.screenshot('team-agreement');
    expect(app.pageErrors).toEqual([]);
    fs.rmSync(copy, { force: true });
  }, 60_000);
});
