import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { getArticle } from '../electron/database/articles-repository';
import { articleRows, startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Seed page 000 breaks this phrase over two OCR lines ("…获得国务\n院政府特殊津贴…"), and only there. */
const query = '国务院政府';
const broken = '国务\n院政府';

/** The texts the reader's search highlight covers, as the page would copy them. */
const searchMarks = (page: Page) =>
  page.evaluate(`[...(CSS.highlights.get('search-match') ?? [])].map((r) => r.toString())`);

describe('searching for a word the page breaks over two lines', () => {
  it.each(['Original', 'Reading view'])(
    'finds the article, marks the snippet and marks the word in the reader (%s)',
    async (view) => {
      app = await startApp({ locale: 'en-US' });
      const { page, project } = app;
      const ids = (project.db.prepare('SELECT id FROM articles').all() as { id: number }[]).map(
        (r) => r.id,
      );
      const texts = ids.map((id) => ({
        id,
        text: getArticle(project.db, id)
          .segments.map((s) => s.text)
          .join('\n'),
      }));
      // The oracle: one article holds the phrase, broken by a line, and none holds it whole.
      const holders = texts.filter((a) => a.text.includes(broken)).map((a) => a.id);
      expect(holders).toHaveLength(1);
      expect(texts.filter((a) => a.text.includes(query))).toEqual([]);

      await articleRows(page).first().waitFor();
      await page.getByRole('textbox', { name: 'Search titles and text' }).fill(query);
      await expect.poll(() => page.getByTestId('article-count').textContent()).toBe('1 match');
      const row = articleRows(page);
      await expect.poll(() => row.getAttribute('data-article-id')).toBe(String(holders[0]));
      // The snippet marks the whole word, its line break included.
      await expect(
        row.locator('[data-testid=match-snippet] mark').allTextContents(),
      ).resolves.toEqual([broken]);

      await row.click();
      await page.getByText(view, { exact: true }).click();
      const mode = view === 'Original' ? 'original' : 'reading';
      await page.locator(`[data-testid=article-text][data-mode=${mode}]`).waitFor();
      await expect
        .poll(() => page.getByTestId('search-matches').textContent())
        .toBe(`1 match of “${query}”`);
      // One mark over the whole word: across the break in the original, over the joined line in
      // the reading view.
      await expect.poll(() => searchMarks(page)).toEqual([view === 'Original' ? broken : query]);
      await app.screenshot(`search-line-breaks-${mode}`);
      expect(app.pageErrors).toEqual([]);
    },
  );
});
