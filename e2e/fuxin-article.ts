import { articleRows, type RunningApp } from './harness';

/**
 * The opening the editing and comment-thread tests share: the seed article about 阜新 (its title
 * says 聚核心竞争力… in the list), its values as stored, and a text selection in its reader.
 */

/**
 * Selects the `nth` occurrence of `needle` in the reader's text as a user's drag would, and
 * releases the mouse there (the reader opens its add-value popover on mouseup).
 */
export const selectText = (needle: string, nth = 0) => `(() => {
  const root = document.querySelector('[data-testid=article-text]');
  const needle = ${JSON.stringify(needle)};
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let at = node.data.indexOf(needle); at >= 0; at = node.data.indexOf(needle, at + 1)) {
      if (count++ !== ${nth}) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      // A curator selects what is on screen.
      root.closest('.mantine-ScrollArea-viewport').scrollBy(0, range.getClientRects()[0].top - 300);
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      const rect = range.getBoundingClientRect();
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: rect.right, clientY: rect.bottom }));
      return true;
    }
  }
  return false;
})()`;

export interface ValueRowInDb {
  id: number;
  state: string;
  raw: string;
  value: string;
  revision: number;
  ordinal: number;
  origin: string;
}

export function valuesOf(app: RunningApp, articleId: number, field: string): ValueRowInDb[] {
  return app.project.db
    .prepare(
      'SELECT id, state, raw, value, revision, ordinal, origin FROM field_values WHERE article_id = ? AND field_key = ? ORDER BY ordinal, id',
    )
    .all(articleId, field) as ValueRowInDb[];
}

/** The 阜新 article's row in the list. */
export const fuxinRow = (app: RunningApp) =>
  articleRows(app.page).filter({ hasText: '聚核心竞争力' });

/** Opens the 阜新 article and waits for its values; its id. */
export async function openFuxin(app: RunningApp): Promise<number> {
  const row = fuxinRow(app);
  await row.click();
  await app.page.locator('[data-field=hospital] [data-value-id]').first().waitFor();
  return Number(await row.getAttribute('data-article-id'));
}

/** The 阜新 article opened, its hospital value on screen and as stored. */
export async function openFuxinHospital(app: RunningApp) {
  const articleId = await openFuxin(app);
  const hospital = app.page.locator('[data-field=hospital] [data-value-id]').first();
  const hospitalId = Number(await hospital.getAttribute('data-value-id'));
  const hospitalInDb = () => valuesOf(app, articleId, 'hospital').find((v) => v.id === hospitalId);
  return { row: fuxinRow(app), articleId, hospital, hospitalId, hospitalInDb };
}
