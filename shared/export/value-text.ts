/**
 * A normalised value as one line of plain text, for flat formats (CSV, spreadsheets). The shape
 * of the JSON tells the type, so no schema is needed: numbers stay plain (no grouping, so a
 * spreadsheet reads them as numbers), money is `amount currency`, a quantity `value unit`, a place
 * or institution its name, a person `name(role)`, a date its ISO form. A metric's indicator or an
 * event's description is written first, since without it the number means nothing. Anything else
 * is written as JSON rather than dropped; the exact JSON is always in the long CSV and in JSONL.
 */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'object' || Array.isArray(value)) return JSON.stringify(value);
  const v = value as Record<string, unknown>;
  const label = (text: unknown): string =>
    typeof text === 'string' && text !== '' ? `${text}: ` : '';
  const hedge = typeof v.approx === 'string' && v.approx !== '' ? `${v.approx} ` : '';
  if (typeof v.amount === 'number' && typeof v.currency === 'string') {
    return `${hedge}${v.amount} ${v.currency}`;
  }
  if (typeof v.value === 'number' && 'unit' in v) {
    const unit = typeof v.unit === 'string' && v.unit !== '' ? ` ${v.unit}` : '';
    return `${label(v.indicator)}${hedge}${v.value}${unit}`;
  }
  if (typeof v.iso === 'string') return `${label(v.description)}${v.iso}`;
  if (typeof v.name === 'string') {
    const role = typeof v.role === 'string' && v.role ? v.role : v.title;
    return typeof role === 'string' && role !== '' ? `${v.name}(${role})` : v.name;
  }
  return JSON.stringify(value);
}
