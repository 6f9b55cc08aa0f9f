import { afterEach, describe, expect, it } from 'vitest';
import { articleRows, startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('field settings in Chromium', () => {
  it('relabels, retires and adds fields; the panel follows and retired values are kept', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page, project } = app;
    const metricsValues = (): number =>
      (
        project.db
          .prepare("SELECT count(*) AS n FROM field_values WHERE field_key = 'metrics'")
          .get() as { n: number }
      ).n;
    const before = metricsValues();
    expect(before).toBeGreaterThan(0);

    await articleRows(page).first().click();
    const panel = page.getByTestId('fields-panel');
    await panel.locator('[data-field=metrics]').waitFor();
    await expect(panel.locator('[data-field=hospital]').textContent()).resolves.toContain(
      'Hospital',
    );

    await page.getByRole('button', { name: 'Fields…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('[data-schema-field=metrics]').waitFor();
    // The value count shown is the project's.
    await expect(
      dialog.locator('[data-schema-field=metrics] td[data-column=values]').textContent(),
    ).resolves.toBe(String(before));

    // An invalid edit is refused by the Node side, and the dialog says which field is wrong.
    await dialog.getByLabel('English label of city').fill('');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByRole('alert').textContent()).resolves.toContain('field "city"');
    await dialog.getByLabel('English label of city').fill('City (prefecture level)');
    await expect(dialog.getByRole('alert').count()).resolves.toBe(0);

    await dialog.getByLabel('English label of hospital').fill('Institution');
    await dialog.getByLabel('Retire metrics').check({ force: true });
    await dialog.getByLabel('Key', { exact: true }).fill('notes');
    await dialog.getByLabel('Chinese label', { exact: true }).fill('备注');
    await dialog.getByLabel('English label', { exact: true }).fill('Notes');
    await dialog.getByRole('button', { name: 'Add field' }).click();
    await dialog.locator('[data-schema-field=notes]').scrollIntoViewIfNeeded();
    await app.screenshot('schema-dialog');

    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await panel.locator('[data-field=notes]').waitFor();
    await expect(panel.locator('[data-field=hospital]').textContent()).resolves.toContain(
      'Institution',
    );
    await expect(panel.locator('[data-field=metrics]').count()).resolves.toBe(0);
    await expect(panel.textContent()).resolves.toContain('hospital-news@2');
    expect(metricsValues()).toBe(before);

    // The new version is what the project opens with.
    await page.reload();
    await articleRows(page).first().click();
    await panel.locator('[data-field=notes]').waitFor();
    await expect(panel.locator('[data-field=metrics]').count()).resolves.toBe(0);
    expect(app.pageErrors).toEqual([]);
  });
});
