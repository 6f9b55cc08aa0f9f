/**
 * The shape of a field schema: which fields a curator collects from articles, how each is typed,
 * and which extractors suggest values for it. Schemas are versioned JSON files that users edit, so
 * they are validated here (zod) rather than trusted.
 */
import { z } from 'zod';
import { FIELD_HUES } from './field-hues';

export const FIELD_TYPES = [
  'text',
  'integer',
  'decimal',
  'money',
  'quantity',
  'date',
  'enum',
  'person',
  'institution',
  'place',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Extractor ids are `<kind>:<name>@<version>`, e.g. 'rule:money@1', 'pattern:bed-count@1'. */
export const EXTRACTOR_ID = /^[a-z]+:[a-z0-9][a-z0-9_-]*@[1-9][0-9]*$/;

const extractorIdSchema = z.string().regex(EXTRACTOR_ID, 'extractor ids look like rule:money@1');

/** A field's reference to an extractor: its id alone, or its id and the output the field takes. */
const extractorRefSchema = z.union([
  extractorIdSchema,
  z
    .object({
      id: extractorIdSchema,
      output: z.string().regex(/^[a-z][a-z0-9_]*$/, 'output names are snake_case ASCII'),
    })
    .strict(),
]);

/**
 * The kinds of institution an article may be about (the subject of the subject-institution rule,
 * whose places, founding year, partners and centres the other rules read).
 */
export const SUBJECT_INSTITUTION_KINDS = ['hospital', 'company'] as const;
export type SubjectInstitutionKind = (typeof SUBJECT_INSTITUTION_KINDS)[number];

const labelsSchema = z.object({ 'zh-CN': z.string().min(1), en: z.string().min(1) }).strict();

/** A user regular expression; it must compile and name at least one group (the value). */
const patternSchema = z
  .object({ name: z.string().min(1), regex: z.string().min(1) })
  .strict()
  .superRefine((pattern, ctx) => {
    let compiled: RegExp;
    try {
      compiled = new RegExp(pattern.regex, 'u');
    } catch (error) {
      ctx.addIssue({
        code: 'custom',
        message: `pattern "${pattern.name}" does not compile: ${(error as Error).message}`,
        path: ['regex'],
        params: { problem: 'pattern-does-not-compile', name: pattern.name },
      });
      return;
    }
    if (!/\(\?<[A-Za-z_][A-Za-z0-9_]*>/.test(compiled.source)) {
      ctx.addIssue({
        code: 'custom',
        message: `pattern "${pattern.name}" has no named group (write (?<value>…) around the value)`,
        path: ['regex'],
        params: { problem: 'pattern-without-group', name: pattern.name },
      });
    }
  });

/** The longest text and value a word list holds (a file's longer rows are skipped, named). */
export const WORD_LIST_TEXT_MAX = 200;
export const WORD_LIST_VALUE_MAX = 2000;

/**
 * One word of a field's word list: the text to find in articles (whitespace inside it is
 * ignored, as learning ignores it) and, when another, the value to suggest for it as the
 * curator would type it (`协和医院` suggested as `北京协和医院`).
 */
const wordListEntrySchema = z
  .object({
    text: z.string().min(1).max(WORD_LIST_TEXT_MAX),
    value: z.string().min(1).max(WORD_LIST_VALUE_MAX).optional(),
  })
  .strict();

export const fieldSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9_]*$/, 'key must be snake_case ASCII (e.g. founded_year)'),
    labels: labelsSchema,
    type: z.enum(FIELD_TYPES),
    cardinality: z.enum(['one', 'many']),
    required: z.boolean(),
    /** The extractor outputs the field takes (mapping.ts): `"rule:honors@1"` or `{ id, output }`. */
    extractors: z.array(extractorRefSchema),
    patterns: z.array(patternSchema).optional(),
    /** The field's word list (point 3 of issue 22): saved with the schema, so versioned with it. */
    lexicon: z.array(wordListEntrySchema).max(200_000).optional(),
    retired: z.boolean().optional(),
    enumValues: z.array(z.string().min(1)).min(1).optional(),
    /** What to take for this field and what not, in plain text; shown beside it in the panel. */
    guideline: z.string().max(2000).optional(),
    /** One lowercase letter or digit: Alt+<it> adds the selected text to this field. */
    hotkey: z
      .string()
      .regex(/^[a-z0-9]$/, 'a hotkey is one lowercase letter or digit (Alt+it adds to the field)')
      .optional(),
    /** The field's highlight hue, one of FIELD_HUES; none: the hue of its place in the schema. */
    color: z
      .enum(FIELD_HUES, {
        error: `a field colour is one of the palette's ${FIELD_HUES.length} hues`,
      })
      .optional(),
  })
  .strict()
  .superRefine((field, ctx) => {
    if (field.type === 'enum' && !field.enumValues) {
      ctx.addIssue({
        code: 'custom',
        message: 'an enum field needs enumValues',
        path: ['enumValues'],
        params: { problem: 'enum-without-values' },
      });
    }
    const texts = new Set<string>();
    field.lexicon?.forEach((entry, i) => {
      if (texts.has(entry.text)) {
        ctx.addIssue({
          code: 'custom',
          message: `the word list has "${entry.text}" twice`,
          path: ['lexicon', i, 'text'],
        });
      }
      texts.add(entry.text);
    });
    if (field.type !== 'enum' && field.enumValues) {
      ctx.addIssue({
        code: 'custom',
        message: 'enumValues only apply to enum fields',
        path: ['enumValues'],
        params: { problem: 'values-without-enum' },
      });
    }
  });

