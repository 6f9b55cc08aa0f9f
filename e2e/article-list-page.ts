import type { Page } from 'playwright-core';

/** The article list as the e2e tests read it: its rows and its scrolling element. */
export const rowSelector = '[role=option][data-article-id]';

/** Ids of the rows the list renders, top to bottom (virtualised rows are not in DOM order). */
export async function rowIds(page: Page): Promise<number[]> {
  return page.locator(rowSelector).evaluateAll((rows) =>
    rows
      .map((row) => ({
        id: Number(row.getAttribute('data-article-id')),
        top: row.getBoundingClientRect().top,
      }))
      .sort((a, b) => a.top - b.top)
      .map((row) => row.id),
  );
}

/** The list's scrolling element (the ScrollArea viewport around the listbox), as page script. */
export const scroller = `(() => {
  let node = document.querySelector('[role=listbox]');
  while (node && node.scrollHeight <= node.clientHeight) node = node.parentElement;
  return node;
})()`;
