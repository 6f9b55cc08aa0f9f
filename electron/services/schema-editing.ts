import { apiError } from '../../shared/contract/error-messages';
import { EXTRACTOR_DECLARATIONS, EXTRACTORS_BY_ID } from '../../shared/extraction/registry';
import {
  FieldSchemaError,
  parseFieldSchema,
  type ExtractorOutput,
  type Field,
  type FieldSchema,
  type SchemaIssue,
} from '../../shared/schema';
import { auditedWrite } from '../database/audited-write';
import type { ProjectDatabase } from '../database/open-project';
import { activeSchema, schemaVersions, valueCountsByField } from '../database/schema-repository';
import { labelProblems } from './schema-label-problems';
import { wordListProblems } from './field-word-list';
import { saveNextSchemaVersion } from './schema-version-save';
import { refuseRunawayPatterns } from './pattern-preview';

export interface SchemaVersionSummary {
  id: string;
  version: number;
  createdAt: string;
  active: boolean;
  fieldCount: number;
}

/** What changed between two versions, for the audit log (and for a human reading it). */
export interface SchemaChanges {
  added: string[];
  removed: string[];
  retired: string[];
  restored: string[];
  relabelled: string[];
  /** Extractors, patterns, required, cardinality or enum values changed. */
  otherwiseChanged: string[];
}

/**
 * How many stored values (any state: a rejected suggestion is curator work too) each field key of
 * the active schema holds. A field with values is what must never be orphaned.
 */
export function fieldValueCounts(db: ProjectDatabase, schemaId: string): Record<string, number> {
  const rows = valueCountsByField(db, schemaId);
  return Object.fromEntries(rows.map((r) => [r.fieldKey, r.n]));
}

/**
 * The active schema in full, with the value count of each field and the rules a field may take
 * values from (for the schema editor).
 */
export function currentSchema(db: ProjectDatabase): {
  schema: FieldSchema;
  valueCounts: Record<string, number>;
  extractors: { id: string; outputs: ExtractorOutput[]; options?: 'subjectInstitution'[] }[];
} {
  const schema = activeSchema(db);
  return {
    schema,
    valueCounts: fieldValueCounts(db, schema.id),
    extractors: EXTRACTOR_DECLARATIONS.map(({ id, outputs, options }) =>
      options
        ? { id, outputs: [...outputs], options: [...options] }
        : { id, outputs: [...outputs] },
    ),
  };
}

/** Every stored version of the active schema, newest first. */
export function schemaHistory(db: ProjectDatabase): SchemaVersionSummary[] {
  const active = activeSchema(db);
  const rows = schemaVersions(db, active.id);
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    createdAt: row.createdAt,
    active: row.version === active.version,
    fieldCount: (JSON.parse(row.json) as { fields: unknown[] }).fields.length,
  }));
}

/**
 * Saves an edited schema as the next version and makes it active, in one transaction with its
 * audit row. `next.version` is the version the edit started from (or that version + 1, as a
 * hand-edited file would say); anything else means the schema changed meanwhile and is refused.
 *
 * Values are never orphaned: a field that holds values keeps its key and its type and stays in
 * the list (retire it to hide it). Everything else — labels, extractors, patterns, required,
 * retiring, restoring, new fields — may change freely.
 */
export function updateSchema(
  db: ProjectDatabase,
  next: unknown,
  actor: string,
): { id: string; version: number } {
  let parsed: FieldSchema;
  try {
    // A mapping to an extractor this build lacks, or of a kind the field cannot hold, is refused.
    parsed = parseFieldSchema(next, { extractors: EXTRACTORS_BY_ID });
  } catch (error) {
    if (error instanceof FieldSchemaError) {
      throw apiError(
        'schema-invalid',
        { problems: error.message, issueList: JSON.stringify(error.issues) },
        error.problems,
      );
    }
    throw error;
  }
  // A label that disguises a field, or a word-list value the field's type cannot read (skipped
  // silently when extracting).
  const wordProblems = [...labelProblems(parsed), ...wordListProblems(parsed)];
  if (wordProblems.length > 0) {
    throw apiError('schema-invalid', { problems: wordProblems.join('\n') }, wordProblems);
  }
  refuseRunawayPatterns(db, parsed, activeSchema(db));
  return auditedWrite(db, actor, (write) => {
    const current = activeSchema(db);
    if (parsed.id !== current.id) {
      throw apiError('schema-id-mismatch', { current: current.id, given: parsed.id }, [
        `id: must be "${current.id}"`,
      ]);
    }
    if (parsed.version !== current.version && parsed.version !== current.version + 1) {
      throw apiError('schema-changed-elsewhere', {
        current: current.version,
        given: parsed.version,
      });
    }
    const counts = fieldValueCounts(db, current.id);
    const orphaning = orphaningProblems(current.fields, parsed.fields, counts);
    if (orphaning.length > 0) {
      const problems = orphaning.map((o) => o.said);
      const issueList = JSON.stringify(orphaning.map((o) => o.issue));
      throw apiError(
        'schema-change-orphans',
        { problems: problems.join('\n'), issueList },
        problems,
      );
    }

    const changes = schemaChanges(current.fields, parsed.fields);
    if (!hasChanges(changes) && sameDocument(current, parsed)) {
      return { id: current.id, version: current.version };
    }
    return saveNextSchemaVersion(db, write, current, parsed, { changes });
  });
}

