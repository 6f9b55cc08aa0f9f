import { create } from 'zustand';
import type { ApiError } from '../../../shared/contract/errors';
import type { BuiltInSchemaName } from '../../../shared/schema/builtin';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';
import { useArticlesStore } from '../articles/articles-store';
import { useFieldsStore } from '../fields/fields-store';
import { useImportStore } from '../import/import-store';

/** A schema to make the project's: a built-in one by name, or a schema file's JSON. */
export type SchemaSource = BuiltInSchemaName | Record<string, unknown>;

interface SchemaChoiceState {
  /** Whether the new-project chooser is showing (a project without articles opens it). */
  opened: boolean;
  choosing: boolean;
  error: ApiError | null;
  /** The schema chosen last (its id and version), for the notice after choosing. */
  chosen: { id: string; version: number } | null;
  /** Opens the chooser when the project has no articles yet. */
  offerIfEmpty(): Promise<void>;
  close(): void;
  /** Makes the source the project's schema; true when it was (the chooser then closes). */
  choose(source: SchemaSource): Promise<boolean>;
}

/**
 * The schema a project collects with, chosen when it starts (the chooser) or brought in as a file
 * (Fields… → Import): both go through `schema.choose`, which checks the mapping on the Node side.
 */
export const useSchemaChoiceStore = create<SchemaChoiceState>((set, get) => ({
  opened: false,
  choosing: false,
  error: null,
  chosen: null,

  async offerIfEmpty() {
    try {
      const info = await api['project.info']({});
      if (info.documentCount === 0) set({ opened: true, error: null });
    } catch {
      // No project to ask about (recovery, signed out): nothing to offer.
    }
  },

  close() {
    set({ opened: false, error: null });
  },

  async choose(source) {
    if (get().choosing) return false;
    set({ choosing: true, error: null });
    try {
      const before = (await api['schema.get']({})).schema.id;
      const chosen = await api['schema.choose']({ source });
      set({ choosing: false, opened: false, chosen });
      // Articles imported under the schema just replaced (it held no values, or the choice was
      // refused) get the new schema's suggestions, in the background like Re-run extraction.
      if (chosen.id !== before && (await api['project.info']({})).articleCount > 0) {
        await api['extraction.rerun']({});
        // Follow the job like Re-run extraction does: when it ends, the open article's panel
        // reloads with the new suggestions (the load below may come before they are stored).
        await useImportStore.getState().discoverJobs();
      }
      // The panel and the list show the schema's fields: reload them under the new one.
      const articleId = useFieldsStore.getState().articleId;
      if (articleId !== null) await useFieldsStore.getState().load(articleId);
      await useArticlesStore.getState().loadList();
      return true;
    } catch (error) {
      set({ choosing: false, error: asApiError(error) });
      return false;
    }
  },
}));
