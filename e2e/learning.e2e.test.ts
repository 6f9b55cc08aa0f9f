import { afterEach, describe, expect, it } from 'vitest';
import { openFieldsDialog, savedFields, schemaVersion } from './fields-dialog';
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
    await page
      .locator('[role=option][aria-selected=true]', { hasText: '准格尔旗中心医院' })
      .waitFor();
    const columnThere = page.locator('[data-field=column] [data-value-id]', {
      hasText: '高质量发展',
    });
    // The panel may still show the article opened before for a moment: wait for this one's.
    await expect.poll(() => columnThere.count(), { timeout: 15_000 }).toBe(0);

    await page.locator('[role=option]', { hasText: '聚核心竞争力' }).click();
    const column = page.locator('[data-field=column] [data-value-id]', { hasText: '高质量发展' });
    await column.first().waitFor();
    await column.first().getByRole('button', { name: 'Accept (a)' }).click();
    await page
      .locator('[data-field=column] [data-state=accepted]', { hasText: '高质量发展' })
      .waitFor();

    await page.locator('[role=option]', { hasText: '准格尔旗中心医院' }).click();
    await page
      .locator('[role=option][aria-selected=true]', { hasText: '准格尔旗中心医院' })
      .waitFor();
    // Only a learned suggestion carries evidence: the accepted value of the article opened before
    // (which the panel may still show for a moment) cannot be taken for it.
    const learned = page.locator('[data-field=column] [data-value-id]', {
      hasText: '高质量发展',
      has: page.getByTestId('learned-evidence'),
    });
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

describe('patterns without code', () => {
  it('previews a field pattern over the articles, then saves it as a schema version', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    await openFieldsDialog(app);
    await page.getByRole('button', { name: 'Patterns of beds' }).click();
    await page.getByRole('button', { name: 'Add a pattern' }).click();
    await page.getByLabel('Regular expression').fill('(?<value>[0-9]+)张床位');
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByTestId('pattern-preview');
    await preview.waitFor();
    const summary = (await preview.locator('p').first().textContent()) ?? '';
    expect(summary).toMatch(/^\d+ values in \d+ articles \(of the first 9 of 9 articles\)$/);
    await app.screenshot('learning-pattern-preview');

    // A pattern that names no group is refused with the reason, before anything is saved.
    await page.getByLabel('Regular expression').fill('[0-9]+张床位');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page
      .getByRole('alert')
      .getByText(/has no named group/)
      .waitFor();
    await page.getByLabel('Regular expression').fill('(?<value>[0-9]+)张床位');

    const version = () => schemaVersion(app!);
    const before = version();
    await page.getByRole('button', { name: 'Use these patterns' }).click();
    await page
      .getByRole('button', { name: 'Patterns of beds' })
      .getByText('Patterns (1)')
      .waitFor();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(version).toBe(before + 1);
    const saved = savedFields<{ key: string; patterns?: unknown }>(app, before + 1);
    expect(saved.find((f) => f.key === 'beds')!.patterns).toEqual([
      { name: 'pattern-1', regex: '(?<value>[0-9]+)张床位' },
    ]);
    expect(app.pageErrors).toEqual([]);
  });
});
