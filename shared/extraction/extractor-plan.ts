/**
 * Which extractors a schema runs and which fields take each of their outputs: worked out once per
 * schema, not for every article (a job extracts thousands of articles with one schema).
 */
import { outputFor, refParts, type Field, type FieldSchema } from '../schema';
import { EXTRACTORS_BY_ID } from './registry';
import type { Extractor } from './types';

/**
 * For each extractor the live fields refer to, the fields taking each of its outputs (by output
 * name), in schema order. A reference this build cannot resolve (an unknown id, an output that
 * does not exist) takes nothing: saving a schema refuses those (shared/schema/mapping.ts).
 */
function outputsTaken(live: readonly Field[]): Map<string, Map<string, Field[]>> {
  const byExtractor = new Map<string, Map<string, Field[]>>();
  for (const field of live) {
    for (const ref of field.extractors) {
      const { id } = refParts(ref);
      const extractor = EXTRACTORS_BY_ID.get(id);
      if (!extractor) continue;
      const output = outputFor(field, ref, extractor);
      if (typeof output === 'string') continue;
      const taking = byExtractor.get(id) ?? new Map<string, Field[]>();
      byExtractor.set(id, taking);
      const list = taking.get(output.name) ?? [];
      if (!list.includes(field)) list.push(field);
      taking.set(output.name, list);
    }
  }
  return byExtractor;
}

/**
 * The last plan of each schema, with what it was made from: a job extracts thousands of articles
 * with one schema. It is used again only while the schema holds the same field objects with the
 * same key, retired flag and extractor list (nothing edits a parsed schema in place today, but a
 * stale plan would run the wrong rules).
 */
interface ExtractorPlan {
  fields: readonly Field[];
  made: { key: string; retired: boolean | undefined; extractors: Field['extractors'] }[];
  steps: ExtractorStep[];
}
/**
 * One extractor to run: the fields taking each of its outputs, and the first of them by output
 * name (the context's `fields`), built once per plan rather than for every article.
 */
export interface ExtractorStep {
  extractor: Extractor;
  taking: Map<string, Field[]>;
  fields: ReadonlyMap<string, Field>;
}
const plans = new WeakMap<FieldSchema, ExtractorPlan>();

export function extractorPlanOf(schema: FieldSchema, live: readonly Field[]): ExtractorStep[] {
  const known = plans.get(schema);
  if (known && madeFrom(known, schema.fields)) return known.steps;
  const steps: ExtractorStep[] = [];
  for (const [id, taking] of outputsTaken(live)) {
    const extractor = EXTRACTORS_BY_ID.get(id);
    if (!extractor) continue; // an extractor this build does not have: the schema still loads
    const fields = new Map<string, Field>([...taking].map(([output, list]) => [output, list[0]!]));
    steps.push({ extractor, taking, fields });
  }
  const plan: ExtractorPlan = {
    fields: [...schema.fields],
    made: schema.fields.map(({ key, retired, extractors }) => ({ key, retired, extractors })),
    steps,
  };
  plans.set(schema, plan);
  return plan.steps;
}

/** A field's context map of its own patterns' run, one per field object (patterns run per article). */
const ownFields = new WeakMap<Field, ReadonlyMap<string, Field>>();

export function ownFieldOf(field: Field): ReadonlyMap<string, Field> {
  let own = ownFields.get(field);
  if (own?.get(field.key) !== field) ownFields.set(field, (own = new Map([[field.key, field]])));
  return own!;
}

function madeFrom(plan: ExtractorPlan, fields: readonly Field[]): boolean {
  if (plan.fields.length !== fields.length) return false;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    const made = plan.made[i]!;
    if (
      plan.fields[i] !== field ||
      made.key !== field.key ||
      made.retired !== field.retired ||
      made.extractors !== field.extractors
    )
      return false;
  }
  return true;
}
