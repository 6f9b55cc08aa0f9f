import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('the reader in Chromium', () => {
  it('flags the paragraph that repeats on page 004, in the list and in the text', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    const row = page.locator('[role=option]', { hasText: '004_a2790656f718fd24.txt' });
    await expect(row.textContent()).resolves.toContain('repeat');
    await row.click();
    await page.getByTestId('repeat-flag').waitFor();
    const marked = page.locator('[data-mark=repeat]');
    await expect(marked.count()).resolves.toBe(1);
    await expect(marked.textContent()).resolves.toContain('生命体征可实时传输');
    await app.screenshot('reader-repeat-flag');
  });

  it('joins lines broken inside sentences in the reading view, and keeps the original untouched', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    await page.locator('[role=option]', { hasText: '000_7fa368b7fa82f5b8.txt' }).first().click();
    const text = page.getByTestId('article-text');
    await expect(text.textContent()).resolves.toContain('阜新市第\n二人民医院');
    await page.getByText('Reading view', { exact: true }).click();
    await page.locator('[data-testid=article-text][data-mode=reading]').waitFor();
    await expect(text.textContent()).resolves.toContain('阜新市第二人民医院');
    await app.screenshot('reader-reading-view');
  });

  it('explains why a document cannot be re-read with the encoding the curator picked, and keeps it', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    await page.locator('[role=option]', { hasText: '003_2369a6ec6ec1c7fc.txt' }).click();
    await page.getByTestId('article-text').filter({ hasText: '安庆市二院怀宁院区' }).waitFor();
    await page.locator('input[aria-label="Encoding of the file"]').click();
    await page.getByRole('option', { name: 'windows-1252', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(
      '003_2369a6ec6ec1c7fc.txt cannot be read as windows-1252',
    );
    await expect(page.getByTestId('article-text').textContent()).resolves.toContain(
      '安庆市二院怀宁院区',
    );
    await expect(
      page.locator('input[aria-label="Encoding of the file"]').inputValue(),
    ).resolves.toBe('utf-8');
    const audit = app.project.db
      .prepare("SELECT count(*) AS n FROM audit WHERE action = 'redecode'")
      .get();
    expect(audit).toEqual({ n: 0 });
  });
});
