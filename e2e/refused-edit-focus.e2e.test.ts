import { afterEach, expect, it } from 'vitest';
import { openFuxin, selectText, valuesOf } from './fuxin-article';
import { focusValue, selectedArticle, startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The accessible name of the element that has the keyboard's focus, or its tag. */
const focusedName = `(() => {
  const el = document.activeElement;
  return el ? el.getAttribute('aria-label') ?? el.tagName : null;
})()`;

it('a refused edit keeps the focus in its box: the curator corrects the text, and J types a letter rather than changing article', async () => {
  app = await startApp({ locale: 'en-US' });
  const { page } = app;
  const articleId = await openFuxin(app);
  const [city] = valuesOf(app, articleId, 'city');
  await focusValue(page.locator(`[data-value-id="${city!.id}"]`));
  await page.keyboard.press('e');
  const editor = page.getByRole('textbox', { name: 'New text for City (prefecture level)' });
  await editor.waitFor();
  // Not a place: the Node side refuses it and the box says why.
  await page.keyboard.press('End');
  await page.keyboard.type('以北');
  await page.keyboard.press('Enter');
  await page.getByText(/is not a valid place/).waitFor();
  expect(await page.evaluate(focusedName)).toBe('New text for City (prefecture level)');

  // J is a letter in the box, not the next article: the typed text stays and so does the article.
  const title = await selectedArticle(page).textContent();
  await page.keyboard.press('j');
  await expect(editor.inputValue()).resolves.toBe('阜新市以北j');
  expect(await selectedArticle(page).textContent()).toBe(title);

  // The curator fixes the text where the focus is, and it saves.
  await page.keyboard.press('Control+a');
  await page.keyboard.type('朝阳市');
  await page.keyboard.press('Enter');
  await editor.waitFor({ state: 'detached' });
  await expect.poll(() => valuesOf(app!, articleId, 'city')[0]!.raw).toBe('朝阳市');
  expect(app.pageErrors).toEqual([]);
});

it('a refused add from a text selection keeps the focus in the popover, so the curator picks another field by keyboard', async () => {
  app = await startApp({ locale: 'en-US' });
  const { page } = app;
  const articleId = await openFuxin(app);
  const cities = valuesOf(app, articleId, 'city').length;
  // The city holds one value and has it already: the Node side refuses a second.
  expect(await page.evaluate(selectText('高质量发展'))).toBe(true);
  const popover = page.getByTestId('add-value-popover');
  await popover.waitFor();
  const search = popover.getByRole('textbox');
  await search.pressSequentially('city');
  await search.press('Enter');
  await popover.getByText(/holds one value/).waitFor();
  expect(await page.evaluate(focusedName)).toBe(await search.getAttribute('aria-label'));

  // Still typing into the popover: another field, Enter, and the value is added there.
  await page.keyboard.press('Control+a');
  await page.keyboard.type('hono');
  await page.keyboard.press('Enter');
  await popover.waitFor({ state: 'detached' });
  await expect
    .poll(() =>
      valuesOf(app!, articleId, 'honors').some(
        (v) => v.raw === '高质量发展' && v.origin === 'curator',
      ),
    )
    .toBe(true);
  expect(valuesOf(app, articleId, 'city')).toHaveLength(cities);
  expect(app.pageErrors).toEqual([]);
});
