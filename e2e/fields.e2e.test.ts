import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The text of every range painted by the CSS Custom Highlight API, by highlight name. */
const paintedTexts = `(() => {
  const out = {};
  for (const [name, highlight] of CSS.highlights) out[name] = [...highlight].map((r) => r.toString());
  return out;
})()`;

describe('fields and provenance highlights in Chromium', () => {
  it('shows every seed article with its hospital, province and city, highlighted in the text', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    const rows = page.getByRole('option');
    await rows.first().waitFor();
    const count = await rows.count();
    expect(count).toBe(9);
    for (let i = 0; i < count; i++) {
      await rows.nth(i).click();
      const id = await rows.nth(i).getAttribute('data-article-id');
      const hospital = page.locator('[data-field=hospital] [data-value-id]');
      await hospital.first().waitFor();
      const painted = (await page.evaluate(paintedTexts)) as Record<string, string[]>;
      const all = Object.values(painted).flat();
      expect(all.length, `article ${id} has highlights`).toBeGreaterThan(3);
      // Each painted range is real text of the article, never empty.
      for (const text of all) expect(text.trim().length).toBeGreaterThan(0);
      await expect(
        page.locator('[data-field=province] [data-value-id]').count(),
      ).resolves.toBeGreaterThan(0);
    }
    expect(app.pageErrors).toEqual([]);
  });

  it('paints the investment of 阜新 at exactly 4100万元, focuses it on click, and keeps an accept after a reload', async () => {
    app = await startApp({ locale: 'zh-CN' });
    const { page } = app;
    await page.locator('[role=option]', { hasText: '聚核心竞争力' }).click();
    const investment = page.locator('[data-field=investments] [data-value-id]', {
      hasText: '41,000,000',
    });
    await investment.waitFor();
    await investment.click();
    const painted = (await page.evaluate(paintedTexts)) as Record<string, string[]>;
    expect(painted['focused-value']).toEqual(['4100万元']);
    await app.screenshot('fields-focused-investment');

    const hospital = page.locator('[data-field=hospital] [data-value-id]').first();
    await hospital.getByRole('button', { name: '接受 (a)' }).click();
    await page.locator('[data-field=hospital] [data-state=accepted]').waitFor();
    await page.reload();
    await page.locator('[data-field=hospital] [data-state=accepted]').waitFor();
    await expect(page.locator('[data-field=hospital]').textContent()).resolves.toContain(
      '阜新市第二人民医院',
    );
    await app.screenshot('fields-zh-CN');
  });
});
