import type { FieldType } from '../../shared/schema';
import { valueShapeProblem } from '../../shared/values/value-shape';
import { activeSchema } from '../database/schema-repository';
import type { ProjectDatabase } from '../database/open-project';
import { eachStoredValue } from '../database/stored-value-shape';

/**
 * `gleaner check`'s pass over every stored value: one that is JSON but not of its field's type
 * (a string where the field holds money, `{"name":5}` for a place) is named, article, field and
 * value, with what is wrong. A field's type never changes while it holds values
 * (schema-editing.ts), so the active schema's type is the type each value was written as.
 */
export function valueShapeProblems(db: ProjectDatabase, limit: number): string[] {
  if (limit <= 0) return [];
  let types: Map<string, FieldType>;
  try {
    types = new Map(activeSchema(db).fields.map((f) => [f.key, f.type]));
  } catch {
    // No schema recorded (the check opens read-only, and recording the default is a write), or
    // one that does not parse: there is no type to hold the values to.
    return [];
  }
  const problems: string[] = [];
  for (const row of eachStoredValue(db)) {
    const type = types.get(row.fieldKey);
    if (type === undefined) continue;
    const problem = valueShapeProblem(type, JSON.parse(row.value), row.extractor);
    if (problem === null) continue;
    problems.push(`article ${row.articleId}, field ${row.fieldKey}, value ${row.id}: ${problem}`);
    if (problems.length >= limit) break;
  }
  return problems;
}
