import { create } from 'zustand';
import type { FieldValuePayload } from '../../../shared/contract/domain';
import type { MethodOutput } from '../../../shared/contract/contract';
import type { ApiError } from '../../../shared/contract/errors';
import type { LearnedEvidence, LexiconEntry } from '../../../shared/contract/learning';
import { LEARNED_EXTRACTOR } from '../../../shared/extraction/learned/learned-entry';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';

export type LexiconAction = 'remove' | 'keep' | 'reset';

interface LearningState {
  /** The evidence of the open article's learned suggestions, by value id. */
  evidenceArticleId: number | null;
  evidence: ReadonlyMap<number, LearnedEvidence>;
  /** Reads the evidence of an article's learned values (none asked when it has none). */
  loadEvidence(articleId: number, values: readonly FieldValuePayload[]): Promise<void>;

  /** The lexicon view (from Fields…). */
  opened: boolean;
  loading: boolean;
  entries: LexiconEntry[];
  threshold: number | null;
  fieldKey: string | null;
  query: string;
  error: ApiError | null;
  /**
   * Moves after each import or edit that may have saved a word list as a schema version
   * (Fields… watches it to move its draft onto that version).
   */
  wordListSaves: number;
  open(): Promise<void>;
  close(): void;
  setFilter(change: { fieldKey?: string | null; query?: string }): Promise<void>;
  edit(input: {
    fieldKey: string;
    text: string;
    action: LexiconAction;
    valueText?: string;
  }): Promise<boolean>;
  setThreshold(threshold: number): Promise<void>;
  /** Reads a word list into a field's lexicon; null when refused (the error says why). */
  importList(fieldKey: string, path: string): Promise<MethodOutput<'lexicon.import'> | null>;
}

/** The evidence of an article's learned values, by value id (nothing asked when it has none). */
async function evidenceOf(
  articleId: number,
  values: readonly FieldValuePayload[],
): Promise<Map<number, LearnedEvidence>> {
  if (!values.some((v) => v.extractor === LEARNED_EXTRACTOR)) return new Map();
  try {
    const list = await api['evidence.list']({ articleId });
    return new Map(list.map((e) => [e.valueId, e]));
  } catch {
    // The evidence is a help beside the value; the value itself is shown without it.
    return new Map();
  }
}

/** Learning from decisions: the evidence shown with learned suggestions, and the lexicon view. */
export const useLearningStore = create<LearningState>((set, get) => {
  const loadLexicon = async (): Promise<void> => {
    set({ loading: true });
    const { fieldKey, query } = get();
    try {
      const { entries, threshold } = await api['lexicon.list']({
        ...(fieldKey ? { fieldKey } : {}),
        ...(query.trim() ? { query: query.trim() } : {}),
      });
      set({ entries, threshold, loading: false, error: null });
    } catch (error) {
      set({ loading: false, error: asApiError(error) });
    }
  };

  return {
    evidenceArticleId: null,
    evidence: new Map(),
    async loadEvidence(articleId, values) {
      set({ evidenceArticleId: articleId, evidence: await evidenceOf(articleId, values) });
    },

    opened: false,
    loading: false,
    entries: [],
    threshold: null,
    fieldKey: null,
    query: '',
    error: null,
    wordListSaves: 0,
    async open() {
      set({ opened: true, error: null });
      await loadLexicon();
    },
    close() {
      set({ opened: false });
    },
    async setFilter(change) {
      set(change);
      await loadLexicon();
    },
    async edit(input) {
      try {
        await api['lexicon.edit']({
          fieldKey: input.fieldKey,
          text: input.text,
          action: input.action,
          ...(input.valueText?.trim() ? { valueText: input.valueText.trim() } : {}),
        });
        set({ wordListSaves: get().wordListSaves + 1 });
        await loadLexicon();
        return true;
      } catch (error) {
        set({ error: asApiError(error) });
        return false;
      }
    },
    async importList(fieldKey, path) {
      try {
        const answer = await api['lexicon.import']({ fieldKey, path });
        // The word list was saved as a schema version: Fields… moves onto it (schema-store).
        set({ wordListSaves: get().wordListSaves + 1 });
        await loadLexicon();
        return answer;
      } catch (error) {
        set({ error: asApiError(error) });
        return null;
      }
    },
    async setThreshold(threshold) {
      try {
        await api['lexicon.setThreshold']({ threshold });
        await loadLexicon();
      } catch (error) {
        set({ error: asApiError(error) });
      }
    },
  };
});