/**
 * Every edit that would leave stored values without their field, one per field: in English, and
 * without words (a problem code the window says in its language).
 */
function orphaningProblems(
  before: readonly Field[],
  after: readonly Field[],
  counts: Record<string, number>,
): { said: string; issue: SchemaIssue }[] {
  const problems: { said: string; issue: SchemaIssue }[] = [];
  const issue = (field: string, problem: string, params: Record<string, string | number> = {}) => ({
    field,
    path: '',
    code: 'custom',
    params: { problem, ...params },
  });
  const afterByKey = new Map(after.map((f) => [f.key, f]));
  for (const old of before) {
    // Own keys only: a field may be called `constructor` (snake_case allows it), and a plain
    // object's inherited one made a field without values unremovable ("has function Object()
    // { [native code] } values").
    const n = Object.hasOwn(counts, old.key) ? (counts[old.key] ?? 0) : 0;
    if (n === 0) continue;
    const values = n === 1 ? '1 value' : `${n} values`;
    const now = afterByKey.get(old.key);
    if (!now) {
      problems.push({
        said: `Field "${old.key}" has ${values}, so it cannot be removed or renamed; retire it instead (its values are kept and it is hidden).`,
        issue: issue(old.key, 'values-block-removal', { count: n }),
      });
    } else if (now.type !== old.type) {
      problems.push({
        said: `Field "${old.key}" has ${values}, so its type cannot change from ${old.type} to ${now.type}; retire it and add a new field instead.`,
        issue: issue(old.key, 'values-block-type-change', {
          count: n,
          from: old.type,
          to: now.type,
        }),
      });
    } else if (old.cardinality === 'many' && now.cardinality === 'one') {
      problems.push({
        said: `Field "${old.key}" has ${values}, so it cannot become single-valued; retire it and add a new field instead.`,
        issue: issue(old.key, 'values-block-single', { count: n }),
      });
    }
  }
  return problems;
}

function schemaChanges(before: readonly Field[], after: readonly Field[]): SchemaChanges {
  const beforeByKey = new Map(before.map((f) => [f.key, f]));
  const afterKeys = new Set(after.map((f) => f.key));
  const changes: SchemaChanges = {
    added: [],
    removed: before.filter((f) => !afterKeys.has(f.key)).map((f) => f.key),
    retired: [],
    restored: [],
    relabelled: [],
    otherwiseChanged: [],
  };
  for (const field of after) {
    const old = beforeByKey.get(field.key);
    if (!old) {
      changes.added.push(field.key);
      continue;
    }
    if (!old.retired && field.retired) changes.retired.push(field.key);
    if (old.retired && !field.retired) changes.restored.push(field.key);
    if (JSON.stringify(old.labels) !== JSON.stringify(field.labels)) {
      changes.relabelled.push(field.key);
    }
    const rest = (f: Field): string =>
      JSON.stringify({ ...f, labels: undefined, retired: Boolean(f.retired) });
    if (rest(old) !== rest(field)) changes.otherwiseChanged.push(field.key);
  }
  return changes;
}

function hasChanges(changes: SchemaChanges): boolean {
  return Object.values(changes).some((keys: string[]) => keys.length > 0);
}

/** Same document apart from its version: field order and the schema's own labels count too. */
function sameDocument(a: FieldSchema, b: FieldSchema): boolean {
  return JSON.stringify({ ...a, version: 0 }) === JSON.stringify({ ...b, version: 0 });
}
