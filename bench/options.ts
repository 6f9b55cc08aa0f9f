/** A whole-number option of a stress script (`--kills 20`), or its default; refuses anything else. */
export function numberOption(value: string | undefined, fallback: number, name: string): number {
  const n = value === undefined ? fallback : Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer`);
  return n;
}

/** Reads one flag's raw value (undefined when the flag ends the line), or throws naming the flag. */
export type OptionReader<T> = (raw: string | undefined, flag: string) => T;

/** A whole number of at least `min`; `_` may group digits (`--sizes 1_000_000`). */
export function wholeNumber(min: number): OptionReader<number> {
  return (raw, flag) => {
    const value = Number(raw?.replaceAll('_', ''));
    if (raw === undefined || raw.trim() === '' || !Number.isInteger(value) || value < min)
      throw new Error(`${flag} needs a whole number of at least ${min} (got ${raw ?? 'nothing'})`);
    return value;
  };
}

/** Comma-separated whole numbers of at least `min` each (`--sizes 0,100000`). */
export function wholeNumbers(min: number): OptionReader<number[]> {
  const one = wholeNumber(min);
  return (raw, flag) => (raw ?? '').split(',').map((part) => one(part, flag));
}

/**
 * A benchmark's `--name value` options over its defaults: every flag is one of the defaults'
 * keys and takes a value, read by its reader; anything else is refused with the usage line.
 */
export function parseOptions<T extends object>(
  argv: readonly string[],
  defaults: T,
  readers: { [K in keyof T]: OptionReader<T[K]> },
  usage: string,
): T {
  const options = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const key = flag.startsWith('--') ? (flag.slice(2) as keyof T) : undefined;
    if (key === undefined || !Object.hasOwn(readers, key))
      throw new Error(`Unknown argument ${flag} (use ${usage})`);
    options[key] = readers[key](argv[++i], flag);
  }
  return options;
}
