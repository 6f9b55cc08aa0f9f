import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { articleRows, selectedArticle, startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

const card = (page: Page) => page.getByTestId('queue-card');
const shownValue = async (page: Page) => Number(await card(page).getAttribute('data-value-id'));

describe('the confidence queue', () => {
  it('shows the least certain suggestion first and accepts, rejects, skips and undoes with the keyboard', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page, project } = app;
    const db = project.db;
    const stateOf = (id: number) =>
      db.prepare('SELECT state FROM field_values WHERE id = ?').pluck().get(id);
    // The queue's order, as stored: suggestions, least certain first, ties by id.
    const order = db
      .prepare(
        `SELECT id FROM field_values WHERE state = 'suggested'
          ORDER BY coalesce(confidence, -1), id LIMIT 4`,
      )
      .pluck()
      .all() as number[];
    const suggested = db
      .prepare(`SELECT count(*) FROM field_values WHERE state = 'suggested'`)
      .pluck()
      .get() as number;
    await articleRows(page).first().waitFor();

    await page.keyboard.press('q');
    await expect.poll(() => shownValue(page)).toBe(order[0]);
    const progress = page.getByTestId('queue-progress');
    await expect
      .poll(() => progress.textContent())
      .toBe(`0 decided · 0 skipped · ${suggested} left`);
    // The reader shows the suggestion's article with the value focused in the panel.
    const articleOf = (id: number) =>
      String(db.prepare('SELECT article_id FROM field_values WHERE id = ?').pluck().get(id));
    await expect
      .poll(() => selectedArticle(page).getAttribute('data-article-id'))
      .toBe(articleOf(order[0]!));
    const focusedIn = (id: number) =>
      page.getByTestId('fields-panel').locator(`[data-value-id="${id}"]`);
    await expect.poll(() => focusedIn(order[0]!).getAttribute('data-focused')).toBe('true');
    await app.screenshot('confidence-queue-en');

    await page.keyboard.press('a');
    await expect.poll(() => stateOf(order[0]!)).toBe('accepted');
    await expect.poll(() => shownValue(page)).toBe(order[1]);
    await page.keyboard.press('x');
    await expect.poll(() => stateOf(order[1]!)).toBe('rejected');
    await expect.poll(() => shownValue(page)).toBe(order[2]);
    await page.keyboard.press('Space');
    await expect.poll(() => shownValue(page)).toBe(order[3]);
    expect(stateOf(order[2]!)).toBe('suggested');
    await expect
      .poll(() => progress.textContent())
      .toBe(`2 decided · 1 skipped · ${suggested - 3} left`);
    // Recorded as the panel records a ✓ and a ✗: one audited set-state each.
    const audited = db
      .prepare(
        `SELECT entity_id AS id, json_extract(after, '$.state') AS state FROM audit
          WHERE entity = 'value' AND action = 'set-state' ORDER BY audit.id`,
      )
      .all();
    expect(audited).toEqual([
      { id: order[0], state: 'accepted' },
      { id: order[1], state: 'rejected' },
    ]);

    // Ctrl+Z goes back over the skip, then undoes the rejection.
    await page.keyboard.press('Control+z');
    await expect.poll(() => shownValue(page)).toBe(order[2]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => shownValue(page)).toBe(order[1]);
    await expect.poll(() => stateOf(order[1]!)).toBe('suggested');
    expect(stateOf(order[0]!)).toBe('accepted');
    await expect
      .poll(() => progress.textContent())
      .toBe(`1 decided · 0 skipped · ${suggested - 1} left`);
    expect(app.pageErrors).toEqual([]);
  });

  it('fixes a suggestion in the panel with e and moves on once it is saved; in Chinese', async () => {
    app = await startApp({ locale: 'zh-CN' });
    const { page, project } = app;
    const db = project.db;
    await articleRows(page).first().waitFor();
    await page.keyboard.press('q');
    await card(page).waitFor();
    // The least certain suggestions may be measures (an area: a number and a unit); skip to the
    // first plain text value, which the edit box shows as one line of text.
    const isText = (id: number) =>
      String(db.prepare('SELECT value FROM field_values WHERE id = ?').pluck().get(id)).startsWith(
        '"',
      );
    let first = await shownValue(page);
    while (!isText(first)) {
      await page.keyboard.press('Space');
      await expect.poll(() => shownValue(page)).not.toBe(first);
      first = await shownValue(page);
    }
    await page
      .getByTestId('fields-panel')
      .locator(`[data-value-id="${first}"][data-focused="true"]`)
      .waitFor();
    await app.screenshot('confidence-queue-zh');
    await page.keyboard.press('e');
    const editor = page.getByTestId('fields-panel').locator('input, textarea').first();
    await editor.waitFor();
    await editor.fill('阜新市第二人民医院急诊中心');
    await editor.press('Enter');
    await expect
      .poll(() => db.prepare('SELECT state FROM field_values WHERE id = ?').pluck().get(first))
      .toBe('edited');
    await expect.poll(() => shownValue(page)).not.toBe(first);
    await expect.poll(() => page.getByTestId('queue-progress').textContent()).toMatch(/^已决定 1/);
    expect(app.pageErrors).toEqual([]);
  });
});
