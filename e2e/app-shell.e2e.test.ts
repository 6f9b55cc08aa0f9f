import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('the app shell in Chromium', () => {
  it('lists the seed articles and shows the selected one with its Chinese text', async () => {
    app = await startApp({ locale: 'zh-CN' });
    const { page } = app;
    await page.getByRole('option').first().waitFor();
    await expect(page.getByTestId('article-count').textContent()).resolves.toContain('5');

    await page.locator('[role=option]', { hasText: '003_2369a6ec6ec1c7fc.txt' }).click();
    const text = page.getByTestId('article-text');
    await text.waitFor();
    await expect(text.textContent()).resolves.toContain('安庆市二院怀宁院区横空出世');
    await expect(page.getByRole('option', { selected: true }).textContent()).resolves.toContain(
      '003_2369a6ec6ec1c7fc.txt',
    );

    // The page follows the system language: zh-CN strings in the panes.
    await expect(page.getByRole('navigation').first().textContent()).resolves.toContain('文章');

    const file = await app.screenshot('shell-zh-CN');
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    expect(app.pageErrors).toEqual([]);
  });
});
