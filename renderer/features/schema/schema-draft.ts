import {
  parseFieldSchema,
  type ExtractorRef,
  type Field,
  type FieldHue,
  type FieldLabels,
  type FieldSchema,
  type FieldType,
} from '../../../shared/schema';

/** What the "Add field" form collects; the rest of a new field gets safe defaults. */
export interface NewFieldInput {
  key: string;
  labels: FieldLabels;
  type: FieldType;
  cardinality: Field['cardinality'];
  /** Only for enum fields: the allowed values, comma- or newline-separated. */
  enumValues: string;
  /** The rule output that suggests the field's values; none: filled by hand. */
  extractor?: ExtractorRef | null;
}

export type NewFieldProblem = 'keyFormat' | 'keyTaken' | 'labelsRequired' | 'enumValuesRequired';

const keyPattern = /^[a-z][a-z0-9_]*$/;

/** Reads the API's schema payload; the Node side validated it, this gives it its type back. */
export function toFieldSchema(json: unknown): FieldSchema {
  return parseFieldSchema(json);
}

function mapField(schema: FieldSchema, key: string, change: (f: Field) => Field): FieldSchema {
  return { ...schema, fields: schema.fields.map((f) => (f.key === key ? change(f) : f)) };
}

export function relabel(
  schema: FieldSchema,
  key: string,
  language: keyof FieldLabels,
  text: string,
): FieldSchema {
  return mapField(schema, key, (f) => ({ ...f, labels: { ...f.labels, [language]: text } }));
}

/** The field's guideline (plain text); an empty one is removed. */
export function setGuideline(schema: FieldSchema, key: string, text: string): FieldSchema {
  return mapField(schema, key, ({ guideline: _old, ...f }) =>
    text.trim() === '' ? f : { ...f, guideline: text },
  );
}

/** The field's hotkey (one letter or digit, Alt+it adds the selection); empty removes it. */
export function setHotkey(schema: FieldSchema, key: string, hotkey: string): FieldSchema {
  const typed = hotkey.trim().toLowerCase();
  return mapField(schema, key, ({ hotkey: _old, ...f }) =>
    typed === '' ? f : { ...f, hotkey: typed },
  );
}

/** The field's highlight colour (a FIELD_HUES entry); null: the colour of its place again. */
export function setColor(schema: FieldSchema, key: string, color: FieldHue | null): FieldSchema {
  return mapField(schema, key, ({ color: _old, ...f }) => (color === null ? f : { ...f, color }));
}

export function setRetired(schema: FieldSchema, key: string, retired: boolean): FieldSchema {
  return mapField(schema, key, (f) => ({ ...f, retired }));
}

function splitEnumValues(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、\n]/)
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
}

/** Checked before adding, so the form can say what is wrong next to the input. */
export function newFieldProblem(schema: FieldSchema, input: NewFieldInput): NewFieldProblem | null {
  if (!keyPattern.test(input.key)) return 'keyFormat';
  if (schema.fields.some((f) => f.key === input.key)) return 'keyTaken';
  if (!input.labels['zh-CN'].trim() || !input.labels.en.trim()) return 'labelsRequired';
  if (input.type === 'enum' && splitEnumValues(input.enumValues).length === 0) {
    return 'enumValuesRequired';
  }
  return null;
}

/**
 * A new field takes the rule output chosen for it, if any; without one nothing suggests values
 * for it until a pattern or rule is attached, so a curator fills it by hand.
 */
export function addField(schema: FieldSchema, input: NewFieldInput): FieldSchema {
  const field: Field = {
    key: input.key,
    labels: { 'zh-CN': input.labels['zh-CN'].trim(), en: input.labels.en.trim() },
    type: input.type,
    cardinality: input.cardinality,
    required: false,
    extractors: input.extractor ? [input.extractor] : [],
    ...(input.type === 'enum' ? { enumValues: splitEnumValues(input.enumValues) } : {}),
  };
  return { ...schema, fields: [...schema.fields, field] };
}

/** Only a field added in this editing session can be taken out again (it holds no values). */
export function removeField(schema: FieldSchema, key: string): FieldSchema {
  return { ...schema, fields: schema.fields.filter((f) => f.key !== key) };
}

/**
 * The draft moved onto a newer saved version whose only changes are word lists (an import or a
 * lexicon edit saves the word list as a version while Fields… may hold unsaved edits): the
 * curator's edits stay, the word lists and the version are the newer ones.
 */
export function rebaseWordLists(draft: FieldSchema, newer: FieldSchema): FieldSchema {
  const lists = new Map(newer.fields.map((f) => [f.key, f.lexicon]));
  return {
    ...draft,
    version: newer.version,
    fields: draft.fields.map(({ lexicon: _old, ...field }) => {
      const lexicon = lists.get(field.key);
      return lexicon ? { ...field, lexicon } : field;
    }),
  };
}
