import { z } from 'zod';
import {
  articleFilterSchema,
  articleSortSchema,
  type ArticleFilter,
  type ArticleSort,
} from '../../../shared/contract/articles';

/**
 * What the article list remembers across a reload: the selection, the filters, the sort and how
 * far the list was scrolled. localStorage is per origin, which is per project window here.
 * Anything unreadable (an older shape, a hand edit) falls back to the defaults.
 */
const selectionKey = 'gleaner.selectedArticle';
const viewKey = 'gleaner.articleList.view';
const scrollKey = 'gleaner.articleList.scrollTop';

const viewSchema = z.object({
  filter: articleFilterSchema,
  sort: articleSortSchema,
  descending: z.boolean(),
});

export interface ListView {
  filter: ArticleFilter;
  sort: ArticleSort;
  descending: boolean;
}

export const defaultView: ListView = { filter: {}, sort: 'document', descending: false };

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage full or disabled: the list still works, it just forgets on reload.
  }
}

export function readSelection(): number | null {
  const saved = Number(read(selectionKey));
  return Number.isInteger(saved) && saved > 0 ? saved : null;
}

export function writeSelection(id: number): void {
  write(selectionKey, String(id));
}

export function readView(): ListView {
  try {
    const parsed = viewSchema.safeParse(JSON.parse(read(viewKey) ?? 'null'));
    return parsed.success ? parsed.data : defaultView;
  } catch {
    return defaultView;
  }
}

export function writeView(view: ListView): void {
  write(viewKey, JSON.stringify(view));
}

export function readScrollTop(): number {
  const saved = Number(read(scrollKey));
  return Number.isFinite(saved) && saved > 0 ? saved : 0;
}

export function writeScrollTop(top: number): void {
  write(scrollKey, String(Math.max(0, Math.round(top))));
}
