import { create } from 'zustand';
import type { Profile } from '../../../shared/contract/profiles';
import { parseFieldSchema, type FieldLabels } from '../../../shared/schema';
import { api } from '../../api/client';
import { useFieldsStore } from '../fields/fields-store';

export interface FieldChoice {
  key: string;
  labels: FieldLabels;
}

interface FilterOptionsState {
  /** null until loaded; stays null when listing profiles fails (the assignee filter hides). */
  profiles: Profile[] | null;
  fields: FieldChoice[];
  load(): Promise<void>;
}

async function schemaFields(): Promise<FieldChoice[]> {
  // The selected article's payload already carries the schema; schema.get also counts every
  // value, which costs more on a large project.
  const known = useFieldsStore.getState().data?.schema.fields;
  const fields = known ?? parseFieldSchema((await api['schema.get']({})).schema).fields;
  return fields.map((f) => ({ key: f.key, labels: f.labels }));
}

/**
 * What the filters offer: people to filter by assignee, and the schema's fields to filter by a
 * missing or present value. Read when the filter menu opens, so it follows schema edits.
 */
export const useFilterOptionsStore = create<FilterOptionsState>((set) => ({
  profiles: null,
  fields: [],

  async load() {
    const [profiles, fields] = await Promise.allSettled([api['profiles.list']({}), schemaFields()]);
    set({ profiles: profiles.status === 'fulfilled' ? profiles.value : null });
    // A schema this renderer cannot read: the field filters offer nothing rather than fail.
    if (fields.status === 'fulfilled') set({ fields: fields.value });
  },
}));

/** A field's label in the interface language, or its key when the schema is not loaded. */
export function useFieldLabel(): (key: string, language: string) => string {
  const options = useFilterOptionsStore((s) => s.fields);
  const loaded = useFieldsStore((s) => s.data?.schema.fields);
  return (key, language) => {
    const field = options.find((f) => f.key === key) ?? loaded?.find((f) => f.key === key);
    return field ? field.labels[language === 'en' ? 'en' : 'zh-CN'] : key;
  };
}
