import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { getArticle } from '../electron/database/articles-repository';
import { searchMatches } from '../renderer/features/reader/search-matches';
import { startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

const query = '医院';

/** The reader's current search match: its text, and whether it shows inside the reader's viewport. */
const currentMatch = (page: Page) =>
  page.evaluate(`(() => {
    const highlight = CSS.highlights.get('search-current');
    const ranges = highlight ? [...highlight] : [];
    if (ranges.length !== 1) return { count: ranges.length };
    const scroller = document
      .querySelector('[data-testid=article-text]')
      .closest('.mantine-ScrollArea-viewport');
    const view = scroller.getBoundingClientRect();
    // The bar with the count sticks to the top of the reader: a match under it is out of sight.
    const bar = scroller.querySelector('[data-reader-sticky]').getBoundingClientRect();
    const box = ranges[0].getBoundingClientRect();
    return {
      count: 1,
      text: ranges[0].toString().replace(/\\r?\\n/, ''),
      visible: box.top >= bar.bottom && box.bottom <= view.bottom,
      barInView: bar.top >= view.top,
      scrollTop: Math.round(scroller.scrollTop),
    };
  })()`) as Promise<{ count: number; text?: string; visible?: boolean; scrollTop?: number }>;

const counter = (page: Page) => page.getByTestId('search-matches').textContent();

describe('stepping through the search matches in the reader', () => {
  it('shows where the reader is among the matches, steps with F3, Ctrl+G, Enter and the buttons, and scrolls each into view', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page, project } = app;
    // The oracle: the seed article with the most matches of the query, counted on the stored text.
    const counts = (project.db.prepare('SELECT id FROM articles').all() as { id: number }[]).map(
      ({ id }) => ({ id, total: searchMatches(getArticle(project.db, id).segments, query).length }),
    );
    const { id, total } = counts.reduce((a, b) => (b.total > a.total ? b : a));
    expect(total).toBeGreaterThan(10);

    await page.getByRole('textbox', { name: 'Search titles and text' }).fill(query);
    const row = page.locator(`[data-article-id="${id}"]`);
    await row.click();
    await expect.poll(() => counter(page)).toBe(`1 of ${total} matches of “${query}”`);
    // Opening the article shows its first match, marked as the current one.
    await expect
      .poll(() => currentMatch(page))
      .toMatchObject({ count: 1, text: query, visible: true });
    const first = await currentMatch(page);

    // F3 moves on; Shift+F3 from the first wraps round to the last, far down the article.
    await page.keyboard.press('F3');
    await expect.poll(() => counter(page)).toBe(`2 of ${total} matches of “${query}”`);
    await page.keyboard.press('Shift+F3');
    await page.keyboard.press('Shift+F3');
    await expect.poll(() => counter(page)).toBe(`${total} of ${total} matches of “${query}”`);
    // The count and its arrows stay in sight above the scrolled text.
    await expect
      .poll(() => currentMatch(page))
      .toMatchObject({ text: query, visible: true, barInView: true });
    const last = await currentMatch(page);
    expect(last.scrollTop).toBeGreaterThan(first.scrollTop ?? 0);
    await app.screenshot('search-navigation-last');

    // The next-match button wraps back to the first, scrolled back into view.
    await page.getByRole('button', { name: 'Next match (F3)' }).click();
    await expect.poll(() => counter(page)).toBe(`1 of ${total} matches of “${query}”`);
    await expect.poll(() => currentMatch(page)).toMatchObject({ visible: true });
    expect((await currentMatch(page)).scrollTop).toBeLessThan(last.scrollTop ?? 0);

    // In the search box, Enter on the query already searched steps, as do Ctrl+G and Ctrl+Shift+G.
    await page.getByRole('textbox', { name: 'Search titles and text' }).press('Enter');
    await expect.poll(() => counter(page)).toBe(`2 of ${total} matches of “${query}”`);
    await page.keyboard.press('Control+G');
    await page.keyboard.press('Control+G');
    await expect.poll(() => counter(page)).toBe(`4 of ${total} matches of “${query}”`);
    await page.keyboard.press('Control+Shift+G');
    await expect.poll(() => counter(page)).toBe(`3 of ${total} matches of “${query}”`);

    // The reading view keeps the place among the matches.
    await page.getByText('Reading view', { exact: true }).click();
    await page.locator('[data-testid=article-text][data-mode=reading]').waitFor();
    await expect.poll(() => counter(page)).toBe(`3 of ${total} matches of “${query}”`);
    await expect.poll(() => currentMatch(page)).toMatchObject({ count: 1, visible: true });
    await app.screenshot('search-navigation-reading');

    // A new query starts again at its first match.
    await page.getByRole('textbox', { name: 'Search titles and text' }).fill('医');
    await expect.poll(() => counter(page)).toMatch(/^1 of \d+ matches of “医”$/);
    expect(app.pageErrors).toEqual([]);
  });
});
