import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { articleRows, selectedArticle, startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

const gridRows = (page: Page) => page.getByTestId('grid-body').getByRole('row');

/** The value ids of the rows on screen, top to bottom. */
async function shownIds(page: Page): Promise<number[]> {
  const ids = await gridRows(page).evaluateAll((rows) =>
    rows
      .map((r) => ({
        id: Number(r.getAttribute('data-value-id')),
        top: r.getBoundingClientRect().top,
      }))
      .sort((a, b) => a.top - b.top)
      .map((r) => r.id),
  );
  return ids;
}

async function openGrid(page: Page): Promise<void> {
  await articleRows(page).first().waitFor();
  await page.keyboard.press('g');
  await page.getByTestId('field-grid').waitFor();
  await gridRows(page).first().waitFor();
}

describe('the field grid', () => {
  it('filters, sorts, selects three with the keyboard, accepts them in bulk and opens an article at a value', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page, project } = app;
    const db = project.db;
    await openGrid(page);
    const all = db.prepare('SELECT count(*) FROM field_values').pluck().get() as number;
    await expect.poll(() => page.getByTestId('grid-total').textContent()).toBe(`${all} values`);

    // Filter by the text as written: every value whose raw text holds 医院.
    await page.getByLabel('Text contains').fill('医院');
    const withHospital = db
      .prepare(`SELECT count(*) FROM field_values WHERE instr(raw, '医院') > 0`)
      .pluck()
      .get() as number;
    expect(withHospital).toBeGreaterThan(3);
    await expect
      .poll(() => page.getByTestId('grid-total').textContent())
      .toBe(`${withHospital} values`);

    // Sort by confidence, least certain first: the rows come in the stored order.
    await page.getByRole('button', { name: 'Confidence', exact: true }).click();
    const header = page.getByRole('columnheader', { name: /Confidence/ });
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    const expected = db
      .prepare(
        `SELECT id FROM field_values WHERE instr(raw, '医院') > 0
          ORDER BY coalesce(confidence, -1), id LIMIT 5`,
      )
      .pluck()
      .all() as number[];
    await expect.poll(async () => (await shownIds(page)).slice(0, 5)).toEqual(expected);

    // Three rows: x on the first, then Shift+J twice extends the selection.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('x');
    await page.keyboard.press('Shift+J');
    await page.keyboard.press('Shift+J');
    await expect.poll(() => page.getByTestId('grid-selected').textContent()).toBe('3 selected');
    const chosen = (await shownIds(page)).slice(0, 3);
    expect(chosen).toEqual(expected.slice(0, 3));
    await app.screenshot('field-grid-en');

    await page.getByRole('button', { name: 'Accept selected' }).click();
    const statesOf = () =>
      db
        .prepare(`SELECT state FROM field_values WHERE id IN (${chosen.join(',')}) ORDER BY id`)
        .pluck()
        .all();
    await expect.poll(statesOf).toEqual(['accepted', 'accepted', 'accepted']);
    await expect.poll(() => page.getByTestId('grid-outcome').textContent()).toBe('3 changed');
    // Each written as the panel's ✓ writes it: one audited set-state per value.
    const audited = db
      .prepare(
        `SELECT entity_id FROM audit WHERE entity = 'value' AND action = 'set-state'
          AND json_extract(after, '$.state') = 'accepted' ORDER BY entity_id`,
      )
      .pluck()
      .all();
    expect(audited).toEqual([...chosen].sort((a, b) => a - b));

    // Enter on the fourth row (the cursor ended on the third) opens its article with the value
    // focused in the panel.
    await page.keyboard.press('j');
    const fourth = expected[3]!;
    const articleOf = db
      .prepare('SELECT article_id FROM field_values WHERE id = ?')
      .pluck()
      .get(fourth) as number;
    await page.keyboard.press('Enter');
    await page.getByTestId('article-text').waitFor();
    await expect
      .poll(() => selectedArticle(page).getAttribute('data-article-id'))
      .toBe(String(articleOf));
    const focused = page.getByTestId('fields-panel').locator(`[data-value-id="${fourth}"]`);
    await expect.poll(() => focused.getAttribute('data-focused')).toBe('true');
    await page.getByTestId('focus-pulse').first().waitFor();
    expect(app.pageErrors).toEqual([]);
  });

  it('shows its labels in Chinese, in the dark theme', async () => {
    app = await startApp({ locale: 'zh-CN', colorScheme: 'dark' });
    const { page } = app;
    await openGrid(page);
    await page.getByRole('columnheader', { name: '置信度' }).waitFor();
    await page.keyboard.press('x');
    await page.keyboard.press('Shift+J');
    await expect.poll(() => page.getByTestId('grid-selected').textContent()).toBe('已选 2 个');
    await app.screenshot('field-grid-zh-dark');
    // The bulk edit box given up with Esc opens again empty, not with the text given up.
    const box = page.getByRole('dialog').getByRole('textbox');
    await page.keyboard.press('e');
    await box.fill('不要的文字');
    await page.keyboard.press('Escape');
    await box.waitFor({ state: 'detached' });
    await page.keyboard.press('e');
    await expect(box.inputValue()).resolves.toBe('');
    expect(app.pageErrors).toEqual([]);
  });

  it('opens from the header menu and leaves the window whole at 1024 px in English', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    await page.setViewportSize({ width: 1024, height: 768 });
    await articleRows(page).first().waitFor();
    const menu = page.getByTestId('workbench-menu');
    const box = await menu.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(1024);
    await menu.click();
    await page.getByTestId('open-grid').click();
    await page.getByTestId('field-grid').waitFor();
    await gridRows(page).first().waitFor();
    // The grid's own controls stay inside the window.
    const spilled =
      (await page.evaluate(`[...document.querySelectorAll('[data-testid=field-grid] button, [data-testid=field-grid] input')]
      .filter((e) => { const r = e.getBoundingClientRect(); return r.left < 0 || r.right > innerWidth; })
      .map((e) => e.getAttribute('aria-label') || e.textContent)`)) as string[];
    expect(spilled).toEqual([]);
    await app.screenshot('field-grid-1024-en');
    await page.getByRole('button', { name: 'Back to the articles' }).click();
    await page.getByTestId('article-text').waitFor();
    expect(app.pageErrors).toEqual([]);
  });
});
