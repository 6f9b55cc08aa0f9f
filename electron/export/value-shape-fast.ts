import type { FieldType } from '../../shared/schema';

/**
 * A precompiled check of a stored value's shape, for the export's hot path: every value of every
 * exported article passes the value-shape guard. zod's safeParse of the field type's schema
 * (shared/values/value-shape.ts) takes 0.47 µs a value in a hot loop over the scale project's
 * values and 0.044 µs with these checks first (`npx tsx bench/export-guard-bench.ts`); inside a
 * real export, where zod's code competes with the writer's for the caches, a profile of the
 * XLSX export of 20,000 articles put 1.6 s of its 29 s in the guard.
 *
 * They only ever say "certainly of this type": each accepts a subset of what the zod schema
 * accepts (same keys, same bounds, loose objects), and anything else (including a value zod would
 * also accept, such as an unusual number) goes on to zod, which decides and words the problem.
 * So a value is refused exactly when it was before. value-shape-fast.test.ts holds the two side
 * by side on values of every type, good and bad.
 */
export type FastShapeCheck = (value: unknown) => boolean;

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isName = (value: unknown): boolean => typeof value === 'string' && value !== '';
const optionalString = (value: unknown): boolean =>
  value === undefined || typeof value === 'string';
const optionalNullableString = (value: unknown): boolean => value === null || optionalString(value);
const finite = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value);
/** Safe integers only: whether zod takes 2^53 and beyond is left to zod. */
const integer = (value: unknown): value is number => Number.isSafeInteger(value);
const between = (value: unknown, low: number, high: number): boolean =>
  value === undefined || (integer(value) && value >= low && value <= high);

const CURRENCY = /^[A-Z]{3}$/u;
const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u;

const name: FastShapeCheck = isName;

export const fastShapeChecks: Record<FieldType, FastShapeCheck> = {
  text: name,
  institution: name,
  enum: name,
  integer,
  decimal: finite,
  money: (v) =>
    isObject(v) &&
    finite(v.amount) &&
    typeof v.currency === 'string' &&
    CURRENCY.test(v.currency) &&
    optionalNullableString(v.approx) &&
    optionalString(v.purpose),
  quantity: (v) =>
    isObject(v) &&
    finite(v.value) &&
    (v.unit === null || typeof v.unit === 'string') &&
    optionalNullableString(v.approx) &&
    optionalString(v.indicator),
  date: (v) =>
    isObject(v) &&
    typeof v.iso === 'string' &&
    ISO_DATE.test(v.iso) &&
    integer(v.year) &&
    between(v.month, 1, 12) &&
    between(v.day, 1, 31) &&
    typeof v.partial === 'boolean' &&
    optionalString(v.description),
  person: (v) =>
    isName(v) ||
    (isObject(v) && isName(v.name) && optionalString(v.title) && optionalString(v.role)),
  place: (v) => isName(v) || (isObject(v) && isName(v.name) && typeof v.code === 'string'),
};
