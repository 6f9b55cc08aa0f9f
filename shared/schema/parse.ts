import type { z } from 'zod';
import { fieldSchemaDocument, type FieldSchema } from './field-schema';
import { mappingProblems, type ExtractorDeclaration } from './mapping';

/** Thrown when a schema file is invalid; `problems` lists every problem, each naming its field. */
export class FieldSchemaError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid field schema:\n- ${problems.join('\n- ')}`);
    this.name = 'FieldSchemaError';
  }
}

export interface ParseOptions {
  /**
   * The extractors the schema's mapping must refer to (saving checks it; reading a stored schema
   * does not, so a project saved by a build with more rules still opens).
   */
  extractors?: ReadonlyMap<string, ExtractorDeclaration>;
}

/**
 * Validates a parsed JSON value (or a JSON string) as a field schema. Errors name the field by its
 * key when it has one (`field "beds" (fields[7]).type: …`), so a curator can find it in the file.
 */
export function parseFieldSchema(json: unknown, options: ParseOptions = {}): FieldSchema {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      throw new FieldSchemaError([`not JSON: ${(error as Error).message}`]);
    }
  }
  const result = fieldSchemaDocument.safeParse(value);
  if (result.success) {
    const problems = options.extractors ? mappingProblems(result.data, options.extractors) : [];
    if (problems.length === 0) return result.data;
    throw new FieldSchemaError(problems);
  }
  throw new FieldSchemaError(result.error.issues.map((issue) => describeIssue(issue, value)));
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  if (path[0] === 'fields' && typeof path[1] === 'number') {
    const field = (input as { fields?: unknown[] }).fields?.[path[1]];
    const key =
      field && typeof field === 'object' && typeof (field as { key?: unknown }).key === 'string'
        ? `field "${(field as { key: string }).key}"`
        : 'field';
    const rest = path.slice(2).join('.');
    return `${key} (fields[${path[1]}])${rest ? `.${rest}` : ''}: ${issue.message}`;
  }
  return `${path.length ? path.join('.') : 'schema'}: ${issue.message}`;
}
