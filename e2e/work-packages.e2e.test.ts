import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Project } from '../electron/services/project';
import { editValue } from '../electron/services/value-editing';
import { useTempDir } from '../electron/test-support/temp-dir';
import { startApp, type RunningApp } from './harness';

const tempDir = useTempDir('gleaner-e2e-packages-');
let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('work packages in Chromium', () => {
  it('writes a package from the Project menu, then merges it back through the conflict view', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page, project } = app;
    await page.locator('[role=option][data-article-id]').first().waitFor();
    const out = path.join(tempDir(), 'pkg.gleaner');

    await page.getByRole('button', { name: 'Project: backups' }).click();
    await page.getByRole('menuitem', { name: 'Create work package…' }).click();
    const createDialog = page.getByRole('dialog', { name: 'Create work package' });
    await createDialog.getByLabel('Package file to write').fill(out);
    await createDialog.getByRole('button', { name: 'Write package' }).click();
    await createDialog
      .getByRole('status')
      .getByText(/Wrote .*pkg\.gleaner: 9 articles on 5 pages/)
      .waitFor();
    await page.keyboard.press('Escape');

    // A curator's edit in the package, and a different one of the same value here.
    const value = project.db
      .prepare(
        "SELECT id, revision FROM field_values WHERE article_id = 1 AND field_key = 'hospital' ORDER BY id LIMIT 1",
      )
      .get() as { id: number; revision: number };
    const pkg = Project.open(out, { mustExist: true });
    editValue(pkg.db, { valueId: value.id, revision: value.revision, text: '包里的医院' }, '王芳');
    pkg.close();
    editValue(
      project.db,
      { valueId: value.id, revision: value.revision, text: '主项目医院' },
      '李静',
    );

    await page.getByRole('button', { name: 'Project: backups' }).click();
    await page.getByRole('menuitem', { name: 'Merge work package…' }).click();
    const mergeDialog = page.getByRole('dialog', { name: 'Merge work package' });
    await mergeDialog.getByLabel('Package file').fill(out);
    await mergeDialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await mergeDialog.getByText('1 conflict: choose a side for it.').waitFor();
    const conflict = mergeDialog.locator(`[data-conflict="value:${value.id}"]`);
    await expect
      .poll(() => conflict.locator('[data-side=main]').innerText())
      .toMatch(/主项目医院[\s\S]*by 李静/);
    await expect
      .poll(() => conflict.locator('[data-side=package]').innerText())
      .toMatch(/包里的医院[\s\S]*by 王芳/);
    await expect
      .poll(() => conflict.locator('[data-side=package]').innerText())
      .toMatch(/Spans: \d+–\d+/);
    // Nothing is merged until every conflict has a choice.
    const apply = mergeDialog.getByRole('button', { name: 'Apply choices and merge' });
    expect(await apply.isDisabled()).toBe(true);
    // The field by its label, the value as text (not JSON), the time as local time.
    await expect.poll(() => conflict.innerText()).toMatch(/Value of Hospital/);
    const packageSide = await conflict.locator('[data-side=package]').innerText();
    expect(packageSide).not.toMatch(/"包里的医院"|\d{4}-\d\d-\d\dT/);
    expect(await conflict.getAttribute('aria-current')).toBe('true');
    await app.screenshot('work-package-conflict');
    // The keyboard decides: 2 keeps this project's side, k goes back, 1 takes the package's,
    // Enter applies.
    await page.keyboard.press('2');
    expect(await conflict.getByLabel('2 · Keep: This project').isChecked()).toBe(true);
    await page.keyboard.press('k');
    await page.keyboard.press('1');
    expect(await conflict.getByLabel('1 · Keep: Package').isChecked()).toBe(true);
    expect(await apply.isDisabled()).toBe(false);
    await page.keyboard.press('Enter');
    await mergeDialog
      .getByRole('status')
      .getByText(/Merged: .*1 conflicts decided/)
      .waitFor();
    const merged = project.db
      .prepare('SELECT value FROM field_values WHERE id = ?')
      .get(value.id) as {
      value: string;
    };
    expect(merged.value).toContain('包里的医院');
    expect(app.pageErrors).toEqual([]);
  });
});
