import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { articleRows, selectedArticle, startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('the app shell in Chromium', () => {
  it('lists the seed articles and shows the selected one with its Chinese text', async () => {
    app = await startApp({ locale: 'zh-CN' });
    const { page } = app;
    await articleRows(page).first().waitFor();
    await expect(page.getByTestId('article-count').textContent()).resolves.toBe('共 9 篇');

    await page.locator('[role=option]', { hasText: '003_2369a6ec6ec1c7fc.txt' }).click();
    const text = page.getByTestId('article-text');
    await text.waitFor();
    await expect(text.textContent()).resolves.toContain('安庆市二院怀宁院区横空出世');
    await expect(selectedArticle(page).textContent()).resolves.toContain(
      '003_2369a6ec6ec1c7fc.txt',
    );

    // The page follows the system language: zh-CN strings in the panes.
    await expect(page.getByRole('navigation').first().textContent()).resolves.toContain('文章');

    const file = await app.screenshot('shell-zh-CN');
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    expect(app.pageErrors).toEqual([]);
  });

  it('switches to English and the dark theme, and remembers both after a reload', async () => {
    app = await startApp({ locale: 'zh-CN' });
    const { page } = app;
    await articleRows(page).first().waitFor();
    await page.getByText('English', { exact: true }).click();
    await page.getByText('Dark', { exact: true }).click();
    await expect(page.getByRole('navigation').first().textContent()).resolves.toContain('Articles');
    await page.reload();
    await articleRows(page).first().waitFor();
    await expect(page.getByTestId('article-count').textContent()).resolves.toBe('9 articles');
    await expect(page.locator('html').getAttribute('data-mantine-color-scheme')).resolves.toBe(
      'dark',
    );
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await app.screenshot('shell-en-dark');
    expect(app.pageErrors).toEqual([]);
  });

  it('follows an English system language on first start', async () => {
    app = await startApp({ locale: 'en-US' });
    await articleRows(app.page).first().waitFor();
    await expect(app.page.getByTestId('article-count').textContent()).resolves.toBe('9 articles');
  });

  it('keeps the selected article across a reload', async () => {
    app = await startApp();
    const { page } = app;
    await page.locator('[role=option]', { hasText: '004_a2790656f718fd24.txt' }).click();
    await page.getByTestId('article-text').filter({ hasText: '准格尔旗中心医院' }).waitFor();
    await page.reload();
    await page.getByTestId('article-text').filter({ hasText: '准格尔旗中心医院' }).waitFor();
    await expect(selectedArticle(page).textContent()).resolves.toContain(
      '004_a2790656f718fd24.txt',
    );
  });

  it('shows a typed error from the API instead of failing silently', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    await articleRows(page).first().waitFor();
    // Another window (here: the project behind the page's back) deletes an article the list
    // still shows; opening it must say so instead of failing silently.
    const gone = app.project.db
      .prepare(
        "SELECT a.id FROM articles a JOIN documents d ON d.id = a.document_id WHERE d.name LIKE '003%' ORDER BY a.ordinal LIMIT 1",
      )
      .get() as { id: number };
    app.project.db.prepare('DELETE FROM articles WHERE id = ?').run(gone.id);
    await page.locator('[role=option]', { hasText: '003_2369a6ec6ec1c7fc.txt' }).first().click();
    const alert = page.getByRole('alert', { name: 'Something went wrong' });
    await alert.waitFor();
    await expect(alert.getAttribute('data-error-code')).resolves.toBe('not-found');
    await expect(alert.textContent()).resolves.toContain(`There is no article ${gone.id}`);
    // The error is shown, not thrown: the page logged nothing and the list is still usable.
    await articleRows(page).first().click();
    await page.getByTestId('article-text').waitFor();
  });
});
