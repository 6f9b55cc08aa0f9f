/**
 * How a schema's fields take values from extractors. Each extractor declares its outputs (what it
 * yields and of which kind); a field lists the outputs it takes. A field may name an extractor
 * alone (`"rule:honors@1"`, how every schema was written before outputs were declared): it then
 * takes the output whose name is the field's key, or the extractor's only output. Saving a schema
 * checks every reference against the extractors this build has, so a renamed field, a typo in an
 * id or a money rule mapped to a text field is an error naming both, not a field left silently
 * empty.
 */
import type { Field, FieldSchema, FieldType } from './field-schema';

/** The kinds of value an extractor output yields (its value's shape and meaning). */
export const VALUE_KINDS = [
  'institution',
  'place',
  'person',
  'money',
  'quantity',
  'count',
  'year',
  'date',
  'honour',
  'text',
] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/**
 * The field types a kind's values fit: a value is stored as its field's type says (values.ts), so
 * a place `{name, code}` cannot go into a money field, while an institution's name is also text.
 */
export const FIELD_TYPES_OF_KIND: Readonly<Record<ValueKind, readonly FieldType[]>> = {
  institution: ['institution', 'text'],
  place: ['place'],
  person: ['person'],
  money: ['money'],
  quantity: ['quantity'],
  count: ['integer', 'decimal'],
  year: ['integer'],
  date: ['date'],
  honour: ['text'],
  text: ['text'],
};

/** One thing an extractor yields: 'province' of the place rule, 'honors' of the honours rule. */
export interface ExtractorOutput {
  /** Its name, the key the extractor's suggestions carry before they are mapped to a field. */
  name: string;
  kind: ValueKind;
}

/** What an extractor says about itself, without its code: what the schema checks refer to. */
export interface ExtractorDeclaration {
  id: string;
  outputs: readonly ExtractorOutput[];
  /** Options the extractor reads from the schema (`subjectInstitution`: whose places, partners…). */
  options?: readonly 'subjectInstitution'[];
}

/** A field's reference to an extractor output, as written: the id alone, or id and output. */
export type ExtractorRef = string | { id: string; output: string };

/** A reference with its parts spelled out (`output` undefined: the id alone was written). */
export interface ResolvedRef {
  id: string;
  output: string | undefined;
}

export function refParts(ref: ExtractorRef): ResolvedRef {
  return typeof ref === 'string' ? { id: ref, output: undefined } : ref;
}

/** The ids of the extractors a field lists, each once. */
export function extractorIdsOf(field: Field): string[] {
  return [...new Set(field.extractors.map((ref) => refParts(ref).id))];
}

/**
 * The output a field takes from an extractor: the one it names; else the output named as the
 * field's key (the reading of schemas written before outputs were declared); else the only one.
 * A string says why none fits.
 */
export function outputFor(
  field: Field,
  ref: ExtractorRef,
  declaration: ExtractorDeclaration,
): ExtractorOutput | string {
  const { id, output } = refParts(ref);
  const names = declaration.outputs.map((o) => o.name).join(', ');
  if (output !== undefined) {
    return (
      declaration.outputs.find((o) => o.name === output) ??
      `extractor "${id}" has no output "${output}" (its outputs: ${names})`
    );
  }
  const byKey = declaration.outputs.find((o) => o.name === field.key);
  if (byKey) return byKey;
  if (declaration.outputs.length === 1) return declaration.outputs[0]!;
  return `extractor "${id}" yields several outputs (${names}): name one, as { "id": "${id}", "output": "${declaration.outputs[0]!.name}" }`;
}

/** Every problem of the schema's mapping, each naming the field and the extractor. */
export function mappingProblems(
  schema: FieldSchema,
  extractors: ReadonlyMap<string, ExtractorDeclaration>,
): string[] {
  const problems: string[] = [];
  schema.fields.forEach((field, i) => {
    const where = `field "${field.key}" (fields[${i}]).extractors`;
    for (const ref of field.extractors) {
      const { id } = refParts(ref);
      const declaration = extractors.get(id);
      if (!declaration) {
        problems.push(
          `${where}: unknown extractor "${id}" (this build has ${knownIds(extractors)})`,
        );
        continue;
      }
      const output = outputFor(field, ref, declaration);
      if (typeof output === 'string') {
        problems.push(`${where}: ${output}`);
        continue;
      }
      const fits = FIELD_TYPES_OF_KIND[output.kind];
      if (!fits.includes(field.type)) {
        problems.push(
          `${where}: extractor "${id}" output "${output.name}" yields ${output.kind} values, which do not fit a ${field.type} field (they fit ${fits.join(' or ')})`,
        );
      }
    }
  });
  return problems;
}

function knownIds(extractors: ReadonlyMap<string, ExtractorDeclaration>): string {
  return [...extractors.keys()].sort().join(', ');
}
