import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The id of the seed article whose title holds `title`. */
function articleId(app: RunningApp, title: string): number {
  return (
    app.project.db
      .prepare("SELECT id FROM articles WHERE title LIKE '%' || ? || '%'")
      .get(title) as { id: number }
  ).id;
}

describe('learning from decisions', () => {
  it('suggests a value accepted in one article in another, with where it was accepted', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    const taught = articleId(app, '聚核心竞争力');
    // The seed article about 准格尔旗中心医院 has no column, and its text holds 高质量发展.
    await page.locator('[role=option]', { hasText: '准格尔旗中心医院' }).click();
    await page.locator('[data-field=column]').waitFor();
    const columnThere = page.locator('[data-field=column] [data-value-id]', {
      hasText: '高质量发展',
    });
    await expect(columnThere.count()).resolves.toBe(0);

    await page.locator('[role=option]', { hasText: '聚核心竞争力' }).click();
    const column = page.locator('[data-field=column] [data-value-id]', { hasText: '高质量发展' });
    await column.first().waitFor();
    await column.first().getByRole('button', { name: 'Accept (a)' }).click();
    await page
      .locator('[data-field=column] [data-state=accepted]', { hasText: '高质量发展' })
      .waitFor();

    await page.locator('[role=option]', { hasText: '准格尔旗中心医院' }).click();
    const learned = page.locator('[data-field=column] [data-value-id]', { hasText: '高质量发展' });
    await learned.first().waitFor();
    await expect(learned.first().getAttribute('data-state')).resolves.toBe('suggested');
    const evidence = learned.first().getByTestId('learned-evidence');
    await expect(evidence.textContent()).resolves.toBe(`learned: kept once, in article #${taught}`);
    await learned.first().scrollIntoViewIfNeeded();
    await app.screenshot('learning-evidence');

    // The lexicon view, from Fields…, lists what was learned.
    await page.getByRole('button', { name: 'Fields…' }).click();
    await page.getByRole('button', { name: 'Learned lexicon…' }).click();
    const entry = page.locator('[data-lexicon-field=column][data-lexicon-entry="高质量发展"]');
    await entry.waitFor();
    await expect(entry.textContent()).resolves.toContain(`#${taught}`);
    await app.screenshot('learning-lexicon');

    // Removing it there takes the suggestion back from the article when it is opened again.
    await entry.getByRole('button', { name: 'Remove' }).click();
    await entry.getByText('removed').waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.locator('[role=option]', { hasText: '聚核心竞争力' }).click();
    await page.locator('[data-field=column] [data-state=accepted]').first().waitFor();
    await page.locator('[role=option]', { hasText: '准格尔旗中心医院' }).click();
    await expect.poll(() => learned.count(), { timeout: 10_000 }).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });
});
