/** A whole-number option of a stress script (`--kills 20`), or its default; refuses anything else. */
export function numberOption(value: string | undefined, fallback: number, name: string): number {
  const n = value === undefined ? fallback : Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer`);
  return n;
}
