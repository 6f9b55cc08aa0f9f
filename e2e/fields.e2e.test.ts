import { afterEach, describe, expect, it } from 'vitest';
import { articleRows, startApp, type RunningApp } from './harness';

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
    const rows = articleRows(page);
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

  it('re-runs extraction from the panel, keeping what the curator accepted and rejected', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    await page.locator('[role=option]', { hasText: '聚核心竞争力' }).click();
    const hospital = page.locator('[data-field=hospital] [data-value-id]').first();
    await hospital.waitFor();
    await hospital.getByRole('button', { name: 'Accept (a)' }).click();
    await page.locator('[data-field=hospital] [data-state=accepted]').waitFor();
    const center = page.locator('[data-field=centers] [data-value-id]').first();
    const centerText = await center.locator('p').first().textContent();
    await center.getByRole('button', { name: 'Reject (x)' }).click();
    await page.locator('[data-field=centers] [data-state=rejected]').waitFor();

    const extractRuns = () =>
      (
        app!.project.db
          .prepare("SELECT count(*) AS n FROM audit WHERE action = 'extract'")
          .get() as { n: number }
      ).n;
    const before = extractRuns();
    await page.getByTestId('rerun-extraction').click();
    await page
      .getByRole('dialog', { name: 'Re-run extraction?' })
      .getByRole('button', { name: 'Re-run extraction' })
      .click();
    // The job's worker loads the word segmenter first: seconds on a loaded runner.
    for (let i = 0; i < 450 && extractRuns() < before + 9; i++) await page.waitForTimeout(100);
    expect(extractRuns()).toBe(before + 9);
    await page.reload();
    await page.locator('[data-field=hospital] [data-state=accepted]').waitFor();
    const centers = page.locator('[data-field=centers] [data-value-id]', {
      hasText: centerText ?? '',
    });
    await expect(centers.count()).resolves.toBe(1);
    await expect(centers.first().getAttribute('data-state')).resolves.toBe('rejected');
  }, 120_000);
});
