import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { activeSchema } from '../electron/database/schema-repository';
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

/** Whether the hospital's text is painted with colour 9 and with colour 0 (its place's). */
const highlightedTexts = `(() => {
  const texts = (index) =>
    [...CSS.highlights]
      .filter(([name]) => name.startsWith('field-' + index + '-'))
      .flatMap(([, highlight]) => [...highlight].map((range) => range.toString()));
  const isHospital = (text) => text.replace(/\\s/g, '').includes('第二人民医院');
  return { hospitalIn9: texts(9).some(isHospital), hospitalIn0: texts(0).some(isHospital) };
})()`;

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
      // A colour of its own for the hospital (issue 21 item 3): strong blue, dotted, which the
      // tenth field already has by its place, so the check says so before anything is saved.
      await dialog.getByTestId('color-button-hospital').click();
      await page.getByTestId('color-chooser').locator('[data-hue="#0067a5"]').click();
      const cell = dialog.locator('[data-color-cell=hospital]');
      await expect.poll(() => cell.getAttribute('data-color-index')).toBe('9');
      await expect(
        cell.locator('[data-color-problems]').getAttribute('data-color-problems'),
      ).resolves.toContain('same');
      await expect(dialog.getByTestId('color-contrast-hospital').textContent()).resolves.toMatch(
        /☀ 6\.0:1 · ☾ 2\.6:1/,
      );
      await app.screenshot(`guidelines-dialog-${locale}`);
      const versionBefore = activeSchema(app.project.db).version;
      await dialog.getByRole('button', { name: w.save, exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      const saved = activeSchema(app.project.db);
      expect(saved.version).toBe(versionBefore + 1);
      expect(saved.fields.find((f) => f.key === 'hospital')?.color).toBe('#0067a5');
      // The panel, the text's highlights and the legend follow at once.
      await expect
        .poll(() =>
          panel
            .locator('[data-field=hospital] [data-field-color]')
            .getAttribute('data-field-color'),
        )
        .toBe('field9');
      await expect
        .poll(() => page.evaluate(highlightedTexts))
        .toMatchObject({
          hospitalIn9: true,
          hospitalIn0: false,
        });
      await page.getByTestId('legend-button').click();
      await expect(
        page.locator('[data-legend-field=hospital]').getAttribute('data-color-index'),
      ).resolves.toBe('9');
      await page.keyboard.press('Escape');

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
