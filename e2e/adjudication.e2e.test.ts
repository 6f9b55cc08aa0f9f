import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProjectDatabase } from '../electron/database/open-project';
import { listDisagreements } from '../electron/packages/adjudication-list';
import { projectAgreement } from '../electron/packages/annotations';
import { createWorkPackage } from '../electron/packages/create-package';
import { mergeWorkPackage } from '../electron/packages/merge-package';
import { checkProjectFile } from '../electron/services/check-project-file';
import { Project } from '../electron/services/project';
import { detachSpan, editValue } from '../electron/services/value-editing';
import { setValueState } from '../electron/services/value-review';
import { useTempDir } from '../electron/test-support/temp-dir';
import { startApp, type RunningApp } from './harness';

const tempDir = useTempDir('gleaner-e2e-adjudication-');
let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

type Step = 'accept' | 'reject' | { edit: string; keepSpans: number };

/**
 * One curator's decisions, one per value, in a package file; an edit may also keep only the
 * first spans of the value (the curator judged the others not to be about it).
 */
function curate(file: string, who: string, values: readonly number[], steps: readonly Step[]) {
  const project = Project.open(file, { mustExist: true });
  const db = project.db;
  const revision = (id: number) =>
    (db.prepare('SELECT revision FROM field_values WHERE id = ?').get(id) as { revision: number })
      .revision;
  try {
    values.forEach((id, i) => {
      const step = steps[i]!;
      if (typeof step === 'object') {
        editValue(db, { valueId: id, revision: revision(id), text: step.edit }, who);
        const spans = db
          .prepare('SELECT start, end FROM value_spans WHERE value_id = ? ORDER BY start')
          .all(id) as { start: number; end: number }[];
        for (const s of spans.slice(step.keepSpans))
          detachSpan(db, { valueId: id, revision: revision(id), ...s }, who);
      } else
        setValueState(
          db,
          {
            valueId: id,
            revision: revision(id),
            state: step === 'accept' ? 'accepted' : 'rejected',
          },
          who,
        );
    });
  } finally {
    project.close();
  }
}

function spanCount(db: ProjectDatabase, id: number): number {
  return (
    db.prepare('SELECT count(*) AS n FROM value_spans WHERE value_id = ?').get(id) as { n: number }
  ).n;
}

function valueNow(db: ProjectDatabase, id: number) {
  return db.prepare('SELECT value, state, revision FROM field_values WHERE id = ?').get(id) as {
    value: string;
    state: string;
    revision: number;
  };
}

function auditCount(db: ProjectDatabase, action: string): number {
  return (
    db.prepare('SELECT count(*) AS n FROM audit WHERE action = ?').get(action) as { n: number }
  ).n;
}

