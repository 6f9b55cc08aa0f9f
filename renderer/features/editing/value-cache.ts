import type { FieldValuePayload } from '../../../shared/contract/domain';

/**
 * The latest known copy of every value the session has seen, by id, whichever article it
 * belongs to: undo may reach a value of an article no longer on screen, and each write must name
 * the revision the previous write returned.
 */
const known = new Map<number, FieldValuePayload>();

/**
 * Undoing a removal adds the value again under a new id; older commands still name the old id,
 * so they follow this map to the value's current id.
 */
const replacedBy = new Map<number, number>();

export function rememberValues(values: readonly FieldValuePayload[]): void {
  for (const value of values) known.set(value.id, value);
}

export function forgetValue(id: number): void {
  known.delete(id);
}

export function knownValue(id: number): FieldValuePayload | undefined {
  return known.get(currentValueId(id));
}

/** Records that the value once called `oldId` is now `newId`. */
export function valueReplaced(oldId: number, newId: number): void {
  if (oldId !== newId) replacedBy.set(oldId, newId);
}

export function currentValueId(id: number): number {
  let current = id;
  for (let hops = 0; hops < 1000 && replacedBy.has(current); hops++)
    current = replacedBy.get(current)!;
  return current;
}
