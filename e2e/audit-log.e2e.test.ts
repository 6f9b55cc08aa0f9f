import { afterEach, describe, expect, it } from 'vitest';
import { articleRows, selectedArticle, startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

const suggestedOf = (app: RunningApp, articleId: number) =>
  (
    app.project.db
      .prepare(
        "SELECT count(*) AS n FROM field_values WHERE article_id = ? AND state = 'suggested'",
      )
      .get(articleId) as { n: number }
  ).n;

const words = {
  'zh-CN': {
    log: '审计日志…',
    accepted: /已接受 · \d+ 个值|审核了值 · \d+ 个值|· \d+ 个值/,
    expand: /展开 \d+ 项修改/,
    action: '操作',
    article: '文章编号',
  },
  'en-US': {
    log: 'Audit log…',
    accepted: /· \d+ values/,
    expand: /Show the \d+ changes/,
    action: 'Action',
    article: 'Article number',
  },
} as const;

describe('the audit log (issue 21, item 6)', () => {
  for (const locale of ['zh-CN', 'en-US'] as const) {
    it(`reads in words, groups Accept all, filters and links to the article (${locale})`, async () => {
      app = await startApp({ locale });
      const { page } = app;
      const w = words[locale];
      await articleRows(page).first().waitFor();
      // Take an article that is not the first, so opening it from the log is visible.
      await articleRows(page).nth(2).click();
      const articleId = Number(await selectedArticle(page).getAttribute('data-article-id'));
      await page.getByTestId('fields-panel').locator('[data-value-id]').first().waitFor();
      const suggested = suggestedOf(app, articleId);
      expect(suggested).toBeGreaterThan(3);
      await page.keyboard.press('Shift+A');
      await expect.poll(() => suggestedOf(app!, articleId)).toBe(0);
      await articleRows(page).first().click();

      await page.getByTestId('profile-menu').click();
      await page.getByRole('menuitem', { name: w.log }).click();
      const history = page.getByTestId('history');
      const group = history.locator(`[data-history-group="${suggested}"]`);
      await group.waitFor();
      await expect(group.textContent()).resolves.toMatch(w.accepted);
      // Stored keys and JSON never show: actions in words, values as text.
      const text = (await history.textContent()) ?? '';
      expect(text).not.toMatch(/SET-STATE|set-state|MERGE-ARTICLES|SIGN-IN|"start"|\{"/);
      await app.screenshot(`audit-log-grouped-${locale}`);

      // The group opens to its changes, one per value.
      await group.getByRole('button', { name: w.expand }).click();
      await expect.poll(() => group.locator('[data-history-action]').count()).toBe(suggested);

      // Filtering by action leaves only those rows (the server pages the filtered log).
      await history.getByLabel(w.action, { exact: true }).click();
      await page
        .getByRole('option', { name: locale === 'zh-CN' ? '提交' : 'Submitted', exact: true })
        .click();
      await expect.poll(() => history.locator('[data-history-action]').count()).toBe(0);
      await history
        .getByRole('button', { name: locale === 'zh-CN' ? '清除筛选' : 'Clear filters' })
        .click();
      await history.getByLabel(w.article, { exact: true }).fill(String(articleId));
      await expect
        .poll(
          async () =>
            new Set(
              await history
                .locator('[data-article-link]')
                .evaluateAll((links) => links.map((l) => l.getAttribute('data-article-link'))),
            ),
        )
        .toEqual(new Set([String(articleId)]));
      await app.screenshot(`audit-log-filtered-${locale}`);

      // The article is named and a click opens it.
      await history.locator(`[data-article-link="${articleId}"]`).first().click();
      await expect
        .poll(() => selectedArticle(page).getAttribute('data-article-id'))
        .toBe(String(articleId));
      expect(app.pageErrors).toEqual([]);
    });
  }
});
