import type { ArticleFieldsPayload } from '../../../shared/contract/domain';

/**
 * Value ids in the order the fields panel shows them: schema field by schema field, and within
 * a field in the order the values arrive. `n` / `p` walk this list so the keyboard matches the eye.
 */
export function valueIdsInPanelOrder(data: ArticleFieldsPayload): number[] {
  return data.schema.fields.flatMap((field) =>
    data.values.filter((v) => v.fieldKey === field.key).map((v) => v.id),
  );
}

/** The values still suggested, in panel order: what Shift+A ("accept the rest") accepts. */
export function suggestedValueIds(data: ArticleFieldsPayload): number[] {
  const states = new Map(data.values.map((v) => [v.id, v.state]));
  return valueIdsInPanelOrder(data).filter((id) => states.get(id) === 'suggested');
}

/**
 * The id one step away from `current` in `ids`, clamped at both ends (no wrap-around, so holding
 * a key never jumps from the last item back to the first). With no current item, stepping
 * forward starts at the first and stepping back at the last.
 */
export function stepThrough<T>(ids: readonly T[], current: T | null, step: 1 | -1): T | null {
  if (ids.length === 0) return null;
  const index = current === null ? -1 : ids.indexOf(current);
  if (index === -1) return step === 1 ? ids[0]! : ids[ids.length - 1]!;
  return ids[Math.min(ids.length - 1, Math.max(0, index + step))]!;
}
