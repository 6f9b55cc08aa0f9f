import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { getArticle } from '../electron/database/articles-repository';
import { importPaths } from '../electron/services/import-pipeline';
import type { Project } from '../electron/services/project';
import { useTempDir } from '../electron/test-support/temp-dir';
import { rowIds, rowSelector, scroller } from './article-list-page';
import { startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

const tempDir = useTempDir('gleaner-e2e-list-');

const count = (page: Page) => page.getByTestId('article-count').textContent();

/** The seed articles whose title or one of whose ranges contains the query (the oracle). */
function articlesContaining(project: Project, query: string): number[] {
  const ids = (project.db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: number }[])
    .map((r) => r.id)
    .filter((id) => {
      const article = getArticle(project.db, id);
      return (
        (article.title ?? '').includes(query) ||
        article.segments.some((segment) => segment.text.includes(query))
      );
    });
  return ids;
}

const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

/** Writes `n` small articles as one JSONL table and imports it through the real import path. */
async function importGenerated(project: Project, dir: string, n: number): Promise<number> {
  const file = path.join(dir, 'generated.jsonl');
  const lines: string[] = [];
  for (let i = 1; i <= n; i++) {
    const number = String(i).padStart(5, '0');
    lines.push(
      JSON.stringify({
        title: `生成的文章 ${number}`,
        text: `第${number}篇。这段文字只为让列表足够长，用来检验滚动与分页。`,
      }),
    );
  }
  fs.writeFileSync(file, lines.join('\n'));
  const started = performance.now();
  const report = await importPaths(project.db, [file], { actor: 'e2e' });
  expect(report.articles).toBe(n);
  return performance.now() - started;
}

async function search(page: Page, query: string, label = 'Search titles and text') {
  const box = page.getByRole('textbox', { name: label });
  await box.fill(query);
}

/** Records each text the article count shows from now on (window.__counts). */
const recordCounts = `(() => {
  const element = document.querySelector('[data-testid=article-count]');
  window.__counts = [];
  new MutationObserver(() => window.__counts.push(element.textContent)).observe(element, {
    childList: true,
    characterData: true,
    subtree: true,
  });
})()`;

