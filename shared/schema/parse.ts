import type { z } from 'zod';
import { fieldSchemaDocument, type FieldSchema } from './field-schema';
import { mappingProblems, type ExtractorDeclaration } from './mapping';

/**
 * One problem of a schema without its English words, so an interface can say it in its own
 * language: where it is, and the zod issue code (invalid_type, too_small…) with what that code
 * needs said; 'json' for text that is not JSON, 'mapping' for an extractor this build lacks.
 */
export interface SchemaIssue {
  /** The field's key, when the problem is inside a field that has one. */
  field?: string;
  /** Where inside the field (or the schema): `type`, `labels.en`, `patterns.0.regex`. */
  path: string;
  code: string;
  params: Record<string, string | number>;
}

/** A mapping problem (mapping.ts words it: `field "title" (fields[0]): extractor "rule:x@1" …`). */
function mappingIssue(line: string): SchemaIssue {
  const field = /field "([^"]+)"/.exec(line)?.[1];
  const extractor = /extractor "([^"]+)"/.exec(line)?.[1];
  return {
    ...(field ? { field } : {}),
    path: '',
    code: 'mapping',
    params: extractor ? { extractor } : {},
  };
}

/** Thrown when a schema file is invalid; `problems` lists every problem, each naming its field. */
export class FieldSchemaError extends Error {
  constructor(
    readonly problems: string[],
    readonly issues: SchemaIssue[] = problems.map(mappingIssue),
  ) {
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
      throw new FieldSchemaError(
        [`not JSON: ${(error as Error).message}`],
        [{ path: '', code: 'json', params: {} }],
      );
    }
  }
  const result = fieldSchemaDocument.safeParse(value);
  if (result.success) {
    const problems = options.extractors ? mappingProblems(result.data, options.extractors) : [];
    if (problems.length === 0) return result.data;
    throw new FieldSchemaError(problems);
  }
  throw new FieldSchemaError(
    result.error.issues.map((issue) => describeIssue(issue, value)),
    result.error.issues.map((issue) => issueWithoutWords(issue, value)),
  );
}

/** The values of a zod issue an interface needs to word it (lists joined, numbers kept). */
function issueParams(issue: z.core.$ZodIssue): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  const record = issue as unknown as Record<string, unknown>;
  for (const name of ['expected', 'origin', 'format', 'minimum', 'maximum']) {
    const given = record[name];
    if (typeof given === 'string' || typeof given === 'number') params[name] = given;
    else if (typeof given === 'bigint') params[name] = Number(given);
  }
  if (Array.isArray(record.values)) params.values = record.values.map(String).join(', ');
  if (Array.isArray(record.keys)) params.keys = record.keys.map(String).join(', ');
  // Our own refinements name their problem (field-schema.ts), e.g. duplicate-key.
  const own = record.params as Record<string, unknown> | undefined;
  for (const [name, given] of Object.entries(own ?? {}))
    if (typeof given === 'string' || typeof given === 'number') params[name] = given;
  return params;
}

/** A zod issue of a schema (or of one field, `input` then being the field) without its words. */
export function issueWithoutWords(issue: z.core.$ZodIssue, input: unknown): SchemaIssue {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const base = { code: issue.code, params: issueParams(issue) };
  if (path[0] === 'fields' && typeof path[1] === 'number') {
    const field = (input as { fields?: unknown[] }).fields?.[path[1]];
    const key = (field as { key?: unknown } | undefined)?.key;
    return {
      ...(typeof key === 'string' ? { field: key } : {}),
      path: path.slice(2).join('.'),
      ...base,
    };
  }
  return { path: path.join('.'), ...base };
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
