import { create } from 'zustand';
import type { ApiError } from '../../../shared/contract/errors';
import type {
  ExtractorDeclaration,
  FieldHue,
  FieldLabels,
  FieldSchema,
} from '../../../shared/schema';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';
import { useFieldsStore } from '../fields/fields-store';
import { useLearningStore } from '../learning/learning-store';
import {
  addField,
  newFieldProblem,
  relabel,
  removeField,
  setGuideline,
  setColor,
  setHotkey,
  setRetired,
  rebaseWordLists,
  toFieldSchema,
  type NewFieldInput,
  type NewFieldProblem,
} from './schema-draft';

interface SchemaState {
  opened: boolean;
  loading: boolean;
  saving: boolean;
  /** The active schema as loaded; the draft is compared with it to know what is new. */
  saved: FieldSchema | null;
  draft: FieldSchema | null;
  valueCounts: Record<string, number>;
  /** The rules a field may take values from, each output with its kind. */
  extractors: readonly ExtractorDeclaration[];
  error: ApiError | null;
  open(): Promise<void>;
  close(): void;
  relabel(key: string, language: keyof FieldLabels, text: string): void;
  setRetired(key: string, retired: boolean): void;
  setGuideline(key: string, text: string): void;
  setHotkey(key: string, hotkey: string): void;
  setColor(key: string, color: FieldHue | null): void;
  /** Adds the field to the draft, or answers why it cannot be added. */
  addField(input: NewFieldInput): NewFieldProblem | null;
  removeNewField(key: string): void;
  /** Saves the draft as the next version; true when saved (the dialog then closes). */
  save(): Promise<boolean>;
  /** Takes in a version saved elsewhere that changed word lists only, keeping the draft's edits. */
  rebaseOnWordLists(): Promise<void>;
}

/** The field-settings dialog: the active schema, a draft of the curator's edits, and saving it. */
export const useSchemaStore = create<SchemaState>((set, get) => {
  const editDraft = (change: (draft: FieldSchema) => FieldSchema): void => {
    const draft = get().draft;
    // A refusal is about the draft that was sent: once the curator edits, it no longer applies.
    if (draft) set({ draft: change(draft), error: null });
  };
  const load = async (): Promise<void> => {
    set({ loading: true });
    try {
      const { schema, valueCounts, extractors = [] } = await api['schema.get']({});
      const saved = toFieldSchema(schema);
      set({ saved, draft: saved, valueCounts, extractors, loading: false, error: null });
    } catch (error) {
      set({ loading: false, error: asApiError(error) });
    }
  };

  return {
    opened: false,
    loading: false,
    saving: false,
    saved: null,
    draft: null,
    valueCounts: {},
    extractors: [],
    error: null,

    async open() {
      set({ opened: true, saved: null, draft: null, error: null });
      await load();
    },

    close() {
      set({ opened: false, error: null });
    },

    relabel(key, language, text) {
      editDraft((draft) => relabel(draft, key, language, text));
    },

    setRetired(key, retired) {
      editDraft((draft) => setRetired(draft, key, retired));
    },

    setGuideline(key, text) {
      editDraft((draft) => setGuideline(draft, key, text));
    },

    setHotkey(key, hotkey) {
      editDraft((draft) => setHotkey(draft, key, hotkey));
    },

    setColor(key, color) {
      editDraft((draft) => setColor(draft, key, color));
    },

    addField(input) {
      const draft = get().draft;
      if (!draft) return null;
      const problem = newFieldProblem(draft, input);
      if (!problem) set({ draft: addField(draft, input), error: null });
      return problem;
    },

    removeNewField(key) {
      if (get().saved?.fields.some((f) => f.key === key)) return;
      editDraft((draft) => removeField(draft, key));
    },

    async rebaseOnWordLists() {
      await rebase(get, set);
    },

    async save() {
      const draft = get().draft;
      if (!draft || get().saving) return false;
      set({ saving: true });
      try {
        await api['schema.update']({ schema: draft });
        set({ saving: false, opened: false, error: null });
        // The fields panel shows the schema's live fields: reload it under the new version.
        const articleId = useFieldsStore.getState().articleId;
        if (articleId !== null) await useFieldsStore.getState().load(articleId);
        return true;
      } catch (error) {
        set({ saving: false, error: asApiError(error) });
        return false;
      }
    },
  };
});

/** Takes in a newer version that changed word lists only, keeping the draft's edits. */
async function rebase(
  get: () => SchemaState,
  set: (change: Partial<SchemaState>) => void,
): Promise<void> {
  if (!get().saved) return;
  try {
    const newer = toFieldSchema((await api['schema.get']({})).schema);
    const { draft, saved } = get();
    set({
      saved: newer,
      draft: !draft || draft === saved ? newer : rebaseWordLists(draft, newer),
    });
  } catch (error) {
    set({ error: asApiError(error) });
  }
}

// A word list saved from the lexicon view is a schema version: Fields… moves onto it.
useLearningStore.subscribe((state, previous) => {
  if (state.wordListSaves !== previous.wordListSaves) {
    void useSchemaStore.getState().rebaseOnWordLists();
  }
});
