import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { articleRows, focusValue, startApp, type RunningApp } from './harness';

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

/** Every text element smaller than 12 px that shows characters (a string: e2e has no DOM types). */
async function textSmallerThan12px(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const small = [];
    for (const element of document.querySelectorAll('body *')) {
      const ownText = [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim() !== '',
      );
      if (!ownText || element.getClientRects().length === 0) continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (size < 12) small.push(size + 'px: ' + element.textContent.trim().slice(0, 20));
    }
    return small;
  })()`);
}

/** Elements whose right edge lies beyond the window's width. */
async function outsideTheWindow(page: Page): Promise<string[]> {
  return page.evaluate(`[...document.querySelectorAll('body *')]
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.right > window.innerWidth + 1;
    })
    .map((element) => element.tagName + ' ' + element.textContent.trim().slice(0, 20))`);
}

const runs = [
  { locale: 'zh-CN', colorScheme: 'light' },
  { locale: 'en-US', colorScheme: 'dark' },
] as const;

describe('accessibility in Chromium (axe-core)', () => {
  for (const { locale, colorScheme } of runs) {
    it(`has no serious finding in the workspace and the dashboard, ${locale}, ${colorScheme}`, async () => {
      app = await startApp({ locale, colorScheme });
      const { page } = app;
      await articleRows(page).first().waitFor();
      const hospital = page.locator('[data-field=hospital] [data-value-id]').first();
      await hospital.waitFor();
      await focusValue(hospital);

      expect(await seriousViolations(page)).toEqual([]);
      expect(await textSmallerThan12px(page)).toEqual([]);
      await app.screenshot(`accessibility-${locale}-${colorScheme}`);

      await page.getByRole('button', { name: locale === 'zh-CN' ? '看板' : 'Dashboard' }).click();
      await page.getByTestId('dashboard').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(app.pageErrors).toEqual([]);
    }, 150_000);
  }

  it('keeps everything inside a 1024 px window and the text still when a value is focused', async () => {
    app = await startApp({ locale: 'zh-CN' });
    const { page } = app;
    await page.setViewportSize({ width: 1024, height: 700 });
    for (const language of ['中文', 'English']) {
      await page.getByText(language, { exact: true }).click();
      await articleRows(page).first().waitFor();
      const hospital = page.locator('[data-field=hospital] [data-value-id]').first();
      await hospital.waitFor();
      await page.evaluate('document.activeElement?.blur()');
      const textTop = async () => (await page.getByTestId('article-text').boundingBox())?.y;
      const before = await textTop();
      await focusValue(hospital);
      expect(await textTop(), language).toBe(before);
      expect(await outsideTheWindow(page), language).toEqual([]);
    }
    await app.screenshot('accessibility-1024-en');
  }, 150_000);
});
