import type { Suggestion } from '../../shared/extraction';
import type { FieldSchema } from '../../shared/schema';
import { getMeta } from '../database/meta-repository';
import type { ProjectDatabase } from '../database/open-project';
import { activeSchema } from '../database/schema-repository';

/**
 * An extraction (an import, a re-run) reads the schema when it starts and may take minutes;
 * meanwhile an admin may retire a field, remove it or change what it holds, in another window
 * or program. Before, the run stored suggestions for it all the same: a retired field grew new
 * suggestions nobody could accept. Now each article's suggestions are checked against the schema
 * the project has when they are stored: those of a field that is no longer collected as the run
 * read it are left out, counted, and the run's report says so.
 */

export type FieldLeftOutReason = 'retired' | 'removed' | 'changed' | 'other-schema';

export interface FieldLeftOut {
  field: string;
  reason: FieldLeftOutReason;
  /** Suggestions not stored. */
  suggestions: number;
}

/** What one extraction remembers between its articles. */
export interface FieldsAtStore {
  /** The active schema's stored reference (`[id, version]` as JSON) last compared. */
  checked: string;
  /**
   * The version of the run's schema the project has when suggestions are stored: a suggestion
   * belongs to the version current when it is written (fields matched by key), not to the one
   * the run read at its start, which an edit of labels or patterns meanwhile made out of date.
   */
  version: number;
  /** Fields the run may no longer store, with why; empty while the schema is the run's. */
  leftOut: Map<string, FieldLeftOutReason>;
  /** What was left out so far, by field, with why (as it was when it was left out). */
  counts: Map<string, { reason: FieldLeftOutReason; suggestions: number }>;
}

export function fieldsAtStore(schema: FieldSchema): FieldsAtStore {
  return {
    checked: JSON.stringify([schema.id, schema.version]),
    version: schema.version,
    leftOut: new Map(),
    counts: new Map(),
  };
}

/** Why the run's field may no longer be stored under the schema now active, or null. */
function reasonFor(
  runField: FieldSchema['fields'][number],
  now: FieldSchema,
  sameSchema: boolean,
): FieldLeftOutReason | null {
  if (!sameSchema) return 'other-schema';
  const current = now.fields.find((f) => f.key === runField.key);
  if (!current) return 'removed';
  if (current.retired) return 'retired';
  // A suggestion of another type or count would be a value its field cannot hold.
  if (current.type !== runField.type || current.cardinality !== runField.cardinality)
    return 'changed';
  return null;
}

/**
 * Rereads which of the run's fields may still be stored, when the active schema changed since the
 * last look (one read of a `meta` row per call; the schema itself only when it changed).
 */
function refresh(db: ProjectDatabase, run: FieldSchema, state: FieldsAtStore): void {
  const reference = getMeta(db, 'active_schema') ?? state.checked;
  if (reference === state.checked) return;
  state.checked = reference;
  const now = activeSchema(db);
  // Another schema's version says nothing of the run's fields: those are all left out.
  if (now.id === run.id) state.version = now.version;
  state.leftOut.clear();
  for (const field of run.fields) {
    const reason = reasonFor(field, now, now.id === run.id);
    if (reason) state.leftOut.set(field.key, reason);
  }
}

/**
 * The suggestions whose field the project still collects as the run read it; the rest counted.
 * Afterwards `state.version` is the schema version to store the kept ones under.
 */
export function suggestionsStillCollected<S extends Pick<Suggestion, 'field'>>(
  db: ProjectDatabase,
  run: FieldSchema,
  state: FieldsAtStore,
  suggestions: readonly S[],
): readonly S[] {
  refresh(db, run, state);
  if (state.leftOut.size === 0) return suggestions;
  const kept: S[] = [];
  for (const suggestion of suggestions) {
    const reason = state.leftOut.get(suggestion.field);
    if (reason === undefined) {
      kept.push(suggestion);
      continue;
    }
    const count = state.counts.get(suggestion.field);
    if (count) count.suggestions++;
    else state.counts.set(suggestion.field, { reason, suggestions: 1 });
  }
  return kept;
}

/** What the run left out, for its report. */
export function fieldsLeftOut(state: FieldsAtStore): FieldLeftOut[] {
  return [...state.counts].map(([field, count]) => ({ field, ...count }));
}

/** Adds a later phase's (or step's) fields left out to `list`. */
export function addFieldsLeftOut(list: FieldLeftOut[], more: readonly FieldLeftOut[]): void {
  for (const item of more) {
    const entry = list.find((e) => e.field === item.field);
    if (entry) entry.suggestions += item.suggestions;
    else list.push({ ...item });
  }
}

const reasonText: Record<FieldLeftOutReason, string> = {
  retired: 'it was retired',
  removed: 'it was removed from the schema',
  changed: 'its type or count was changed',
  'other-schema': 'the project now collects with another schema',
};

/** One line per field, for the command line. */
export function describeFieldLeftOut(item: FieldLeftOut): string {
  return `${item.suggestions} suggestion(s) of the field "${item.field}" were not stored: ${reasonText[item.reason]} while this extraction ran`;
}
