import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../electron/test-support/temp-dir';
import { articleRows, startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

const tempDir = useTempDir('gleaner-e2e-lists-');

// Pages written for this test; none is taken from a real site.
const LIST_PAGE = [
  '医院动态',
  '2024-03-12  市中心医院开展世界肾脏日义诊',
  '2024-03-08  市中心医院新建住院楼主体封顶',
  '2024-03-05  市中心医院心内科完成首例左心耳封堵手术',
  '2024-03-01  市中心医院召开年度工作会议',
].join('\n');

const SCHOOL_PAGE = [
  '第二实验小学新校区开工建设',
  '4月18日，第二实验小学新校区开工建设，学校总投资一亿二千万元，建成后可容纳学生两千四百名。',
  '校长介绍，新校区设有四十八个教室和一座体育馆，将于明年秋季迎来第一批师生。',
].join('\n');

const itemTitles = [
  '市中心医院开展世界肾脏日义诊',
  '市中心医院新建住院楼主体封顶',
  '市中心医院心内科完成首例左心耳封堵手术',
  '市中心医院召开年度工作会议',
];

describe('list pages and pages not about a hospital, in Chromium', () => {
  it('imports a list page as one article per item and filters and badges a school page', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    await articleRows(page).first().waitFor();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'hospital-list.txt'), LIST_PAGE);
    fs.writeFileSync(path.join(dir, 'school.txt'), SCHOOL_PAGE);

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose files…' }).click();
    await (
      await chooser
    ).setFiles(['hospital-list.txt', 'school.txt'].map((n) => path.join(dir, n)));
    const summary = page.getByTestId('import-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain('Imported: 2 · articles: 5');
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByTestId('article-count').textContent()).resolves.toBe('14 articles');

    // Each item of the list page is a row of its own, titled by its headline, with no badge.
    for (const title of itemTitles) {
      const row = articleRows(page).filter({ hasText: title });
      await expect(row.count()).resolves.toBe(1);
      await expect(row.getByTestId('off-subject-badge').count()).resolves.toBe(0);
    }
    const school = articleRows(page).filter({ hasText: '第二实验小学新校区开工建设' });
    await expect(school.getByTestId('off-subject-badge').textContent()).resolves.toBe(
      'not about a hospital',
    );
    await expect(articleRows(page).getByTestId('off-subject-badge').count()).resolves.toBe(1);

    // The filter keeps only the article that is not about a hospital…
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await page.getByTestId('subject-filter').selectOption({ label: 'Only articles not about it' });
    await expect.poll(() => page.getByTestId('article-count').textContent()).toBe('1 article');
    await expect(articleRows(page).textContent()).resolves.toContain('第二实验小学新校区开工建设');
    await expect(page.getByTestId('filter-chips').textContent()).resolves.toContain(
      'Not about the subject',
    );
    // …whose reader says so, with the low confidence of every suggestion.
    await page.keyboard.press('Escape');
    await articleRows(page).first().click();
    const readerBadge = page
      .getByTestId('off-subject-badge')
      .filter({ hasText: 'Not about a hospital: its suggestions are low confidence' });
    await readerBadge.waitFor();
    await expect(readerBadge.getAttribute('title')).resolves.toMatch(/^not about a hospital/);
    await app.screenshot('off-subject-filter');

    // …or hides it.
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByTestId('subject-filter').selectOption({ label: 'Hide articles not about it' });
    await expect.poll(() => page.getByTestId('article-count').textContent()).toBe('13 articles');
    await expect(articleRows(page).getByTestId('off-subject-badge').count()).resolves.toBe(0);
    expect(app.pageErrors).toEqual([]);
  });
});
