import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../electron/app-root';
import { useTempDir } from '../electron/test-support/temp-dir';
import { articleRows, startApp, type RunningApp } from './harness';
import type { Page } from 'playwright-core';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

// Real folders, removed after each test (the helper the unit tests use).
const tempDir = useTempDir('gleaner-e2e-');

describe('import in Chromium', () => {
  it('imports picked files (GBK, a duplicate, an empty file) and reports each', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    await articleRows(page).first().waitFor();
    const dir = tempDir();
    const newPage =
      '锡林郭勒盟中心医院：\n\n守护草原人民健康\n\n医院今年新建了胸痛中心，总投资达3000万元。';
    fs.writeFileSync(path.join(dir, 'gbk-news.txt'), iconv.encode(newPage, 'gbk'));
    fs.copyFileSync(
      path.join(bundledSeedsDir, '004_a2790656f718fd24.txt'),
      path.join(dir, 'copy-of-004.txt'),
    );
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose files…' }).click();
    await (
      await chooser
    ).setFiles(['gbk-news.txt', 'copy-of-004.txt', 'empty.txt'].map((n) => path.join(dir, n)));

    const summary = page.getByTestId('import-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain(
      'Imported: 1 · articles: 1 · duplicates: 1 · skipped: 1.',
    );
    const report = page.getByTestId('import-report');
    await expect(report.textContent()).resolves.toContain(
      'copy-of-004.txt has the same text as 004_a2790656f718fd24.txt',
    );
    await expect(report.textContent()).resolves.toMatch(/empty.*empty\.txt/);
    await app.screenshot('import-report');
    await page.getByRole('button', { name: 'Close' }).click();

    await expect(page.getByTestId('article-count').textContent()).resolves.toBe('10 articles');
    await page.locator('[role=option]', { hasText: 'gbk-news.txt' }).click();
    await expect(page.getByTestId('article-text').textContent()).resolves.toContain(
      '总投资达3000万元',
    );
    await expect(
      page.locator('input[aria-label="Encoding of the file"]').inputValue(),
    ).resolves.toBe('gb18030');
    expect(app.pageErrors).toEqual([]);
  });

  it('imports a file detection refused once "Decode as…" names its encoding', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    await articleRows(page).first().waitFor();
    const dir = tempDir();
    const file = path.join(dir, 'short-big5.txt');
    fs.writeFileSync(file, iconv.encode('臺北', 'big5'));
    const importWith = async (choice: string | null): Promise<string> => {
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      if (choice) {
        await page.getByRole('dialog').getByLabel('Decode as…').click();
        await page.getByRole('option', { name: choice }).click();
      }
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Choose files…' }).click();
      await (await chooser).setFiles([file]);
      const report = page.getByTestId('import-report');
      await report.waitFor();
      const text = (await report.textContent()) ?? '';
      await page.getByRole('button', { name: 'Close' }).click();
      return text;
    };

    await expect(importWith(null)).resolves.toMatch(
      /short-big5\.txt: could not tell the encoding.*"Decode as…".*imported again with the encoding chosen under “Decode as…”/,
    );
    await expect(importWith('Big5 (Traditional Chinese)')).resolves.toContain('Imported: 1');
    await page.locator('[role=option]', { hasText: 'short-big5.txt' }).click();
    await expect(page.getByTestId('article-text').textContent()).resolves.toContain('臺北');
    await expect(
      page.locator('input[aria-label="Encoding of the file"]').inputValue(),
    ).resolves.toBe('big5');
    expect(app.pageErrors).toEqual([]);
  });

  it('shows progress for a large folder and stops it on request, keeping what was imported', async () => {
    app = await startApp({ locale: 'zh-CN' });
    const { page } = app;
    await articleRows(page).first().waitFor();
    const dir = tempDir();
    const seed = fs.readFileSync(path.join(bundledSeedsDir, '002_706bd34281dab565.txt'), 'utf8');
    for (let i = 0; i < 3000; i++)
      fs.writeFileSync(path.join(dir, `page-${i}.txt`), `${seed}\n第${i}期`);

    await page.getByRole('button', { name: '导入', exact: true }).click();
    await page.getByLabel('本机上的文件或文件夹').fill(dir);
    await page.getByRole('dialog').getByRole('button', { name: '导入', exact: true }).click();
    const progress = page.getByTestId('import-progress');
    // The first count comes once 3,000 files are listed and the first ones stored: on a loaded
    // runner that can take longer than a locator's default 30 s.
    await progress.filter({ hasText: /正在导入 [1-9]\d* \/ 3000/ }).waitFor({ timeout: 90_000 });
    await app.screenshot('import-progress');
    // The header stays one line beside the progress, down to the desktop window's 1024 px.
    expect(await headerSpills(page)).toEqual([]);
    await page.setViewportSize({ width: 1024, height: 800 });
    expect(await headerSpills(page)).toEqual([]);
    await app.screenshot('import-progress-1024');
    await page.getByRole('button', { name: '停止' }).click();

    const summary = page.getByTestId('import-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain('导入已停止');
    // With no job running the tagline is back, and the header still fits at 1024 px.
    expect(await headerSpills(page)).toEqual([]);
    const imported = Number(/已导入 (\d+) 个文件/.exec((await summary.textContent()) ?? '')?.[1]);
    expect(imported).toBeGreaterThan(0);
    expect(imported).toBeLessThan(3000);
    expect(app.project.info().documentCount).toBe(5 + imported);
  }, 180_000);
});

/**
 * The header's controls that leave the header, leave the window, or overlap the one before them
 * (a wrapped header spilled its buttons over the reader), by their names.
 */
async function headerSpills(page: Page): Promise<string[]> {
  // As a string: the e2e code is type-checked without the DOM's types.
  return (await page.evaluate(`(() => {
    const header = document.querySelector('header').getBoundingClientRect();
    const controls = [
      ...document.querySelectorAll('header button, header [data-testid="import-progress"]'),
    ].filter(
      (element) =>
        !element.closest('[data-testid="import-progress"] *') && !element.closest('[role="dialog"]'),
    );
    const spills = [];
    let previousRight = -Infinity;
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      const name = control.getAttribute('aria-label') ?? control.textContent ?? '?';
      if (box.top < header.top || box.bottom > header.bottom) spills.push(name + ': off the line');
      if (box.left < 0 || box.right > window.innerWidth) spills.push(name + ': off the window');
      if (box.left < previousRight - 1) spills.push(name + ': overlaps');
      previousRight = box.right;
    }
    return spills;
  })()`)) as string[];
}
