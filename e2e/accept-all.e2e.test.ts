import { afterEach, describe, expect, it } from 'vitest';
import { articleRows, selectedArticle, startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Each value of the article with its state, as stored. */
function statesOf(app: RunningApp, articleId: number): Map<number, string> {
  const rows = app.project.db
    .prepare('SELECT id, state FROM field_values WHERE article_id = ?')
    .all(articleId) as { id: number; state: string }[];
  return new Map(rows.map((r) => [r.id, r.state]));
}

describe('accepting every suggested value at once', () => {
  it('accepts the rest with Shift+A after one was rejected, and one Ctrl+Z puts them all back', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    await articleRows(page).first().waitFor();
    const articleId = Number(await selectedArticle(page).getAttribute('data-article-id'));
    const panel = page.getByTestId('fields-panel');
    await panel.locator('[data-value-id]').first().waitFor();
    const before = statesOf(app, articleId);
    const suggested = [...before].filter(([, state]) => state === 'suggested').map(([id]) => id);
    expect(suggested.length).toBeGreaterThan(5);

    // Reject the first value with the keyboard, then take the rest.
    await page.keyboard.press('n');
    await page.keyboard.press('x');
    const newlyRejected = () =>
      [...statesOf(app!, articleId)]
        .filter(([id, state]) => state === 'rejected' && before.get(id) === 'suggested')
        .map(([id]) => id);
    await expect.poll(() => newlyRejected().length).toBe(1);
    const rejected = newlyRejected()[0]!;
    const button = panel.getByRole('button', { name: `Accept all ${suggested.length - 1}` });
    await button.waitFor();
    await app.screenshot('accept-all-before');

    await page.keyboard.press('Shift+A');
    await expect
      .poll(() => [...statesOf(app!, articleId).values()].filter((s) => s === 'suggested'))
      .toEqual([]);
    const after = statesOf(app, articleId);
    expect(after.get(rejected)).toBe('rejected');
    for (const id of suggested.filter((id) => id !== rejected))
      expect(after.get(id)).toBe('accepted');
    // Nothing is left to accept: the button goes.
    await expect.poll(() => button.count()).toBe(0);

    // One undo puts every one of them back to suggested; the rejection stays.
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => statesOf(app!, articleId))
      .toEqual(
        new Map([...before].map(([id, state]) => [id, id === rejected ? 'rejected' : state])),
      );
    await panel.getByRole('button', { name: `Accept all ${suggested.length - 1}` }).waitFor();
    // And redo accepts them again.
    await page.keyboard.press('Control+Shift+z');
    await expect
      .poll(() => [...statesOf(app!, articleId).values()].filter((s) => s === 'accepted').length)
      .toBe(suggested.length - 1 + [...before.values()].filter((s) => s === 'accepted').length);
    expect(app.pageErrors).toEqual([]);
  });
});