describe('the article list in Chromium', () => {
  it('searches with 3, 2 and 1 Chinese characters and marks the matches', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page, project } = app;
    await page.locator(rowSelector).first().waitFor();
    await expect.poll(() => count(page)).toBe('9 articles');

    for (const query of ['盘锦实践', '医院', '省']) {
      const expected = articlesContaining(project, query);
      expect(expected.length).toBeGreaterThan(0);
      // Every text the count shows while the search runs: none may be a figure other than the
      // real one (it first said "9 matches", the total before the search, issue 21 item 8).
      await page.evaluate(recordCounts);
      await search(page, query);
      const said = `${expected.length} ${expected.length === 1 ? 'match' : 'matches'}`;
      await expect.poll(() => count(page)).toBe(said);
      const shown = (await page.evaluate('window.__counts')) as string[];
      expect(shown.filter((text) => /\d/.test(text) && text !== said)).toEqual([]);
      await expect.poll(async () => sorted(await rowIds(page))).toEqual(expected);
      // Every row shows where it matched (its title, or a snippet of its text), marked.
      const marks = await page
        .locator(rowSelector)
        .evaluateAll((rows) =>
          rows.map((row) => [...row.querySelectorAll('mark')].map((m) => m.textContent)),
        );
      expect(marks).toHaveLength(expected.length);
      for (const rowMarks of marks) {
        expect(rowMarks.length).toBeGreaterThan(0);
        for (const mark of rowMarks) expect(mark?.toLowerCase()).toContain(query);
      }
      const inTextOnly = expected.filter(
        (id) => !(getArticle(project.db, id).title ?? '').includes(query),
      );
      await expect(
        page.locator('[data-testid=match-snippet] mark').count(),
      ).resolves.toBeGreaterThanOrEqual(inTextOnly.length);
    }
    await app.screenshot('article-list-search-en');

    // Esc clears the search and brings every article back; `/` focuses the box again.
    await page.keyboard.press('Escape');
    await expect.poll(() => count(page)).toBe('9 articles');
    await page.locator('body').click({ position: { x: 640, y: 400 } });
    await page.keyboard.press('/');
    await expect
      .poll(() => page.evaluate('document.activeElement?.getAttribute("aria-label")'))
      .toBe('Search titles and text');
    // A query nothing matches: the empty state offers to clear everything.
    await page.keyboard.type('不存在的词语组合');
    await page.getByTestId('article-list-no-match').waitFor();
    await page.getByRole('button', { name: 'Clear filters and search' }).click();
    await expect.poll(() => count(page)).toBe('9 articles');
    expect(app.pageErrors).toEqual([]);
  });

  it('filters by a missing field and by flagged repeats, and sorts by title', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page, project } = app;
    await page.locator(rowSelector).first().waitFor();
    const allIds = sorted(await rowIds(page));
    expect(allIds).toHaveLength(9);

    const withBeds = new Set(
      (
        project.db
          .prepare(
            "SELECT DISTINCT article_id AS id FROM field_values WHERE field_key = 'beds' AND state <> 'rejected'",
          )
          .all() as { id: number }[]
      ).map((r) => r.id),
    );
    expect(withBeds.size).toBeGreaterThan(0);
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByLabel('Field with no value').selectOption('beds');
    await expect
      .poll(async () => sorted(await rowIds(page)))
      .toEqual(allIds.filter((id) => !withBeds.has(id)));
    await expect(page.getByTestId('filter-count').textContent()).resolves.toBe('1');
    await app.screenshot('article-list-filters-en');

    // Flagged repeats: the seed page 004 repeats a paragraph.
    await page.getByLabel('Field with no value').selectOption('');
    await page.getByLabel('Only articles with a repeated paragraph').check();
    const flagged = (
      project.db
        .prepare(
          "SELECT a.id FROM articles a JOIN documents d ON d.id = a.document_id WHERE d.name LIKE '004_%'",
        )
        .all() as { id: number }[]
    ).map((r) => r.id);
    await expect.poll(async () => sorted(await rowIds(page))).toEqual(flagged);
    await page.keyboard.press('Escape');
    // The chip removes the filter on its own.
    await page.getByRole('button', { name: 'Remove the filter “Repeats only”' }).click();
    await expect.poll(async () => (await rowIds(page)).length).toBe(9);

    // Sort by title, then the other way round.
    const titles = await page.evaluate(
      `[...document.querySelectorAll('${rowSelector}')].map((r) => [Number(r.dataset.articleId), r.firstElementChild?.textContent ?? ''])`,
    );
    const byTitle = [...(titles as [number, string][])]
      .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] - b[0]))
      .map(([id]) => id);
    await page.getByLabel('Sort by').selectOption('title');
    await expect.poll(() => rowIds(page)).toEqual(byTitle);
    await page.getByRole('button', { name: /^Sort order/ }).click();
    await expect.poll(() => rowIds(page)).toEqual([...byTitle].reverse());
    expect(app.pageErrors).toEqual([]);
  });

  it('filters by status and by assignee', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page, url } = app;
    await page.locator(rowSelector).first().waitFor();
    const call = async <T>(method: string, input: object): Promise<T> => {
      const response = await fetch(`${url}api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      const envelope = (await response.json()) as { ok: boolean; value: T; error?: unknown };
      if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error)}`);
      return envelope.value;
    };
    const ids = sorted(await rowIds(page));
    const [, started, assigned] = ids as [number, number, number];
    const { revision } = await call<{ revision: number }>('articles.get', { id: started });
    await call('articles.transition', { articleId: started, revision, action: 'start' });
    const [me] = await call<{ id: number; name: string }[]>('profiles.list', {});
    await call('articles.assign', { assigneeId: me!.id, articleIds: [assigned] });
    await page.reload();
    await page.locator(rowSelector).first().waitFor();

    const filters = page.getByRole('button', { name: /^Filters/ });
    await filters.click();
    // The workflow bar has its own status and assignee controls: look inside the filter menu.
    const menu = page.getByRole('dialog', { name: 'Filters' });
    await menu.getByLabel('Status', { exact: true }).selectOption('in_progress');
    await expect.poll(() => rowIds(page)).toEqual([started]);
    await menu.getByLabel('Status', { exact: true }).selectOption('');
    await menu.getByLabel('Assigned to').selectOption(String(me!.id));
    await expect.poll(() => rowIds(page)).toEqual([assigned]);
    await expect(
      page.locator(`${rowSelector}[data-article-id="${assigned}"]`).textContent(),
    ).resolves.toContain(me!.name);
    await menu.getByLabel('Assigned to').selectOption('none');
    await expect
      .poll(async () => sorted(await rowIds(page)))
      .toEqual(ids.filter((id) => id !== assigned));
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('filter-chips').textContent()).resolves.toContain(
      'Nobody (unassigned)',
    );
    expect(app.pageErrors).toEqual([]);
  });

  it('saves a search, applies it again after a reload, and deletes it', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    await page.locator(rowSelector).first().waitFor();
    await search(page, '医院');
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByLabel('Only articles with a repeated paragraph').check();
    await page.keyboard.press('Escape');
    await expect.poll(() => count(page)).toBe('1 match');
    const matched = await rowIds(page);

    await page.getByRole('button', { name: 'Saved searches' }).click();
    await page.getByLabel('Save this search as').fill('Repeated hospital pages');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByTestId('saved-search').filter({ hasText: 'Repeated hospital pages' }).waitFor();
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Remove the filter “Repeats only”' }).click();
    await page.getByRole('button', { name: 'Clear the search' }).click();
    await expect.poll(() => count(page)).toBe('9 articles');

    await page.reload();
    await page.locator(rowSelector).first().waitFor();
    await page.getByRole('button', { name: 'Saved searches' }).click();
    await page.getByTestId('saved-search').filter({ hasText: 'Repeated hospital pages' }).click();
    await expect.poll(() => count(page)).toBe('1 match');
    await expect.poll(() => rowIds(page)).toEqual(matched);
    await expect(
      page.getByRole('textbox', { name: 'Search titles and text' }).inputValue(),
    ).resolves.toBe('医院');

    await page.getByRole('button', { name: 'Saved searches' }).click();
    await page
      .getByRole('button', { name: 'Delete the saved search “Repeated hospital pages”' })
      .click();
    await expect.poll(() => page.getByTestId('saved-search').count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('keeps the selection, the filters and the scroll position across a reload', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page, project } = app;
    await importGenerated(project, tempDir(), 300);
    await page.reload();
    await page.locator(rowSelector).first().waitFor();
    await expect.poll(() => count(page)).toBe('309 articles');

    // A filter every generated article passes (they have no extracted values), then scroll.
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByLabel('Field with no value').selectOption('hospital');
    await page.keyboard.press('Escape');
    await expect.poll(() => count(page)).toBe('300 articles');
    await page.evaluate(`${scroller}.scrollTo(0, 64 * 150)`);
    // Rows far down the list load as they come into view; pick one in the middle of the screen.
    await expect
      .poll(() =>
        page.evaluate(
          `document.elementFromPoint(130, 500)?.closest('[role=option]')?.dataset.articleId ?? null`,
        ),
      )
      .not.toBeNull();
    const middleId = (await page.evaluate(
      `document.elementFromPoint(130, 500).closest('[role=option]').dataset.articleId`,
    )) as string;
    const row = page.locator(`${rowSelector}[data-article-id="${middleId}"]`);
    await row.click();
    await expect.poll(() => row.getAttribute('aria-selected')).toBe('true');
    const selectedId = await row.getAttribute('data-article-id');
    const scrollTop = () => page.evaluate(`${scroller}?.scrollTop`);
    const before = (await scrollTop()) as number;
    expect(before).toBeGreaterThan(64 * 100);
    await page.waitForTimeout(400);

    await page.reload();
    const selected = page.locator(`${rowSelector}[aria-selected=true]`);
    await selected.waitFor();
    await expect(selected.getAttribute('data-article-id')).resolves.toBe(selectedId);
    await expect.poll(() => count(page)).toBe('300 articles');
    await expect(page.getByTestId('filter-chips').textContent()).resolves.toContain('No ');
    await expect.poll(scrollTop).toBe(before);
    await app.screenshot('article-list-reloaded-en');
    expect(app.pageErrors).toEqual([]);
  });

  it('shows the list in Chinese and in the dark theme', async () => {
    app = await startApp({ locale: 'zh-CN', colorScheme: 'dark' });
    const { page } = app;
    await page.locator(rowSelector).first().waitFor();
    await expect.poll(() => count(page)).toBe('共 9 篇');
    await search(page, '医院', '搜索标题和正文');
    // The search answers first (its count), then the rows mark it; on a loaded machine the
    // answer alone can take longer than a poll's default second.
    await expect.poll(() => count(page), { timeout: 15_000 }).toMatch(/匹配/);
    await expect
      .poll(() => page.locator(`${rowSelector} mark`).count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await page.getByTestId('match-snippet').first().waitFor();
    await app.screenshot('article-list-zh-dark-search');
    await page.getByRole('button', { name: /^筛选/ }).click();
    await page.getByLabel('只看含重复段落的文章').check();
    await app.screenshot('article-list-zh-dark');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: '筛选' }).waitFor({ state: 'hidden' });
    await app.screenshot('article-list-zh-dark-closed');
    expect(app.pageErrors).toEqual([]);
  });

  it('pages lazily through 20,000 articles down to the last one', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page, project, url } = app;
    const importMs = await importGenerated(project, tempDir(), 20_000);
    const list = async (body: object) => {
      const response = await fetch(`${url}api/articles.list`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return ((await response.json()) as { value: { items: { id: number }[]; total: number } })
        .value;
    };
    const started = performance.now();
    const firstPage = await list({ offset: 0, limit: 200 });
    const firstPageMs = performance.now() - started;
    expect(firstPage.total).toBe(20_009);
    const lastId = (await list({ offset: 20_008, limit: 1 })).items[0]!.id;

    const shown = performance.now();
    await page.reload();
    await page.locator(rowSelector).first().waitFor();
    const firstRowsMs = performance.now() - shown;
    await expect.poll(() => count(page)).toBe('20009 articles');
    // Only the pages around the visible rows are loaded, not 20,000 rows.
    const loaded = await page.evaluate(`document.querySelectorAll('${rowSelector}').length`);
    expect(loaded).toBeLessThan(60);

    const scrolled = performance.now();
    await page.evaluate(`(n => n.scrollTo(0, n.scrollHeight))(${scroller})`);
    const last = page.locator(`${rowSelector}[data-article-id="${lastId}"]`);
    await last.waitFor();
    const lastRowMs = performance.now() - scrolled;
    await expect(last.isVisible()).resolves.toBe(true);
    await app.screenshot('article-list-end-of-20000');
    console.log(
      `article list, 20,009 articles: import ${(importMs / 1000).toFixed(1)} s; ` +
        `articles.list first page (200 rows) ${firstPageMs.toFixed(0)} ms; ` +
        `reload to first rows ${firstRowsMs.toFixed(0)} ms; jump to the end until the last row shows ${lastRowMs.toFixed(0)} ms`,
    );
    expect(app.pageErrors).toEqual([]);
  }, 180_000);
});
