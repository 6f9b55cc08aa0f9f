/**
 * A field value in words, for the fields panel. Values are normalised JSON whose shape depends
 * on the field's type (see shared/extraction); anything unexpected is shown as JSON rather than
 * hidden.
 */
export function formatValue(type: string, value: unknown, locale: string): string {
  const number = (n: number): string => n.toLocaleString(locale);
  const approx = (a: unknown): string =>
    a === 'over' ? '> ' : a === 'nearly' ? '≈< ' : a === 'about' ? '≈ ' : a === 'under' ? '< ' : '';
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return number(value);
  const v = value as Record<string, unknown>;
  switch (type) {
    case 'money':
      if (typeof v.amount === 'number')
        return `${approx(v.approx)}${number(v.amount)} ${String(v.currency ?? '')}`.trim();
      break;
    case 'quantity':
      if (typeof v.value === 'number') {
        const head = typeof v.indicator === 'string' && v.indicator ? `${v.indicator}: ` : '';
        return `${head}${approx(v.approx)}${number(v.value)} ${String(v.unit ?? '')}`.trim();
      }
      break;
    case 'place':
    case 'institution':
      if (typeof v.name === 'string') return v.name;
      break;
    case 'person':
      if (typeof v.name === 'string') {
        const role = v.role ?? v.title;
        return typeof role === 'string' && role ? `${v.name}（${role}）` : v.name;
      }
      break;
    case 'date':
      if (typeof v.iso === 'string')
        return typeof v.description === 'string' && v.description
          ? `${v.iso} · ${v.description}`
          : v.iso;
      break;
  }
  return JSON.stringify(value);
}
