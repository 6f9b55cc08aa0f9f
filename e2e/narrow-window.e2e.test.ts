import { afterEach, expect, it } from 'vitest';
import { articleRows, startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The narrowest window the app supports (README): the list and the fields panel at their least. */
const narrow = { width: 1024, height: 700 };

/**
 * Every choice of every shown drop-down that its box cuts, as "label: choice (needs › has px)".
 * A native select shows only the chosen option, so each option is measured in the select's own font
 * against the width left for text (the box less its padding, which holds the chevron): the user
 * sees any of them once picked.
 */
const cutChoices = `(() => {
  const context = document.createElement('canvas').getContext('2d');
  return [...document.querySelectorAll('select')]
    .filter((select) => select.getClientRects().length > 0)
    .flatMap((select) => {
      const style = getComputedStyle(select);
      context.font = style.font;
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return [...select.options]
        .map((option) => ({ text: option.text, needs: Math.ceil(context.measureText(option.text).width) }))
        .filter(({ needs }) => needs > room)
        .map(({ text, needs }) => (select.getAttribute('aria-label') ?? select.name) + ': ' + text + ' (' + needs + ' > ' + Math.floor(room) + ')');
    });
})()`;

/**
 * Fields whose colour square does not sit on the first line of the field's name, as their keys:
 * the square is the key to the highlight colour and reads as belonging to the line beside it.
 */
const strayColourSquares = `(() => [...document.querySelectorAll('[data-field]')]
  .filter((field) => {
    const square = field.querySelector('[data-field-color]');
    const name = square && square.nextElementSibling;
    if (!square || !name) return false;
    const s = square.getBoundingClientRect();
    const n = name.getBoundingClientRect();
    const lineHeight = parseFloat(getComputedStyle(name).lineHeight) || n.height;
    const middle = s.top + s.height / 2;
    return s.right > n.left || middle < n.top || middle > n.top + lineHeight;
  })
  .map((field) => field.getAttribute('data-field')))()`;

for (const locale of ['en-US', 'zh-CN']) {
  it(`a ${narrow.width} × ${narrow.height} window (${locale}): no drop-down of the list cuts a choice`, async () => {
    app = await startApp({ locale });
    const { page } = app;
    await page.setViewportSize(narrow);
    await articleRows(page).first().waitFor();
    expect(await page.evaluate(cutChoices)).toEqual([]);
    // The filters' drop-downs open in a popover over the list.
    await page.getByRole('button', { name: /^(Filters|筛选)$/ }).click();
    await page.getByRole('dialog').first().waitFor();
    expect(await page.evaluate(cutChoices)).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it(`a ${narrow.width} × ${narrow.height} window (${locale}): each field's colour square sits beside its name`, async () => {
    app = await startApp({ locale });
    const { page } = app;
    await page.setViewportSize(narrow);
    await articleRows(page).first().click();
    await page.locator('[data-field] [data-field-color]').first().waitFor();
    expect(await page.evaluate(strayColourSquares)).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
}
