/**
 * Walks the numbered list of issue 21 as a new user would, in zh-CN dark and en-US light at
 * 1024 px and 1440 px (`npx tsx e2e/issue21-walkthrough.ts`): prints what it measured and takes
 * a screenshot of each view (e2e/screenshots/walk-*.png) to look at. Not a test: the e2e tests
 * assert each point; this is the new user's tour across the four setups at once.
 */
import type { Page } from 'playwright-core';
import { articleRows, focusValue, selectedArticle, startApp } from './harness';

const setups = [
  { locale: 'zh-CN', colorScheme: 'dark' },
  { locale: 'en-US', colorScheme: 'light' },
] as const;

/** Visible controls and text that leave the window, and text under 12 px. */
const layoutProblems = `(() => {
  const out = [];
  const small = new Set();
  for (const e of document.querySelectorAll('button, input, a, [role=tab], [role=option]')) {
    const r = e.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || getComputedStyle(e).visibility === 'hidden') continue;
    if (r.right > innerWidth + 1 || r.left < -1) out.push('off-screen: ' + (e.getAttribute('aria-label') || e.textContent).slice(0, 30));
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.data.trim()) continue;
    const el = n.parentElement;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.bottom < 0 || r.top > innerHeight) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < 12) small.add(size + 'px: ' + n.data.trim().slice(0, 20));
  }
  return [...out, ...[...small].slice(0, 8)];
})()`;

const readerScrollTop = (page: Page) =>
  page
    .getByTestId('article-text')
    .evaluate((text) => text.closest('.mantine-ScrollArea-viewport')!.scrollTop);

async function walk(setup: (typeof setups)[number], width: number): Promise<void> {
  const app = await startApp(setup);
  const { page } = app;
  const name = `walk-${setup.locale}-${setup.colorScheme}-${width}`;
  const say = (what: string, value: unknown) =>
    console.log(`${name} ${what}: ${JSON.stringify(value)}`);
  try {
    await page.setViewportSize({ width, height: 800 });
    await articleRows(page).first().waitFor();
    await page.getByTestId('article-text').waitFor();
    // 1. Articles open at the top.
    await page.getByTestId('article-text').evaluate((text) => {
      const viewport = text.closest('.mantine-ScrollArea-viewport')!;
      viewport.scrollTop = viewport.scrollHeight;
    });
    const first = await selectedArticle(page).getAttribute('data-article-id');
    await page.keyboard.press('j');
    while ((await selectedArticle(page).getAttribute('data-article-id')) === first)
      await page.waitForTimeout(50);
    await page.waitForTimeout(400);
    say('1 reader scrollTop after j', await readerScrollTop(page));
    await page.keyboard.press('k');
    await page.locator('[data-field=hospital] [data-value-id]').first().waitFor();
    // 2. Highlights: one highlight per field colour and state, the legend.
    await page.waitForTimeout(400);
    say('2 highlight names', await page.evaluate('[...CSS.highlights.keys()].sort().join(" ")'));
    await page.getByTestId('legend-button').click();
    say('2 legend fields', await page.locator('[data-legend-field]').count());
    await page.waitForTimeout(300);
    await app.screenshot(`${name}-legend`);
    await page.keyboard.press('Escape');
    // 6. Layout: nothing off-screen or under 12 px; the workflow bar keeps its height on focus.
    const bar = page.getByTestId('workflow-bar');
    const before = (await bar.boundingBox())?.height;
    await focusValue(page.locator('[data-field=hospital] [data-value-id]').first());
    await page.waitForTimeout(300);
    say('6 workflow bar height before/after focus', [before, (await bar.boundingBox())?.height]);
    say('6 layout problems', await page.evaluate(layoutProblems));
    await app.screenshot(`${name}-focused`);
    // 4. A structured value: e opens the part-by-part form.
    const metric = page.locator('[data-field=metrics] [data-value-id]').first();
    if ((await metric.count()) > 0) {
      await focusValue(metric);
      await page.keyboard.press('e');
      say(
        '4 structured editor parts',
        await page.getByTestId('structured-editor').locator('input').count(),
      );
      await page.keyboard.press('Escape');
    } else say('4 structured editor', 'no metric in this article');
    // 7. Review view.
    await page
      .getByRole('radio', { name: setup.locale === 'zh-CN' ? '审核' : 'Review' })
      .click({ force: true })
      .catch(() => undefined);
    await page.waitForTimeout(500);
    await app.screenshot(`${name}-review`);
    say('7 layout problems in review', await page.evaluate(layoutProblems));
    // Grid and queue.
    await page.keyboard.press('g');
    await page.getByTestId('field-grid').waitFor();
    await page.waitForTimeout(300);
    say('grid layout problems', await page.evaluate(layoutProblems));
    await app.screenshot(`${name}-grid`);
    await page.keyboard.press('Escape');
    await page
      .getByRole('button', { name: setup.locale === 'zh-CN' ? '返回文章' : 'Back to the articles' })
      .click();
    await page.getByTestId('article-text').waitFor();
    await page.keyboard.press('q');
    await page.getByTestId('queue-card').waitFor();
    await page.waitForTimeout(300);
    say('queue layout problems', await page.evaluate(layoutProblems));
    await app.screenshot(`${name}-queue`);
    // 8. The Fields… dialog with its colour column.
    await page
      .getByRole('button', { name: setup.locale === 'zh-CN' ? '字段设置…' : 'Fields…' })
      .click();
    await page.getByRole('dialog').locator('[data-color-cell]').first().waitFor();
    await page.waitForTimeout(300);
    say('fields dialog layout problems', await page.evaluate(layoutProblems));
    await app.screenshot(`${name}-fields`);
    say('page errors', app.pageErrors);
  } finally {
    await app.close();
  }
}

for (const setup of setups) for (const width of [1024, 1440]) await walk(setup, width);
