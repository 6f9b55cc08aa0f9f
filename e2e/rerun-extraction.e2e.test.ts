import { afterEach, describe, expect, it } from 'vitest';
import { editValue } from '../electron/services/value-editing';
import { startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('Re-run extraction in Chromium', () => {
  it('asks first, then refreshes the open article without bringing back the value a curator edited', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page, project } = app;
    // A curator read "4100万元" as 320,000,000 CNY; the other investment's suggestion is gone
    // (as if an older schema had missed it), so the re-run has something new to show.
    const fuxin = project.db
      .prepare("SELECT id FROM articles WHERE title LIKE '%聚核心竞争力%'")
      .pluck()
      .get() as number;
    const investment = project.db
      .prepare(
        "SELECT id, revision FROM field_values WHERE article_id = ? AND field_key = 'investments' AND raw = '4100万元'",
      )
      .get(fuxin) as { id: number; revision: number };
    editValue(
      project.db,
      { valueId: investment.id, revision: investment.revision, text: '3.2亿元' },
      'curator',
    );
    project.db
      .prepare(
        "DELETE FROM field_values WHERE article_id = ? AND field_key = 'investments' AND raw = '5497万元'",
      )
      .run(fuxin);

    await page.locator('[role=option]', { hasText: '聚核心竞争力' }).click();
    const investments = page.locator('[data-field=investments] [data-value-id]');
    await investments.filter({ hasText: '320,000,000' }).waitFor();
    expect(await investments.count()).toBe(1);
    const extractRuns = () =>
      project.db.prepare("SELECT count(*) FROM audit WHERE action = 'extract'").pluck().get();
    const before = extractRuns();

    // Asked first, saying what it does; cancelling starts nothing.
    await page.getByTestId('rerun-extraction').click();
    const dialog = page.getByRole('dialog', { name: 'Re-run extraction?' });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('stay exactly as they are');
    await app.screenshot('rerun-extraction-confirm');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await new Promise((r) => setTimeout(r, 500));
    expect(extractRuns()).toBe(before);

    await page.getByTestId('rerun-extraction').click();
    await dialog.getByRole('button', { name: 'Re-run extraction' }).click();
    // The open article's panel refreshes by itself when the job ends.
    await investments.filter({ hasText: '54,970,000' }).waitFor({ timeout: 30_000 });
    const report = page.getByTestId('import-report');
    await report.waitFor();
    await expect(page.getByTestId('import-summary').textContent()).resolves.toMatch(
      /^Extracted 9 articles: \d+ suggested values\./,
    );
    // It says what it left alone: the suggestion of 41,000,000 the curator corrected.
    await expect(page.getByTestId('extract-held-back').textContent()).resolves.toMatch(
      /^1 suggestion was not brought back/,
    );
    await app.screenshot('rerun-extraction-report');
    await page.getByRole('button', { name: 'Close' }).click();
    const shown = await investments.allTextContents();
    expect(shown.some((text) => text.includes('320,000,000'))).toBe(true);
    expect(shown.some((text) => text.includes('41,000,000'))).toBe(false);
    expect(await investments.count()).toBe(2);
    expect(app.pageErrors).toEqual([]);
  });
});
