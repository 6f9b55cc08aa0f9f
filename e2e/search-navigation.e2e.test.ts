import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { getArticle, listArticles } from '../electron/database/articles-repository';
import { searchMatches } from '../renderer/features/reader/search-matches';
import { selectedArticle, startApp, type RunningApp } from './harness';

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

const counterFor = (index: number, total: number) =>
  total === 1 ? `1 match of “${query}”` : `${index} of ${total} matches of “${query}”`;

describe('stepping through the search matches in the reader', () => {
  it('shows where the reader is among the matches, steps with F3, Ctrl+G, Enter and the arrows, on into the neighbouring articles, and scrolls each into view', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page, project } = app;
    // The oracle: the list's articles for the query, in its order, and each one's matches counted
    // on the stored text.
    const order = listArticles(project.db, { query, offset: 0, limit: 100 }).items.map((a) => a.id);
    const totals = new Map(
      order.map((id) => [id, searchMatches(getArticle(project.db, id).segments, query).length]),
    );
    const id = order.reduce((a, b) => (totals.get(b)! > totals.get(a)! ? b : a));
    const total = totals.get(id)!;
    expect(total).toBeGreaterThan(10);
    // Seed page 004 holds the most matches and comes last in the list: past its last match F3
    // wraps round; before its first it goes back into the article above.
    expect(order.indexOf(id)).toBe(order.length - 1);
    const previous = order.at(-2)!;

    await page.getByRole('textbox', { name: 'Search titles and text' }).fill(query);
    await page.locator(`[data-article-id="${id}"]`).click();
    await expect.poll(() => counter(page)).toBe(counterFor(1, total));
    // Opening the article shows its first match, marked as the current one.
    await expect
      .poll(() => currentMatch(page))
      .toMatchObject({ count: 1, text: query, visible: true });
    const first = await currentMatch(page);

    // F3 moves on and Shift+F3 back; Shift+F3 before the first match opens the article above at
    // its last match, and F3 comes back to this one's first.
    await page.keyboard.press('F3');
    await expect.poll(() => counter(page)).toBe(counterFor(2, total));
    await page.keyboard.press('Shift+F3');
    await expect.poll(() => counter(page)).toBe(counterFor(1, total));
    await page.keyboard.press('Shift+F3');
    await expect
      .poll(() => selectedArticle(page).getAttribute('data-article-id'))
      .toBe(String(previous));
    const previousTotal = totals.get(previous)!;
    await expect.poll(() => counter(page)).toBe(counterFor(previousTotal, previousTotal));
    await expect.poll(() => currentMatch(page)).toMatchObject({ text: query, visible: true });
    await page.keyboard.press('F3');
    await expect.poll(() => selectedArticle(page).getAttribute('data-article-id')).toBe(String(id));
    await expect.poll(() => counter(page)).toBe(counterFor(1, total));

    // On to the last match, far down the article; the count and its arrows stay in sight above the
    // scrolled text.
    for (let step = 1; step < total; step++) await page.keyboard.press('F3');
    await expect.poll(() => counter(page)).toBe(counterFor(total, total));
    await expect
      .poll(() => currentMatch(page))
      .toMatchObject({ text: query, visible: true, barInView: true });
    const last = await currentMatch(page);
    expect(last.scrollTop).toBeGreaterThan(first.scrollTop ?? 0);
    await app.screenshot('search-navigation-last');

    // The last article of the list: the next-match arrow wraps round to its first match.
    await page.getByRole('button', { name: 'Next match (F3)' }).click();
    await expect.poll(() => counter(page)).toBe(counterFor(1, total));
    await expect.poll(() => currentMatch(page)).toMatchObject({ visible: true });
    expect((await currentMatch(page)).scrollTop).toBeLessThan(last.scrollTop ?? 0);
    expect(await selectedArticle(page).getAttribute('data-article-id')).toBe(String(id));

    // In the search box, Enter on the query already searched steps, as do Ctrl+G and Ctrl+Shift+G.
    await page.getByRole('textbox', { name: 'Search titles and text' }).press('Enter');
    await expect.poll(() => counter(page)).toBe(counterFor(2, total));
    await page.keyboard.press('Control+G');
    await page.keyboard.press('Control+G');
    await expect.poll(() => counter(page)).toBe(counterFor(4, total));
    await page.keyboard.press('Control+Shift+G');
    await expect.poll(() => counter(page)).toBe(counterFor(3, total));

    // The reading view keeps the place among the matches.
    await page.getByText('Reading view', { exact: true }).click();
    await page.locator('[data-testid=article-text][data-mode=reading]').waitFor();
    await expect.poll(() => counter(page)).toBe(counterFor(3, total));
    await expect.poll(() => currentMatch(page)).toMatchObject({ count: 1, visible: true });
    await app.screenshot('search-navigation-reading');

    // A new query starts again at its first match.
    await page.getByRole('textbox', { name: 'Search titles and text' }).fill('医');
    await expect.poll(() => counter(page)).toMatch(/^1 of \d+ matches of “医”$/);
    expect(app.pageErrors).toEqual([]);
  });
});
