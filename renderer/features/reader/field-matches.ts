export interface FieldChoice {
  key: string;
  label: string;
}

/**
 * Fields whose label (in the language shown) or key contains what was typed, those starting
 * with it first; with nothing typed, every field in schema order (so digits 1–9 always pick the
 * same field for a given schema).
 */
export function matchFields(fields: readonly FieldChoice[], typed: string): FieldChoice[] {
  const needle = typed.trim().toLocaleLowerCase();
  if (!needle) return [...fields];
  const scored: { field: FieldChoice; score: number; order: number }[] = [];
  fields.forEach((field, order) => {
    const label = field.label.toLocaleLowerCase();
    const key = field.key.toLocaleLowerCase();
    const score =
      label.startsWith(needle) || key.startsWith(needle)
        ? 0
        : label.includes(needle) || key.includes(needle)
          ? 1
          : -1;
    if (score >= 0) scored.push({ field, score, order });
  });
  return scored.sort((a, b) => a.score - b.score || a.order - b.order).map((s) => s.field);
}
