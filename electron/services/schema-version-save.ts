import { apiError } from '../../shared/contract/error-messages';
import { FieldSchemaError, parseFieldSchema, type FieldSchema } from '../../shared/schema';
import type { AuditedWrite } from '../database/audited-write';
import type { ProjectDatabase } from '../database/open-project';
import { activateSchema, installSchema, newestSchemaVersion } from '../database/schema-repository';

/**
 * Stores `next` as the schema's next version, makes it the active one and audits the update in
 * the caller's write. Every path that changes the schema (Fields…, a word list) saves this way,
 * so each save is one version in the history with one audit row.
 */
export function saveNextSchemaVersion(
  db: ProjectDatabase,
  write: AuditedWrite,
  current: FieldSchema,
  next: FieldSchema,
  whatChanged: Record<string, unknown>,
): { id: string; version: number } {
  // One past the newest stored version, not the active one: should the active version ever be
  // an older one, the new version must not collide with (and be ignored as) an existing row.
  const version = Math.max(newestSchemaVersion(db, current.id), current.version) + 1;
  const saved: FieldSchema = { ...next, version };
  refuseUnreadable(saved);
  installSchema(db, saved);
  activateSchema(db, saved);
  write.audit({
    entity: 'schema',
    entityId: null,
    action: 'update',
    before: { id: current.id, version: current.version },
    after: { id: saved.id, version, ...whatChanged },
  });
  return { id: saved.id, version };
}

/**
 * A version is stored only if it reads back: the schema is read from its JSON on every value
 * write, so one it cannot read stops the whole project. A word list's row of 60 MB (a file
 * without line breaks) was stored so, and from then on every change answered "invalid field
 * schema" (eighth sweep).
 */
function refuseUnreadable(schema: FieldSchema): void {
  try {
    parseFieldSchema(JSON.parse(JSON.stringify(schema)));
  } catch (error) {
    if (!(error instanceof FieldSchemaError)) throw error;
    throw apiError(
      'schema-invalid',
      { problems: error.message, issueList: JSON.stringify(error.issues) },
      error.problems,
    );
  }
}
