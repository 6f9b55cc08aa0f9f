import { create } from 'zustand';
import type { MethodOutput } from '../../../shared/contract/contract';
import type { ApiError } from '../../../shared/contract/errors';
import type { Field, FieldPattern } from '../../../shared/schema';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';
import { useSchemaStore } from '../schema/schema-store';

export type PatternPreview = MethodOutput<'patternPreview.get'>;

interface PatternsState {
  /** The field whose patterns are being edited (null: the editor is closed). */
  field: Field | null;
  patterns: FieldPattern[];
  preview: PatternPreview | null;
  previewing: boolean;
  error: ApiError | null;
  open(field: Field): void;
  close(): void;
  change(index: number, change: Partial<FieldPattern>): void;
  add(): void;
  remove(index: number): void;
  /** Runs the patterns over the project's articles (nothing is saved). */
  runPreview(): Promise<void>;
  /** Puts the patterns into the schema draft; saving the schema makes them a new version. */
  apply(): void;
}

/** The pattern editor of one field (from Fields…), with its live preview. */
export const usePatternsStore = create<PatternsState>((set, get) => ({
  field: null,
  patterns: [],
  preview: null,
  previewing: false,
  error: null,
  open(field) {
    set({ field, patterns: [...(field.patterns ?? [])], preview: null, error: null });
  },
  close() {
    set({ field: null });
  },
  change(index, change) {
    set({
      patterns: get().patterns.map((p, i) => (i === index ? { ...p, ...change } : p)),
      preview: null,
    });
  },
  add() {
    const n = get().patterns.length + 1;
    set({ patterns: [...get().patterns, { name: `pattern-${n}`, regex: '' }], preview: null });
  },
  remove(index) {
    set({ patterns: get().patterns.filter((_, i) => i !== index), preview: null });
  },
  async runPreview() {
    const { field, patterns } = get();
    if (!field) return;
    set({ previewing: true, error: null });
    try {
      const preview = await api['patternPreview.get']({ fieldKey: field.key, patterns });
      set({ preview, previewing: false });
    } catch (error) {
      set({ preview: null, previewing: false, error: asApiError(error) });
    }
  },
  apply() {
    const { field, patterns } = get();
    const draft = useSchemaStore.getState().draft;
    if (!field || !draft) return;
    const kept = patterns.filter((p) => p.regex.trim() !== '');
    useSchemaStore.setState({
      draft: {
        ...draft,
        fields: draft.fields.map((f) =>
          f.key === field.key ? { ...f, patterns: kept.length > 0 ? kept : undefined } : f,
        ),
      },
      error: null,
    });
    set({ field: null });
  },
}));
