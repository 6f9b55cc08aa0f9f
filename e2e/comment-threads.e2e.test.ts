import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { rowIds } from './article-list-page';
import { openFuxinHospital, selectText } from './fuxin-article';
import { focusValue, startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Serious and critical findings of axe-core, as "rule: element" lines a failure can show. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
    );
}

interface ThreadInDb {
  id: number;
  valueId: number | null;
  replyTo: number | null;
  spanText: string | null;
  body: string;
  resolvedBy: string | null;
}

/** The article's comments as stored, with each span's text cut from the document (code points). */
function commentsInDb(app: RunningApp, articleId: number): ThreadInDb[] {
  return app.project.db
    .prepare(
      `SELECT c.id, c.value_id AS valueId, c.reply_to AS replyTo, c.body, c.resolved_by AS resolvedBy,
              CASE WHEN c.span_start IS NULL THEN NULL
                   ELSE substr(d.text, c.span_start + 1, c.span_end - c.span_start) END AS spanText
         FROM comments c JOIN articles a ON a.id = c.article_id JOIN documents d ON d.id = a.document_id
        WHERE c.article_id = ? ORDER BY c.id`,
    )
    .all(articleId) as ThreadInDb[];
}

describe('comment threads in Chromium', () => {
  it('comments on the focused value and on a selection with the keyboard, shows them on the value, in the text and in the list, replies, resolves and filters', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    const { row, articleId, hospital, hospitalId } = await openFuxinHospital(app);

    // C on the focused value opens a new thread about it; Ctrl+Enter sends it.
    await focusValue(hospital);
    await page.keyboard.press('c');
    const form = page.getByTestId('new-thread');
    await form.waitFor();
    await expect(form.textContent()).resolves.toContain('Hospital');
    const body = page.getByTestId('new-thread-body');
    await body.fill('Is this the full name of the hospital?');
    await body.press('Control+Enter');
    const thread = page
      .getByTestId('comment-thread')
      .filter({ hasText: 'Is this the full name of the hospital?' });
    await thread.waitFor();
    await expect
      .poll(() => commentsInDb(app!, articleId))
      .toMatchObject([{ valueId: hospitalId, replyTo: null, spanText: null, resolvedBy: null }]);

    // A reply joins the thread.
    await thread.getByTestId('thread-reply').fill('Yes, as on its sign.');
    await thread.getByTestId('thread-reply').press('Control+Enter');
    await thread.getByText('Yes, as on its sign.').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('comment-threads').waitFor({ state: 'hidden' });

    // The value shows its thread, the list row its open count, the text a marker, the bar above
    // the text the thread.
    await expect.poll(() => hospital.getByTestId('value-threads-marker').textContent()).toBe('1');
    await expect.poll(() => row.getByTestId('open-comments-badge').textContent()).toBe('1');
    await page.getByTestId('comment-marker').first().waitFor();
    await expect(page.getByTestId('threads-bar').textContent()).resolves.toContain(
      '1 open comment on this article',
    );

    // Alt+C in the add-value popover comments on the selected characters instead.
    expect(await page.evaluate(selectText('名师带高徒'))).toBe(true);
    const popover = page.getByTestId('add-value-popover');
    await popover.waitFor();
    await popover.getByRole('textbox').press('Alt+c');
    await popover.waitFor({ state: 'detached' });
    await expect(form.textContent()).resolves.toContain('“名师带高徒”');
    await body.fill('Is this an honour or a slogan?');
    await body.press('Control+Enter');
    await page.getByTestId('comment-thread').filter({ hasText: 'slogan' }).waitFor();
    await expect
      .poll(() => commentsInDb(app!, articleId).map((c) => c.spanText))
      .toContain('名师带高徒');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('comment-marker').count()).toBe(2);
    await expect.poll(() => row.getByTestId('open-comments-badge').textContent()).toBe('2');
    await app.screenshot('comment-threads-en');
    // A marker sits right after the commented characters, in the original and in the reading
    // view (which joins broken lines, so the characters move).
    const markerAfter = (needle: string) => `(() => {
      const root = document.querySelector('[data-testid=article-text]');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(${JSON.stringify(needle)});
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + ${needle.length});
        const end = [...range.getClientRects()].at(-1);
        return [...document.querySelectorAll('[data-testid=comment-marker]')].some((m) => {
          const box = m.getBoundingClientRect();
          return Math.abs(box.left - end.right) < 4 && box.top < end.top && box.bottom > end.top;
        });
      }
      return false;
    })()`;
    await expect.poll(() => page.evaluate(markerAfter('名师带高徒'))).toBe(true);
    await page.getByText('Reading view', { exact: true }).click();
    await page.locator('[data-testid=article-text][data-mode=reading]').waitFor();
    await expect.poll(() => page.getByTestId('comment-marker').count()).toBe(2);
    await expect.poll(() => page.evaluate(markerAfter('名师带高徒'))).toBe(true);
    await page.getByText('Original', { exact: true }).click();
    await page.locator('[data-testid=article-text][data-mode=original]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // A marker in the text opens its thread; Resolve closes it, recorded with who.
    await page.getByTestId('comment-marker').first().click();
    const focused = page.locator('[data-testid=comment-thread][data-focused]');
    await focused.waitFor();
    await focused.getByTestId('thread-resolve').click();
    await expect
      .poll(() => commentsInDb(app!, articleId).filter((c) => c.resolvedBy !== null).length)
      .toBe(1);
    await expect.poll(() => row.getByTestId('open-comments-badge').textContent()).toBe('1');
    const history = app.project.db
      .prepare("SELECT action FROM audit WHERE entity = 'comment' ORDER BY id")
      .pluck()
      .all();
    expect(history).toEqual(['add', 'add', 'add', 'resolve']);
    await page.keyboard.press('Escape');

    // The list keeps only articles with open comments when asked.
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByLabel('Only articles with open comments').check();
    await expect.poll(() => rowIds(page)).toEqual([articleId]);
    expect(app.pageErrors).toEqual([]);
  });

  it('shows a request for changes beside the article, in Chinese and dark', async () => {
    app = await startApp({ locale: 'zh-CN', colorScheme: 'dark' });
    const { page } = app;
    const { row, hospital } = await openFuxinHospital(app);
    // The admin submits and asks for changes on the hospital value (Shift+R).
    await page.locator('[data-action=submit]').click();
    await page.locator('[data-action=requestChanges]').waitFor();
    await focusValue(hospital);
    await page.keyboard.press('Shift+R');
    const request = page.getByRole('dialog', { name: '要求修改' });
    await request.waitFor();
    await request.getByRole('textbox').first().fill('医院全称请与原文核对。');
    await request.getByRole('button', { name: '要求修改' }).click();
    await request.waitFor({ state: 'detached' });

    // Beside the article: the bar above its text, the value's marker, the list's badge.
    const bar = page.getByTestId('threads-bar');
    await bar.waitFor();
    await expect(bar.textContent()).resolves.toContain('医院全称请与原文核对。');
    await expect(bar.textContent()).resolves.toContain('本文有 1 条未解决的评论');
    await expect.poll(() => hospital.getByTestId('value-threads-marker').textContent()).toBe('1');
    await expect.poll(() => row.getByTestId('open-comments-badge').textContent()).toBe('1');
    await bar.getByTestId('threads-bar-item').click();
    await page.locator('[data-testid=comment-thread][data-focused]').waitFor();
    await app.screenshot('comment-threads-zh-CN-dark');
    expect(await seriousViolations(page)).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    // Opening a Mantine modal or drawer stalls headless Chromium here for about 10 s each time
    // (measured on main too, with the request dialog alone): room for three of them.
  }, 120_000);
});
