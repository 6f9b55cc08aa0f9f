import {
  FIELD_TYPES_OF_KIND,
  type ExtractorDeclaration,
  type ExtractorRef,
  type FieldType,
} from '../../../shared/schema';

/** Every rule output whose kind fits the field type, as options ("rule:place@1 → city"). */
export function outputsFitting(
  extractors: readonly ExtractorDeclaration[],
  type: FieldType,
): { value: string; label: string; ref: ExtractorRef }[] {
  return extractors.flatMap((e) =>
    e.outputs
      .filter((o) => FIELD_TYPES_OF_KIND[o.kind].includes(type))
      .map((o) => ({
        value: `${e.id}#${o.name}`,
        label: `${e.id} → ${o.name}`,
        ref: { id: e.id, output: o.name },
      })),
  );
}
