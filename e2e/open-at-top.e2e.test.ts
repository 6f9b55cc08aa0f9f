import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { articleRows, selectedArticle, startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The reader's scroller (the ScrollArea's viewport around the article text). */
const readerScrollTop = (page: Page) =>
  page
    .getByTestId('article-text')
    .evaluate((text) => text.closest('.mantine-ScrollArea-viewport')!.scrollTop);

async function scrollReaderDown(page: Page): Promise<void> {
  await page.getByTestId('article-text').evaluate((text) => {
    const viewport = text.closest('.mantine-ScrollArea-viewport')!;
    viewport.scrollTop = viewport.scrollHeight;
  });
  await expect.poll(() => readerScrollTop(page)).toBeGreaterThan(200);
}

describe('opening an article (issue 21, item 1)', () => {
  it('shows it from the top, whether switched with j/k or from the list', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    await articleRows(page).first().waitFor();
    await page.getByTestId('article-text').waitFor();
    const first = await selectedArticle(page).getAttribute('data-article-id');

    await scrollReaderDown(page);
    await page.keyboard.press('j');
    await expect.poll(() => selectedArticle(page).getAttribute('data-article-id')).not.toBe(first);
    await expect.poll(() => readerScrollTop(page)).toBe(0);

    await scrollReaderDown(page);
    await page.keyboard.press('k');
    await expect.poll(() => selectedArticle(page).getAttribute('data-article-id')).toBe(first);
    await expect.poll(() => readerScrollTop(page)).toBe(0);

    await scrollReaderDown(page);
    await articleRows(page).nth(2).click();
    await expect
      .poll(() => selectedArticle(page).getAttribute('data-article-id'))
      .toBe(await articleRows(page).nth(2).getAttribute('data-article-id'));
    await expect.poll(() => readerScrollTop(page)).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });
});