describe('adjudication of double annotation in Chromium', () => {
  it('a reviewer decides every disagreement with the keyboard; the figures stay the curators’', async () => {
    app = await startApp({ locale: 'zh-CN' });
    const { page, project } = app;
    const db = project.db;
    await page.locator('[role=option][data-article-id]').first().waitFor();

    // Two curators annotate the same article in two packages; both are merged.
    const dir = tempDir();
    const article = (db.prepare('SELECT min(id) AS id FROM articles').get() as { id: number }).id;
    const valueIn = (field: string, raw: string) =>
      (
        db
          .prepare('SELECT id FROM field_values WHERE article_id = ? AND field_key = ? AND raw = ?')
          .get(article, field, raw) as { id: number }
      ).id;
    // The hospital as the text names it (on two lines, eight places), an honour and a centre.
    const hospital = valueIn('hospital', '阜新市第\n二人民医院');
    const honour = valueIn('honors', '全国先进基层党组织');
    const centre = valueIn('centers', '生殖中心');
    const values = [hospital, honour, centre];
    const [a, b] = ['a', 'b'].map((name) => path.join(dir, `${name}.gleaner`)) as [string, string];
    for (const out of [a, b])
      createWorkPackage(db, { selection: { articleIds: [article] }, out, actor: 'local' });
    curate(a, '王芳', values, ['accept', 'reject', 'accept']);
    curate(b, '李静', values, [{ edit: '阜新市第二人民医院', keepSpans: 2 }, 'accept', 'reject']);
    expect(mergeWorkPackage(db, { file: a, actor: 'local' }).status).toBe('merged');
    expect(
      mergeWorkPackage(db, { file: b, actor: 'local', resolutions: { prefer: 'main' } }).status,
    ).toBe('merged');
    const figures = projectAgreement(db);
    expect(figures.disagreements).toHaveLength(3);

    // The dashboard counts them, beside the figures.
    await page.getByRole('button', { name: '看板' }).click();
    const open = page.getByTestId('open-disagreements');
    await expect.poll(() => open.getAttribute('data-count')).toBe('3');

    // Ctrl+Shift+D opens the adjudication view on the first disagreement.
    await page.keyboard.press('Control+Shift+D');
    const view = page.getByTestId('adjudication');
    await view.waitFor();
    const count = page.getByTestId('adjudication-count');
    await expect.poll(() => count.innerText()).toContain('尚有 3 处分歧');
    // j / k move through the list (by field: centres, honours, hospital).
    const keys = listDisagreements(db).open.map((d) => d.key);
    const currentKey = () => view.locator('nav [aria-current="true"]').getAttribute('data-key');
    await expect.poll(currentKey).toBe(keys[0]);
    await page.keyboard.press('j');
    await expect.poll(currentKey).toBe(keys[1]);
    await page.keyboard.press('k');
    await expect.poll(currentKey).toBe(keys[0]);
    const at = listDisagreements(db).open.findIndex((d) => d.versions[0]?.id === hospital);
    for (let i = 0; i < at; i++) await page.keyboard.press('j');
    await expect.poll(currentKey).toBe(keys[at]);
    // Both versions side by side: who, state and spans with their text.
    const detail = view.locator('[data-disagreement]');
    const versionA = detail.locator('[data-card="a"]');
    const versionB = detail.locator('[data-card="b"]');
    await expect.poll(() => versionA.innerText()).toContain('由 王芳 决定');
    expect(await versionA.innerText()).toContain('已接受');
    expect(await versionB.innerText()).toContain('由 李静 决定');
    expect(await versionB.innerText()).toContain('已修改');
    expect(await versionB.innerText()).toContain('阜新市第二人民医院');
    // In the text, the spans both chose and those only 王芳 kept are marked apart.
    const marks = view.getByTestId('adjudication-text');
    await marks.locator('mark[data-version="ab"]').first().waitFor();
    expect(await marks.locator('mark[data-version="ab"]').count()).toBe(2);
    expect(await marks.locator('mark[data-version="a"]').count()).toBe(6);
    await app.screenshot('adjudication');

    // v: every curator's whole version of the article, beside the project's values; v again back.
    await page.keyboard.press('v');
    const table = view.getByTestId('article-versions');
    const hospitalRow = table.locator('tr[data-field="hospital"]');
    await hospitalRow.waitFor();
    expect(await table.locator('th[data-curator]').allInnerTexts()).toEqual(['王芳', '李静']);
    expect(await hospitalRow.locator('td').nth(1).innerText()).toContain('已接受');
    expect(await hospitalRow.locator('td').nth(2).innerText()).toContain('已修改');
    await app.screenshot('adjudication-versions');
    await page.keyboard.press('v');
    await expect.poll(currentKey).toBe(keys[at]);

    // 2 takes 李静's version: its spans, through audited span writes; the disagreement is gone.
    await page.keyboard.press('2');
    await expect.poll(() => count.innerText()).toContain('尚有 2 处分歧');
    expect(spanCount(db, hospital)).toBe(2);
    expect(auditCount(db, 'adjudicate')).toBe(1);
    expect(auditCount(db, 'detach-span')).toBeGreaterThanOrEqual(6 + 6);

    // u takes it back: the eight spans again, the disagreement open and current.
    await page.keyboard.press('u');
    await expect.poll(() => count.innerText()).toContain('尚有 3 处分歧');
    expect(spanCount(db, hospital)).toBe(8);
    await expect.poll(currentKey).toBe(keys[at]);

    // e: the reviewer's own text.
    await page.keyboard.press('e');
    const box = view.getByRole('textbox');
    await box.waitFor();
    await box.fill('阜新市第二人民医院（妇产医院）');
    await page.keyboard.press('Enter');
    await expect.poll(() => count.innerText()).toContain('尚有 2 处分歧');
    expect(valueNow(db, hospital).state).toBe('edited');
    // 3 keeps both (王芳 rejected the honour, 李静 accepted it: it is kept), 0 neither.
    await expect.poll(currentKey).toBe(keys[1]);
    await page.keyboard.press('3');
    await expect.poll(() => count.innerText()).toContain('尚有 1 处分歧');
    expect(valueNow(db, honour).state).toBe('accepted');
    await expect.poll(currentKey).toBe(keys[0]);
    await page.keyboard.press('0');
    await expect.poll(() => count.innerText()).toContain('尚有 0 处分歧');
    expect(valueNow(db, centre).state).toBe('rejected');
    expect(auditCount(db, 'adjudicate')).toBe(4);
    expect(auditCount(db, 'adjudicate-undo')).toBe(1);

    // The dashboard: nothing open, and the agreement figures are still the curators'.
    await page.keyboard.press('Escape');
    await expect.poll(() => open.getAttribute('data-count')).toBe('0');
    expect(projectAgreement(db)).toEqual(figures);
    const overall = page.getByTestId('agreement').locator('[data-field="*"]');
    expect(await overall.innerText()).toContain(`κ ${figures.pairs[0]!.kappa!.toFixed(2)}`);

    // From an article: Project → Curators' versions of this article… shows both versions.
    await page.getByRole('button', { name: '返回文章' }).click();
    await page.locator(`[role=option][data-article-id="${article}"]`).click();
    await page.getByRole('button', { name: '项目：备份' }).click();
    await page.getByRole('menuitem', { name: '本文各整理员的版本…' }).click();
    await expect
      .poll(() => page.getByTestId('article-versions').locator('th[data-curator]').allInnerTexts())
      .toEqual(['王芳', '李静']);
    await page.keyboard.press('Escape');
    expect(checkProjectFile(project.filePath).problems).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  }, 60_000);
});
