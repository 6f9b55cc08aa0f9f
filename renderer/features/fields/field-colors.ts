/** Highlight colours: one per field (by its position in the schema), reused past twelve fields. */
export const fieldColorCount = 12;

export function fieldColorIndex(fieldKeys: readonly string[], key: string): number {
  const index = fieldKeys.indexOf(key);
  return (index < 0 ? 0 : index) % fieldColorCount;
}

export const fieldColorNames = [
  'blue',
  'orange',
  'green',
  'grape',
  'red',
  'cyan',
  'yellow',
  'pink',
  'teal',
  'violet',
  'lime',
  'indigo',
] as const;
