import defaultSchemaJson from '../../seeds/hospital-news.schema.json';
import { parseFieldSchema, type FieldSchema } from '../../shared/schema';
import { getMeta, setMeta } from './meta-repository';
import type { ProjectDatabase } from './open-project';
import { statement } from './statement-cache';

/** The schema a new project starts with: `hospital-news`, shipped in seeds/. */
export const defaultFieldSchema: FieldSchema = parseFieldSchema(defaultSchemaJson);

export function installSchema(db: ProjectDatabase, schema: FieldSchema): void {
  statement(
    db,
    'INSERT OR IGNORE INTO field_schemas (id, version, json, created_at) VALUES (?, ?, ?, ?)',
  ).run(schema.id, schema.version, JSON.stringify(schema), new Date().toISOString());
}

/** The schema the project extracts with; a project without one gets the default, recorded. */
export function activeSchema(db: ProjectDatabase): FieldSchema {
  const active = getMeta(db, 'active_schema');
  if (active) {
    const [id, version] = JSON.parse(active) as [string, number];
    const row = statement(db, 'SELECT json FROM field_schemas WHERE id = ? AND version = ?').get(
      id,
      version,
    ) as { json: string } | undefined;
    if (row) return parseFieldSchema(row.json);
  }
  installSchema(db, defaultFieldSchema);
  setMeta(db, 'active_schema', JSON.stringify([defaultFieldSchema.id, defaultFieldSchema.version]));
  return defaultFieldSchema;
}
