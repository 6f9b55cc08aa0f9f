/**
 * Which schema a project collects with: one of the built-in schemas (hospital-news, company-news,
 * empty) or a JSON file of the user's, chosen when the project starts (the app's new-project
 * screen, `gleaner init --schema`, `gleaner import --schema`), and the schema written back out
 * as a file (Fields… → Export, `gleaner schema export`).
 */
import { apiError } from '../../shared/contract/error-messages';
import { EXTRACTORS_BY_ID } from '../../shared/extraction/registry';
import { FieldSchemaError, parseFieldSchema, type FieldSchema } from '../../shared/schema';
import {
  BUILT_IN_SCHEMA_NAMES,
  SHARED_BUILT_IN_SCHEMAS,
  isBuiltInSchemaName,
  type BuiltInSchemaName,
} from '../../shared/schema/builtin';
import { auditedWrite } from '../database/audited-write';
import type { ProjectDatabase } from '../database/open-project';
import {
  activateSchema,
  activeSchema,
  countAllValues,
  defaultFieldSchema,
  installSchema,
  newestSchemaVersion,
} from '../database/schema-repository';
import { readRegularFile } from '../import/regular-file';
import { wordListProblems } from './field-word-list';
import { labelProblems } from './schema-label-problems';
import { updateSchema } from './schema-editing';
import { refuseRunawayPatterns } from './pattern-preview';

/** A schema checked for saving: valid, and every extractor it maps known and fitting its field. */
export function validatedSchema(json: unknown, source: string): FieldSchema {
  try {
    const schema = parseFieldSchema(json, { extractors: EXTRACTORS_BY_ID });
    const problems = [...labelProblems(schema), ...wordListProblems(schema)];
    if (problems.length > 0) throw new FieldSchemaError(problems);
    return schema;
  } catch (error) {
    if (error instanceof FieldSchemaError) {
      throw apiError(
        'schema-unusable',
        {
          source,
          problems: error.problems.join('\n- '),
          // The same problems without words, for the interface to say in its language.
          issueList: JSON.stringify(error.issues),
        },
        error.problems,
      );
    }
    throw error;
  }
}

export function builtInSchema(name: BuiltInSchemaName): FieldSchema {
  if (name === 'hospital-news') return defaultFieldSchema;
  return validatedSchema(SHARED_BUILT_IN_SCHEMAS[name], `the built-in schema "${name}"`);
}

/**
 * The schema a `--schema` option or a chooser names: a built-in name, else a JSON file. A file
 * that cannot be read or is not a schema is an error naming the file and each problem.
 */
/** Far above any schema (the built-in ones are a few kilobytes). */
export const MAX_SCHEMA_FILE_BYTES = 16 * 1024 * 1024;

export function schemaFromChoice(choice: string): FieldSchema {
  if (isBuiltInSchemaName(choice)) return builtInSchema(choice);
  let text: string;
  try {
    // Not a plain read: a FIFO would wait for ever for a writer and /dev/zero never ends.
    text = readRegularFile(choice, MAX_SCHEMA_FILE_BYTES).toString('utf8');
  } catch (error) {
    throw apiError('schema-choice-unreadable', {
      choice,
      builtIns: BUILT_IN_SCHEMA_NAMES.join(', '),
      reason: (error as Error).message,
    });
  }
  return validatedSchema(text, `The schema file ${choice}`);
}

/**
 * Makes `schema` the project's schema. Allowed while the project holds no values (a new project,
 * or one whose articles were imported with the empty schema): a schema with the active one's id
 * is stored as its next version, any other as a schema of its own. Once values exist they belong
 * to their schema, and changing it goes through Fields… (schema-editing.ts), which never orphans.
 */
export function chooseSchema(
  db: ProjectDatabase,
  schema: FieldSchema,
  actor: string,
): { id: string; version: number } {
  refuseRunawayPatterns(db, schema, null);
  return auditedWrite(db, actor, (write) => {
    const current = activeSchema(db);
    const values = countAllValues(db);
    if (values > 0 && schema.id !== current.id) {
      throw apiError('schema-switch-has-values', {
        values,
        current: current.id,
        given: schema.id,
      });
    }
    if (values > 0) {
      throw apiError('schema-choice-has-values', { values, current: current.id });
    }
    const stored = newestSchemaVersion(db, schema.id);
    const saved: FieldSchema = { ...schema, version: Math.max(stored + 1, schema.version) };
    installSchema(db, saved);
    activateSchema(db, saved);
    write.audit({
      entity: 'schema',
      entityId: null,
      action: 'choose',
      before: { id: current.id, version: current.version },
      after: { id: saved.id, version: saved.version },
    });
    return { id: saved.id, version: saved.version };
  });
}

/** The active schema as a JSON file's text (two-space indented, a final newline). */
export function schemaFileText(db: ProjectDatabase): string {
  return `${JSON.stringify(activeSchema(db), null, 2)}\n`;
}

/**
 * A schema file brought into a project (Fields… → Import, `gleaner schema import`): one with the
 * project's schema id is saved as its next version, through the same checks as an edit in
 * Fields… (no field with values removed or retyped); one with another id replaces the schema
 * while the project holds no values.
 */
export function importSchema(
  db: ProjectDatabase,
  json: unknown,
  actor: string,
  source = 'The schema file',
): { id: string; version: number } {
  const schema = validatedSchema(json, source);
  const current = activeSchema(db);
  if (schema.id !== current.id) return chooseSchema(db, schema, actor);
  // The file's own version says where it was exported, not what it edits: it edits this project's.
  return updateSchema(db, { ...schema, version: current.version }, actor);
}

/**
 * The schema a `--schema` option asks for, made the project's: nothing to do when it already is
 * (same document, whatever its version), else as importSchema does.
 */
export function applySchemaChoice(
  db: ProjectDatabase,
  schema: FieldSchema,
  actor: string,
): { id: string; version: number } {
  const current = activeSchema(db);
  if (JSON.stringify({ ...current, version: 0 }) === JSON.stringify({ ...schema, version: 0 }))
    return { id: current.id, version: current.version };
  return importSchema(db, schema, actor, `The schema "${schema.id}"`);
}
