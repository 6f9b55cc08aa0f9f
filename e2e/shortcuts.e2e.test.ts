import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('keyboard curation in Chromium', () => {
  it('moves through articles and values, accepts with a key, and lists the shortcuts on ?', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    const rows = page.locator('[role=option][data-article-id]');
    await rows.first().waitFor();
    await page.locator('[data-article-id][aria-selected=true]').waitFor();
    const selectedIndex = async () => {
      const flags = await rows.evaluateAll((els) =>
        els.map((el) => el.getAttribute('aria-selected')),
      );
      return flags.indexOf('true');
    };
    expect(await selectedIndex()).toBe(0);

    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect.poll(selectedIndex).toBe(2);
    const thirdId = await rows.nth(2).getAttribute('data-article-id');
    await page.locator('[data-testid=fields-panel] [data-value-id]').first().waitFor();

    await page.keyboard.press('k');
    await expect.poll(selectedIndex).toBe(1);
    await page.keyboard.press('j');
    await expect.poll(selectedIndex).toBe(2);
    expect(await rows.nth(2).getAttribute('data-article-id')).toBe(thirdId);
    await page.locator('[data-testid=fields-panel] [data-value-id]').first().waitFor();

    const focused = page.locator('[data-testid=fields-panel] [data-focused]');
    await expect(focused.count()).resolves.toBe(0);
    await page.keyboard.press('n');
    await focused.waitFor();
    await expect(focused.count()).resolves.toBe(1);
    // The first value in panel order is the one focused.
    const first = page.locator('[data-testid=fields-panel] [data-value-id]').first();
    const valueId = await first.getAttribute('data-value-id');
    await expect(focused.getAttribute('data-value-id')).resolves.toBe(valueId);

    await page.keyboard.press('a');
    const value = page.locator(`[data-value-id="${valueId}"]`);
    await expect.poll(() => value.getAttribute('data-state')).toBe('accepted');

    await page.keyboard.press('Shift+?');
    const sheet = page.getByRole('dialog');
    await sheet.waitFor();
    await expect(sheet.textContent()).resolves.toContain('Accept');
    await expect(sheet.locator('kbd', { hasText: 'J' }).count()).resolves.toBeGreaterThan(0);
    await app.screenshot('shortcut-sheet');
    expect(app.pageErrors).toEqual([]);
  });
});
