import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { articleRows, startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Selects the first occurrence of a text in the reader (run in the page: e2e has no DOM types). */
const selectTextScript = `(needle) => {
  const container = document.querySelector('[data-testid=article-text]');
  for (const element of container ? container.querySelectorAll('[data-start]') : []) {
    const node = element.firstChild;
    if (!(node instanceof Text)) continue;
    const at = node.data.indexOf(needle);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + needle.length);
    document.getSelection().removeAllRanges();
    document.getSelection().addRange(range);
    return true;
  }
  return false;
}`;

/** Selects `needle` in the reader, as a mouse drag over it would end. */
async function selectInReader(page: Page, needle: string): Promise<void> {
  const found = await page.evaluate(`(${selectTextScript})(${JSON.stringify(needle)})`);
  expect(found, `the reader shows ${needle}`).toBe(true);
  await page.getByTestId('article-text').dispatchEvent('mouseup');
}

const words = {
  'zh-CN': {
    fields: '字段设置…',
    save: '保存',
    guideline: '医院全称，不含科室；分院单独记一个值。',
  },
  'en-US': {
    fields: 'Fields…',
    save: 'Save',
    guideline: 'The full name of the hospital, without the department.',
  },
} as const;

describe('per-field guidelines and hotkeys (issue 21, item 8)', () => {
  for (const locale of ['zh-CN', 'en-US'] as const) {
    it(`writes a guideline and a hotkey in Fields…, shows them in the panel, and Alt+key adds the selection (${locale})`, async () => {
      app = await startApp({ locale });
      const { page } = app;
      const w = words[locale];
      await articleRows(page).filter({ hasText: '聚核心竞争力' }).click();
      const panel = page.getByTestId('fields-panel');
      await panel.locator('[data-field=partners]').waitFor();

      await page.getByRole('button', { name: w.fields }).click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('[data-schema-field=partners]').waitFor();
      const guideline = dialog.locator('[data-schema-field=hospital] textarea').first();
      await guideline.fill(w.guideline);
      await dialog.locator('[data-schema-field=partners] td input[maxlength="1"]').fill('p');
      await app.screenshot(`guidelines-dialog-${locale}`);
      await dialog.getByRole('button', { name: w.save, exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });

      const hospital = panel.locator('[data-field=hospital]');
      await expect
        .poll(() => hospital.getByTestId('field-guideline').textContent())
        .toBe(w.guideline);
      const partners = panel.locator('[data-field=partners]');
      await expect(partners.getByTestId('field-hotkey').textContent()).resolves.toBe('Alt+p');

      const before = await partners.locator('[data-value-id]').count();
      await selectInReader(page, '阜新市');
      await page.keyboard.press('Alt+KeyP');
      await expect.poll(() => partners.locator('[data-value-id]').count()).toBe(before + 1);
      await expect(partners.textContent()).resolves.toContain('阜新市');
      await app.screenshot(`guidelines-panel-${locale}`);
      expect(app.pageErrors).toEqual([]);
    });
  }
});
