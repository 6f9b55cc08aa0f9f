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

/** Whether a click at the middle of the element lands on it (not clipped, not covered). */
async function clickable(page: RunningApp['page'], name: string): Promise<boolean> {
  const button = page.getByRole('button', { name, exact: true });
  const box = await button.boundingBox();
  if (!box) return false;
  // Typed by hand: e2e code is type-checked without the DOM library.
  type Node = { contains(other: unknown): boolean; ownerDocument: Doc };
  type Doc = { elementFromPoint(x: number, y: number): unknown };
  return button.evaluate(
    (el, [x, y]) => {
      const node = el as unknown as Node;
      const hit = node.ownerDocument.elementFromPoint(x!, y!);
      return hit !== null && node.contains(hit);
    },
    [box.x + box.width / 2, box.y + box.height / 2],
  );
}

it('Fields… in a 1024 × 768 window keeps Save on screen and scrolls only its table', async () => {
  // Chinese labels make the add-field form two rows high, the tallest the dialog gets.
  app = await startApp({ locale: 'zh-CN' });
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.locator('[role=option]').first().waitFor();
  await page.getByRole('button', { name: '字段设置…' }).click();
  const table = page.getByRole('table', { name: '字段方案中的字段' });
  await table.waitFor();
  for (const name of ['保存', '取消', '导出 JSON'])
    expect(await clickable(page, name), `${name} is cut off`).toBe(true);
  // The last field's row is reached by scrolling the table; the buttons stay where they were.
  await table.locator('tbody tr').last().locator('input').first().scrollIntoViewIfNeeded();
  await table.locator('tbody tr').last().locator('input').first().click();
  expect(await clickable(page, '保存'), 'Save scrolled away').toBe(true);
  await app.screenshot('fields-dialog-1024x768-zh');
  expect(app.pageErrors).toEqual([]);
});
