import { create } from 'zustand';
import type { ArticleDetailDto } from './adjudication-types';
import type { MethodOutput } from '../../../shared/contract/contract';
import type { ApiError } from '../../../shared/contract/errors';
import type { DisagreementDto } from '../../../shared/contract/packages';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';

export type Choice = 'a' | 'b' | 'both' | 'neither' | 'edit';

type ArticleDetail = ArticleDetailDto;

/** Each curator's version of one article, beside the project's values of it now. */
export interface ArticleVersions {
  articleId: number;
  versions: MethodOutput<'versions.list'>['versions'];
  project: MethodOutput<'articles.fields'>['values'];
}

/** What an undo needs to name the decision it takes back. */
interface Decided {
  key: string;
  articleId: number;
  field: string;
}

interface AdjudicationState {
  opened: boolean;
  loading: boolean;
  busy: boolean;
  error: ApiError | null;
  /** Disagreements still open, and how many the curators had in all. */
  items: DisagreementDto[];
  total: number;
  /** The disagreement the keyboard acts on. */
  current: number;
  /** The current disagreement's article (its text, in document offsets). */
  article: ArticleDetail | null;
  /** The reviewer is typing a value of their own for the current disagreement. */
  editing: boolean;
  /** Decisions of this session, newest last: u / Ctrl+Z takes the last one back. */
  decided: Decided[];
  /** The last decision undone, for the status line. */
  undone: Decided | null;
  /** The list of disagreements, or every curator's version of one article. */
  tab: 'disagreements' | 'versions';
  versions: ArticleVersions | null;
  open(): void;
  /** Opens on the curators' versions of one article (from the article being read). */
  openVersions(articleId: number): void;
  /** Shows the versions of `articleId` (default: the current disagreement's article). */
  showVersions(articleId?: number): Promise<void>;
  showDisagreements(): void;
  close(): void;
  load(): Promise<void>;
  move(delta: number): void;
  select(index: number): void;
  setEditing(editing: boolean): void;
  decide(choice: Choice, text?: string): Promise<void>;
  undo(): Promise<void>;
}

type Set = (partial: Partial<AdjudicationState>) => void;
type Get = () => AdjudicationState;

/** Reads the current disagreement's article unless it is the one already shown. */
async function showArticle(set: Set, get: Get): Promise<void> {
  const item = get().items[get().current];
  if (!item) return set({ article: null });
  if (get().article?.id === item.articleId) return;
  try {
    const article = await api['articles.get']({ id: item.articleId });
    // The keyboard may have moved on while the article was read.
    if (get().items[get().current]?.articleId === article.id) set({ article });
  } catch (error) {
    set({ error: asApiError(error) });
  }
}

/** Reads the open disagreements again, keeping the keyboard near where it was. */
async function reload(set: Set, get: Get): Promise<void> {
  const { open, total } = await api['adjudication.list']({});
  set({ items: open, total, current: Math.min(get().current, Math.max(open.length - 1, 0)) });
  await showArticle(set, get);
}

/** The versions of `articleId` (default: the current disagreement's article) and the project's. */
async function showVersions(set: Set, get: Get, articleId?: number): Promise<void> {
  const id = articleId ?? get().items[get().current]?.articleId ?? get().versions?.articleId;
  if (id === undefined) return;
  set({ tab: 'versions', editing: false, error: null });
  try {
    const [{ versions }, { values }] = await Promise.all([
      api['versions.list']({ articleId: id }),
      api['articles.fields']({ id }),
    ]);
    set({ versions: { articleId: id, versions, project: values } });
  } catch (error) {
    set({ error: asApiError(error) });
  }
}

/** One decision on the current disagreement, then the list again without it. */
async function decide(set: Set, get: Get, choice: Choice, text?: string): Promise<void> {
  const item = get().items[get().current];
  if (!item || get().busy) return;
  set({ busy: true, error: null, undone: null });
  try {
    const seen = Object.fromEntries(item.current.map((v) => [String(v.id), v.revision]));
    await api['adjudication.decide']({ key: item.key, choice, text, seen });
    const decided = { key: item.key, articleId: item.articleId, field: item.field };
    set({ decided: [...get().decided, decided], editing: false });
    await reload(set, get);
  } catch (error) {
    set({ error: asApiError(error) });
  } finally {
    set({ busy: false });
  }
}

/** Takes back this session's last decision; that disagreement is open and current again. */
async function undo(set: Set, get: Get): Promise<void> {
  const last = get().decided.at(-1);
  if (!last || get().busy) return;
  set({ busy: true, error: null });
  try {
    await api['adjudication.undo']({ key: last.key });
    set({ decided: get().decided.slice(0, -1), undone: last });
    await reload(set, get);
    const index = get().items.findIndex((d) => d.key === last.key);
    if (index >= 0) get().select(index);
  } catch (error) {
    set({ error: asApiError(error) });
  } finally {
    set({ busy: false });
  }
}

/**
 * Adjudication of double annotation (issue 20): the disagreements of two curators, decided one
 * by one with the keyboard; every decision is written by the Node side through the ordinary
 * value writers, and can be undone.
 */
export const useAdjudicationStore = create<AdjudicationState>((set, get) => ({
  opened: false,
  loading: false,
  busy: false,
  error: null,
  items: [],
  total: 0,
  current: 0,
  article: null,
  editing: false,
  decided: [],
  undone: null,
  tab: 'disagreements',
  versions: null,
  open() {
    set({ opened: true, current: 0, article: null, error: null, decided: [], undone: null });
    set({ tab: 'disagreements', versions: null });
    void get().load();
  },
  openVersions(articleId) {
    get().open();
    void get().showVersions(articleId);
  },
  showVersions: (articleId) => showVersions(set, get, articleId),
  showDisagreements() {
    set({ tab: 'disagreements' });
  },
  close() {
    set({ opened: false, editing: false });
  },
  async load() {
    set({ loading: true, error: null });
    try {
      await reload(set, get);
    } catch (error) {
      set({ error: asApiError(error) });
    } finally {
      set({ loading: false });
    }
  },
  move(delta) {
    const { items, current } = get();
    if (items.length === 0) return;
    get().select(Math.min(Math.max(current + delta, 0), items.length - 1));
  },
  select(index) {
    set({ current: index, editing: false });
    void showArticle(set, get);
  },
  setEditing(editing) {
    set({ editing });
  },
  decide: (choice, text) => decide(set, get, choice, text),
  undo: () => undo(set, get),
}));
