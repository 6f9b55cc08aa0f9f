import { afterEach, expect, it } from 'vitest';
import { openFuxinHospital } from './fuxin-article';
import { articleRows, focusValue, startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

const other = '林整理';

/** Creates a curator through Manage profiles… (the first profile, an admin, is signed in). */
async function createCurator(app: RunningApp): Promise<void> {
  const { page } = app;
  await page.getByTestId('profile-menu').click();
  await page.getByRole('menuitem', { name: 'Manage profiles…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Manage profiles…' });
  const form = dialog.getByRole('form', { name: 'Create a profile' });
  await form.getByLabel('Name', { exact: true }).fill(other);
  await form.getByRole('button', { name: 'Create', exact: true }).click();
  await dialog.locator(`tr[data-profile="${other}"]`).waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
}

it("closes a value's edit box, unsaved, when the curator opens another article or another profile signs in", async () => {
  app = await startApp({ locale: 'en-US' });
  const { page } = app;
  await createCurator(app);
  const { row, hospital, hospitalId, hospitalInDb } = await openFuxinHospital(app);
  const before = hospitalInDb()!;
  const editor = page.getByTestId('value-editor');

  // Another article: the box closes, and coming back does not bring it (or its text) back.
  await focusValue(hospital);
  await page.keyboard.press('e');
  await editor.fill('打了一半的字');
  await articleRows(page).filter({ hasText: '准格尔旗中心医院' }).click();
  await editor.waitFor({ state: 'detached' });
  await row.click();
  // This article's own value (the other article has a hospital value too): the box would be
  // drawn in the same render as its row.
  await page.locator(`[data-value-id="${hospitalId}"]`).waitFor();
  await expect(editor.count()).resolves.toBe(0);

  // Another profile: the previous curator's half-typed edit does not stay open for them.
  await focusValue(hospital);
  await page.keyboard.press('e');
  await editor.fill('另一人不该看到');
  await page.getByTestId('profile-menu').click();
  await page.getByRole('menuitem', { name: 'Switch profile…' }).click();
  const chooser = page.getByRole('dialog', { name: 'Who is working?' });
  await chooser.getByRole('listitem', { name: new RegExp(`^${other} `) }).click();
  await chooser.waitFor({ state: 'detached' });
  await expect.poll(() => page.getByTestId('profile-menu').textContent()).toContain(other);
  await expect.poll(() => editor.count()).toBe(0);

  // Nothing typed was saved.
  expect(hospitalInDb()).toMatchObject({ raw: before.raw, revision: before.revision });
  expect(app.pageErrors).toEqual([]);
}, 90_000);
