import { afterEach, expect, it } from 'vitest';
import { openFieldsDialog } from './fields-dialog';
import { startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Every element of the dialog that is wider than its box and scrolls sideways, as "tag.class: width". */
const sidewaysScrollers = `(() => {
  const dialog = document.querySelector('[role=dialog]');
  return [dialog, ...dialog.querySelectorAll('*')]
    // A text box scrolls its own long text; that is not the layout scrolling.
    .filter((el) => el.tagName !== 'INPUT' && el.tagName !== 'TEXTAREA')
    .filter((el) => el.scrollWidth > el.clientWidth + 1 && !['hidden', 'visible'].includes(getComputedStyle(el).overflowX))
    .map((el) => el.tagName.toLowerCase() + '.' + String(el.className).split(' ')[0] + ': ' + el.scrollWidth + ' > ' + el.clientWidth);
})()`;

it('Fields… fits a 1024 px window in English: nothing in it scrolls sideways', async () => {
  app = await startApp({ locale: 'en-US' });
  await app.page.setViewportSize({ width: 1024, height: 768 });
  await openFieldsDialog(app);
  await app.page.getByRole('button', { name: 'Patterns of beds' }).waitFor();
  await app.screenshot('fields-dialog-1024-en');
  expect(await app.page.evaluate(sidewaysScrollers)).toEqual([]);
  const dialog = await app.page.locator('[role=dialog]').first().boundingBox();
  expect(dialog!.x).toBeGreaterThanOrEqual(0);
  expect(dialog!.x + dialog!.width).toBeLessThanOrEqual(1024);
  expect(app.pageErrors).toEqual([]);
});
