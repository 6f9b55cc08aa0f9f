import { apiError } from '../../shared/contract/error-messages';
import type { ValueForExport } from '../../shared/export/canonical-record';
import type { FieldSchema, FieldType } from '../../shared/schema';
import { valueShapeProblem } from '../../shared/values/value-shape';
import type { ProjectDatabase } from '../database/open-project';
import { storedValuesOfField } from '../database/stored-value-shape';
import { fastShapeChecks, type FastShapeCheck } from './value-shape-fast';

/** Each schema's field keys with their precompiled checks, built once per schema. */
const checksBySchema = new WeakMap<FieldSchema, Map<string, [FieldType, FastShapeCheck]>>();

function checksOf(schema: FieldSchema): Map<string, [FieldType, FastShapeCheck]> {
  let checks = checksBySchema.get(schema);
  if (!checks) {
    checks = new Map(schema.fields.map((f) => [f.key, [f.type, fastShapeChecks[f.type]]]));
    checksBySchema.set(schema, checks);
  }
  return checks;
}

/**
 * An export writes each value as its field's type (a money column `amount currency`, Parquet's
 * typed columns): a value that is JSON but not of that type (the file changed by another
 * program) was written as garbage or broke the writer. Each value is checked against the field
 * type's own schema (shared/values/value-shape.ts); the first that is not stops the export with
 * `value-wrong-type`, naming value, article and field, before anything is left on the disk.
 *
 * The records carry no value id or extractor, so a value that fails is looked up again with
 * them: a field pattern's value is text as written whatever the type, and is let through.
 *
 * Each value passes a precompiled check first (value-shape-fast.ts), which only ever says "of
 * its type"; zod sees only what that check does not vouch for.
 */
export function refuseValuesOfWrongType(
  db: ProjectDatabase,
  schema: FieldSchema,
  articleId: number,
  values: readonly ValueForExport[],
): void {
  const checks = checksOf(schema);
  for (const value of values) {
    const check = checks.get(value.fieldKey);
    if (check === undefined || check[1](value.value)) continue;
    const type = check[0];
    if (valueShapeProblem(type, value.value) === null) continue;
    for (const row of storedValuesOfField(db, articleId, value.fieldKey)) {
      const problem = valueShapeProblem(type, JSON.parse(row.value), row.extractor);
      if (problem === null) continue;
      throw apiError('value-wrong-type', {
        valueId: row.id,
        articleId,
        field: value.fieldKey,
        type,
        problem,
      });
    }
  }
}
