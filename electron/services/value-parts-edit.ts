import type { FieldValuePayload } from '../../shared/contract/domain';
import { apiError } from '../../shared/contract/error-messages';
import { canonicalJson } from '../../shared/extraction';
import {
  structuredKindOf,
  structuredParts,
  valueFromParts,
  type PartIssue,
  type PartsResult,
  type StructuredKind,
} from '../../shared/values/structured-value';
import { valueShapeProblem } from '../../shared/values/value-shape';
import type { FieldType } from '../../shared/schema';
import { writeEditedValue } from '../database/value-edits-repository';
import { auditShape, fieldOf, loadValue, readValue, valueWrite } from './value-write';

/** English for the message; the UI words each issue in its own language from `issues`. */
const problemWords: Record<PartIssue['problem'], string> = {
  required: 'is empty',
  'not-a-number': 'is not a number',
  'not-an-amount': 'is not an amount of money',
  'unknown-currency': 'is not a currency Gleaner knows (CNY, USD, HKD, TWD, EUR, GBP, JPY)',
  'currency-mismatch': 'is not the currency the amount names',
  'not-a-unit': 'is not a unit',
  'too-long': 'is too long',
};

/**
 * Changes a value with parts (shared/values/structured-value.ts) part by part: each part parsed
 * on its own, every wrong part named in one refusal, the value's spans left as they are. Written
 * and audited exactly as a one-line edit is (state 'edited', a new revision).
 */
export function editValueParts(
  db: Parameters<typeof valueWrite>[0],
  input: { valueId: number; revision: number; parts: Record<string, string> },
  actor: string,
): FieldValuePayload {
  return valueWrite(db, input, actor, (row, write) => {
    const field = fieldOf(db, row.fieldKey);
    const previous: unknown = JSON.parse(row.value);
    const kind = structuredKindOf(field.type, previous);
    if (!kind) {
      throw apiError(
        'value-has-no-parts',
        { fieldEn: field.labels.en, fieldZh: field.labels['zh-CN'], fieldKey: field.key },
        ['parts: this field has no parts'],
      );
    }
    const unknown = Object.keys(input.parts).filter(
      (part) => !(structuredParts[kind] as readonly string[]).includes(part),
    );
    if (unknown.length > 0) {
      throw apiError(
        'value-parts-unknown',
        { kind, parts: structuredParts[kind].join(', '), unknown: unknown.join(', ') },
        unknown.map((part) => `parts.${part}: not a part of a ${kind}`),
      );
    }
    const result = withinShape(kind, field.type, valueFromParts(kind, input.parts, previous));
    if (!result.ok) {
      const said = result.issues.map(
        (i) =>
          `the ${i.part} ${JSON.stringify(input.parts[i.part] ?? '')} ${problemWords[i.problem]}`,
      );
      throw apiError(
        'value-parts-refused',
        {
          kind,
          fieldEn: field.labels.en,
          fieldZh: field.labels['zh-CN'],
          fieldKey: field.key,
          problems: said.join('; '),
          // Without words too, so the Chinese window says each problem in Chinese.
          partIssues: JSON.stringify(
            result.issues.map((i) => ({
              path: `parts.${i.part}`,
              code: 'custom',
              params: {
                problem: `part-${i.problem}`,
                part: i.part,
                given: String(input.parts[i.part] ?? ''),
              },
            })),
          ),
        },
        result.issues.map((i) => `parts.${i.part}: ${i.problem}`),
      );
    }
    const before = auditShape(db, row, true);
    writeEditedValue(
      db,
      row.id,
      {
        value: JSON.stringify(result.value),
        valueKey: canonicalJson(result.value),
        raw: result.raw,
      },
      write.at,
    );
    const after = auditShape(db, loadValue(db, row.id), false);
    write.audit({ entity: 'value', entityId: row.id, action: 'edit', before, after });
    return readValue(db, row.id);
  });
}

/** The part whose number a value of each kind holds, and what it is called when it is none. */
const numberPart: Record<StructuredKind, PartIssue | null> = {
  metric: { part: 'number', problem: 'not-a-number' },
  investment: { part: 'amount', problem: 'not-an-amount' },
  person: null,
};

/**
 * A number part past what a double holds parses to Infinity, which JSON stores as null (found by
 * the ninth sweep): stored, the value stopped every export of the project (value-wrong-type). A
 * value that is not of its field's type is refused as its number part.
 */
function withinShape(kind: StructuredKind, type: FieldType, result: PartsResult): PartsResult {
  if (!result.ok || valueShapeProblem(type, result.value) === null) return result;
  const issue = numberPart[kind] ?? { part: structuredParts[kind][0], problem: 'too-long' };
  return { ok: false, issues: [issue] };
}
