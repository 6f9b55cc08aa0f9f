import { afterEach, describe, expect, it } from 'vitest';
import { replicateArticles } from '../bench/replicate-project';
import { listArticles, SEARCH_LIST_CAP } from '../electron/database/articles-repository';
import { flushSearchIndex } from '../electron/database/search-index';
import { rowIds, rowSelector, scroller } from './article-list-page';
import { startApp, type RunningApp } from './harness';

/**
 * A search typed into the list of a project where it matches more articles than the list holds:
 * the window asks for the rows on screen first (their snippets are most of what a search's first
 * answer costs), shows them in the list's order with the capped count, and then fetches the rows
 * around them, so scrolling on finds them loaded.
 */

/** Enough articles for 医院 to match more than the list holds; all indexed (seconds). */
const ARTICLES = SEARCH_LIST_CAP + 2_000;

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('a search that matches more than the list holds', () => {
  it('answers with the rows on screen first, in order, with "10,000+", then loads the rows around them', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page, project } = app;
    const { db } = project;
    await page.locator(rowSelector).first().waitFor();
    replicateArticles(db, ARTICLES);
    flushSearchIndex(db);

    const asked: { offset: number; limit: number; query?: string }[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/articles.list'))
        asked.push(JSON.parse(request.postData() ?? '{}') as (typeof asked)[number]);
    });
    const query = '医院';
    await page.getByRole('textbox', { name: 'Search titles and text' }).fill(query);
    await expect
      .poll(() => page.getByTestId('article-count').textContent())
      .toMatch(/^10,?000\+ matches/);
    const expected = listArticles(db, { query, offset: 0, limit: 1000 }).items.map((a) => a.id);
    await expect.poll(async () => (await rowIds(page)).slice(0, 5)).toEqual(expected.slice(0, 5));
    await app.screenshot('search-first-answer');

    // The first call for the search asked for the rows on screen only; the next ones for the rows
    // after them, so the list holds a page beyond the screen without asking again.
    const searches = asked.filter((body) => body.query === query);
    expect(searches[0]).toMatchObject({ offset: 0 });
    expect(searches[0]!.limit).toBeLessThanOrEqual(60);
    await expect
      .poll(() =>
        asked
          .filter((body) => body.query === query)
          .reduce((end, body) => Math.max(end, body.offset + body.limit), 0),
      )
      .toBeGreaterThanOrEqual(200);
    // Scrolled to the 150th row: the rows there are loaded and are the list's.
    await page.evaluate(`(() => { const s = ${scroller}; s.scrollTo(0, 150 * 104); })()`);
    await expect
      .poll(async () => {
        const ids = await rowIds(page);
        const at = expected.indexOf(ids[0]!);
        return at >= 140 && at <= 160 && ids.every((id, i) => expected[at + i] === id);
      })
      .toBe(true);
    expect(app.pageErrors).toEqual([]);
  }, 120_000);
});
