import { z } from 'zod';
import { typedText } from './well-formed-text';
import { fieldValueSchema } from './domain';

const spanInputSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().positive() })
  .strict()
  .refine((s) => s.end > s.start, { message: 'end must be after start', path: ['end'] });

/** One span of one value, named with the value revision the caller saw. */
const valueSpanInputSchema = z
  .object({
    valueId: z.number().int().positive(),
    revision: z.number().int().positive(),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .strict();

export const valueStateInputSchema = z
  .object({
    valueId: z.number().int().positive(),
    state: z.enum(['accepted', 'rejected', 'suggested']),
    revision: z.number().int().positive(),
  })
  .strict();
export const valueStateOutputSchema = z.object({
  id: z.number().int(),
  state: z.string(),
  revision: z.number().int(),
});
const valueRevertInputSchema = z
  .object({
    valueId: z.number().int().positive(),
    revision: z.number().int().positive(),
    toRevision: z.number().int().positive(),
  })
  .strict();

/** The most values one batch write may name: more than any article holds in practice. */
export const MAX_VALUES_PER_BATCH = 5000;

/**
 * Every edit of a field value. Each write names the revision the caller saw and is refused
 * (`conflict`) when the value or article moved on since. Handlers: electron/api/values-handlers.ts.
 */
export const valuesContract = {
  /** Accept or reject a value; `revision` is the one the caller saw (stale writes are refused). */
  'values.setState': {
    input: valueStateInputSchema,
    output: valueStateOutputSchema,
  },
  /** Changes a value to what the curator typed, parsed by the field's type (state `edited`). */
  'values.edit': {
    input: z
      .object({
        valueId: z.number().int().positive(),
        revision: z.number().int().positive(),
        text: typedText(1, 2000),
      })
      .strict(),
    output: fieldValueSchema,
  },
  /**
   * Changes a value with parts (a metric's name, number and unit; a person's name and role; an
   * investment's amount, currency and purpose) part by part, each parsed on its own (state
   * `edited`; its spans stay). A wrong part is refused by name: `issues` holds
   * `parts.<part>: <problem>` lines (shared/values/structured-value.ts).
   */
  'values.editParts': {
    input: z
      .object({
        valueId: z.number().int().positive(),
        revision: z.number().int().positive(),
        parts: z.record(z.string().regex(/^[a-z]+$/), z.string().max(2000)),
      })
      .strict(),
    output: fieldValueSchema,
  },
  /**
   * Puts a value back as it was at an earlier revision, exactly as the audit log recorded it
   * (undo and redo of edits and reviews). `revision` is the one the caller saw.
   */
  'values.revert': {
    input: valueRevertInputSchema,
    output: fieldValueSchema,
  },
  /**
   * Sets the state of several values at once (accept every value still suggested), in one
   * transaction: when one is stale or refused, none is written. Answers in the order asked.
   */
  'values.setStates': {
    input: z
      .object({ items: z.array(valueStateInputSchema).min(1).max(MAX_VALUES_PER_BATCH) })
      .strict(),
    output: z.array(valueStateOutputSchema),
  },
  /** values.revert for several values in one transaction (undo of values.setStates): all or none. */
  'values.revertMany': {
    input: z
      .object({ items: z.array(valueRevertInputSchema).min(1).max(MAX_VALUES_PER_BATCH) })
      .strict(),
    output: z.array(fieldValueSchema),
  },
  /**
   * Adds a value to a field (state `added`, origin `curator`). With spans, `text` defaults to the
   * first span's text; with no span the value has no provenance and `text` is required.
   */
  'values.add': {
    input: z
      .object({
        articleId: z.number().int().positive(),
        fieldKey: z.string().min(1),
        text: typedText(1, 2000).optional(),
        spans: z.array(spanInputSchema).max(50).default([]),
        /** Where among the field's values it goes (0 = first); last when absent (undo of a removal). */
        position: z.number().int().min(0).optional(),
      })
      .strict(),
    output: fieldValueSchema,
  },
  /** Removes a value a curator added (to undo an add); extracted values are rejected instead. */
  'values.remove': {
    input: z
      .object({ valueId: z.number().int().positive(), revision: z.number().int().positive() })
      .strict(),
    output: z.object({ id: z.number().int(), removed: z.literal(true) }),
  },
  /** Adds one more span (document code points, inside the article) to a value's provenance. */
  'values.attachSpan': {
    input: valueSpanInputSchema,
    output: fieldValueSchema,
  },
  /** Removes one span from a value's provenance (an extracted value keeps at least one). */
  'values.detachSpan': {
    input: valueSpanInputSchema,
    output: fieldValueSchema,
  },
  /**
   * Puts a many-valued field's values in this order (every value of the field, once).
   * `seenOrder` is the field's order the caller saw; a reorder made since refuses it (`conflict`).
   */
  'values.reorder': {
    input: z
      .object({
        articleId: z.number().int().positive(),
        fieldKey: z.string().min(1),
        valueIds: z.array(z.number().int().positive()).min(1).max(MAX_VALUES_PER_BATCH),
        seenOrder: z.array(z.number().int().positive()).max(MAX_VALUES_PER_BATCH),
      })
      .strict(),
    output: z.array(fieldValueSchema),
  },
} as const;
