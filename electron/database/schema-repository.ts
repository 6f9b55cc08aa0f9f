import defaultSchemaJson from '../../seeds/hospital-news.schema.json';
import { parseFieldSchema, type FieldSchema } from '../../shared/schema';
import { getMeta, setMeta } from './meta-repository';
import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

/** The schema a new project starts with: `hospital-news`, shipped in seeds/. */
export const defaultFieldSchema: FieldSchema = parseFieldSchema(defaultSchemaJson);

const install = prepare<[id: string, version: number, json: string, createdAt: string]>(
  'INSERT OR IGNORE INTO field_schemas (id, version, json, created_at) VALUES (?, ?, ?, ?)',
);

export function installSchema(db: ProjectDatabase, schema: FieldSchema): void {
  install.run(db, schema.id, schema.version, JSON.stringify(schema), new Date().toISOString());
}

const schemaJson = prepare<[id: string, version: number], { json: string }>(
  'SELECT json FROM field_schemas WHERE id = ? AND version = ?',
);

/**
 * The last schema each project parsed, with the JSON it was parsed from: a schema carries its
 * word lists (thousands of entries), and it is read on every value write.
 */
const parsed = new WeakMap<ProjectDatabase, { json: string; schema: FieldSchema }>();

/** The schema the project extracts with; a project without one gets the default, recorded. */
export function activeSchema(db: ProjectDatabase): FieldSchema {
  const active = getMeta(db, 'active_schema');
  if (active) {
    const [id, version] = JSON.parse(active) as [string, number];
    const row = schemaJson.get(db, id, version);
    if (row) {
      const known = parsed.get(db);
      if (known?.json === row.json) return known.schema;
      const schema = parseFieldSchema(row.json);
      parsed.set(db, { json: row.json, schema });
      return schema;
    }
  }
  installSchema(db, defaultFieldSchema);
  setMeta(db, 'active_schema', JSON.stringify([defaultFieldSchema.id, defaultFieldSchema.version]));
  return defaultFieldSchema;
}

const versionsOf = prepare<
  [schemaId: string],
  { id: string; version: number; json: string; createdAt: string }
>(
  'SELECT id, version, json, created_at AS createdAt FROM field_schemas WHERE id = ? ORDER BY version DESC',
);

/** Every stored version of a schema, newest first, with its JSON text. */
export function schemaVersions(
  db: ProjectDatabase,
  schemaId: string,
): { id: string; version: number; json: string; createdAt: string }[] {
  return versionsOf.all(db, schemaId);
}

const newestVersion = prepare<[schemaId: string], { v: number | null }>(
  'SELECT max(version) AS v FROM field_schemas WHERE id = ?',
);

/** The highest stored version of a schema (0 when none is stored). */
export function newestSchemaVersion(db: ProjectDatabase, schemaId: string): number {
  return newestVersion.get(db, schemaId)?.v ?? 0;
}

/** Makes a stored schema version the one the project extracts with. */
export function activateSchema(db: ProjectDatabase, schema: FieldSchema): void {
  setMeta(db, 'active_schema', JSON.stringify([schema.id, schema.version]));
}

const countsByField = prepare<[schemaId: string], { fieldKey: string; n: number }>(
  'SELECT field_key AS fieldKey, count(*) AS n FROM field_values WHERE schema_id = ? GROUP BY field_key',
);

/** How many stored values (any state) each field key of a schema holds. */
export function valueCountsByField(
  db: ProjectDatabase,
  schemaId: string,
): { fieldKey: string; n: number }[] {
  return countsByField.all(db, schemaId);
}

const anyValue = prepare<[], { n: number }>('SELECT count(*) AS n FROM field_values');

/** How many values (any state, any schema) the project holds. */
export function countAllValues(db: ProjectDatabase): number {
  return anyValue.get(db)?.n ?? 0;
}