/**
 * What every article is expected to be about (a hospital, for hospital news), told by the words
 * that name it. An article that names other subjects more than this one is flagged as not about
 * it, and its suggestions get a low confidence (shared/extraction/relevance.ts).
 */
export const subjectSchema = z
  .object({
    /** How the subject is called in 'not about …' ('医院', 'a hospital'). */
    labels: labelsSchema,
    /** Words of articles about the subject ('医院', '患者', '门诊'), in simplified characters. */
    cues: z.array(z.string().min(1)).min(1),
    /** Words of the subjects articles are mistaken for ('学校', '园区', '公司'). */
    otherCues: z.array(z.string().min(1)).optional(),
    /**
     * Cues that name the subject's whole field rather than one of its kind ('卫生健康', '医疗'): an
     * article that names the subject only in these, or as a class ('县级医院'), is not about one.
     */
    fieldCues: z.array(z.string().min(1)).optional(),
  })
  .strict();

export const fieldSchemaDocument = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id must be kebab-case ASCII'),
    version: z.number().int().positive(),
    labels: labelsSchema.optional(),
    subject: subjectSchema.optional(),
    /** The kind of institution the articles are about; 'hospital' when not given. */
    subjectInstitution: z.enum(SUBJECT_INSTITUTION_KINDS).optional(),
    // May be empty: a project started from the empty schema gets its fields in Fields….
    fields: z.array(fieldSchema),
  })
  .strict()
  .superRefine((schema, ctx) => {
    const seen = new Set<string>();
    const hotkeys = new Map<string, string>();
    schema.fields.forEach((field, i) => {
      if (seen.has(field.key)) {
        ctx.addIssue({
          code: 'custom',
          message: `duplicate key "${field.key}"`,
          path: ['fields', i, 'key'],
          params: { problem: 'duplicate-key', key: field.key },
        });
      }
      seen.add(field.key);
      if (field.hotkey === undefined || field.retired) return;
      const taken = hotkeys.get(field.hotkey);
      if (taken !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `hotkey "${field.hotkey}" is already the hotkey of ${taken}`,
          path: ['fields', i, 'hotkey'],
          params: { problem: 'hotkey-taken', hotkey: field.hotkey, taken },
        });
      }
      hotkeys.set(field.hotkey, field.key);
    });
  });

export type FieldLabels = z.infer<typeof labelsSchema>;
export type FieldPattern = z.infer<typeof patternSchema>;
export type WordListEntry = z.infer<typeof wordListEntrySchema>;
export type Field = z.infer<typeof fieldSchema>;
export type FieldSchema = z.infer<typeof fieldSchemaDocument>;
export type SchemaSubject = z.infer<typeof subjectSchema>;
