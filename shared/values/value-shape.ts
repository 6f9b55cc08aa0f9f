import { z } from 'zod';
import type { FieldType } from '../schema/field-schema';

/**
 * The shape a stored value of each field type has, as Gleaner writes it: the rules
 * (shared/extraction/rules), the curator's typed text (electron/services/field-text-parser.ts),
 * word lists and learning. A stored value that is JSON but not of this shape (a string where the
 * field holds money, `{"name":5}` for a place) can only come from the file changed by another
 * program, a damaged disk or a package edited by hand: `gleaner check` names it, an export refuses
 * it, and a merge refuses the package that carries it (sixth attack sweep).
 *
 * The schemas accept what Gleaner writes and keep any further keys a later version may add
 * (loose objects); they refuse what would be read as another type or not at all.
 */
const name = z.string().min(1);
const approx = z.string().nullable().optional();
const isoDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u, 'an ISO date (2021, 2021-07, 2021-07-26)');

const money = z.looseObject({
  amount: z.number().finite(),
  currency: z.string().regex(/^[A-Z]{3}$/u, 'a currency code (CNY)'),
  approx,
  purpose: z.string().optional(),
});

const quantity = z.looseObject({
  value: z.number().finite(),
  unit: z.string().nullable(),
  approx,
  indicator: z.string().optional(),
});

const date = z.looseObject({
  iso: isoDate,
  year: z.number().int(),
  month: z.number().int().min(1).max(12).optional(),
  day: z.number().int().min(1).max(31).optional(),
  partial: z.boolean(),
  description: z.string().optional(),
});

/** A person's name alone, or with the post extraction read beside it (title) or a role. */
const person = z.union([
  name,
  z.looseObject({ name, title: z.string().optional(), role: z.string().optional() }),
]);

/** A division ({ name, code }); a word list or learning may suggest a place as written. */
const place = z.union([name, z.looseObject({ name, code: z.string() })]);

export const storedValueSchemas: Record<FieldType, z.ZodType> = {
  text: name,
  institution: name,
  enum: name,
  integer: z.number().int(),
  decimal: z.number().finite(),
  money,
  quantity,
  date,
  person,
  place,
};

/**
 * Field patterns (shared/extraction/rules/patterns.ts) store the text they matched as written for
 * every type but the numbers: such a value is a string whatever the field's type.
 */
const storedAsWritten = (type: FieldType, extractor: string | null): boolean =>
  extractor !== null &&
  extractor.startsWith('pattern:') &&
  type !== 'integer' &&
  type !== 'decimal';

/**
 * Why a stored value is not of its field's type (`amount: expected number, received string`),
 * or null when it is. `extractor` is the value's extractor, which may store text as written.
 */
export function valueShapeProblem(
  type: FieldType,
  value: unknown,
  extractor: string | null = null,
): string | null {
  if (typeof value === 'string' && value !== '' && storedAsWritten(type, extractor)) return null;
  const result = storedValueSchemas[type].safeParse(value);
  return result.success ? null : `not a value of type ${type} (${described(result.error.issues)})`;
}

/**
 * The first issue in words. Of a union (a person is a name or an object) the branch that went
 * deepest into the value says what is wrong (`name: expected string, received number`), rather
 * than zod's bare "Invalid input".
 */
function described(issues: readonly z.core.$ZodIssue[]): string {
  let issue = issues[0]!;
  while (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const branches = issue.errors.map((branch) => branch[0]!).filter(Boolean);
    issue = branches.reduce((a, b) => (b.path.length > a.path.length ? b : a), branches[0]!);
  }
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}
