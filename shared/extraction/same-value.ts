/**
 * Whether two suggested values are the same value, as tidy() tells them apart (their type and
 * their canonical JSON: extract-article.ts), compared where they stand instead of written out as
 * JSON: an article's values are mostly small objects compared with a handful of others, and
 * writing each out and hashing the text cost more than the rules that found them.
 */

/** How deep a value is compared; a deeper one is left to its canonical JSON. */
const MAX_DEPTH = 8;

/**
 * True or false when both values are plain JSON data (strings, booleans, null, finite numbers,
 * arrays and plain objects of them, no undefined anywhere), for which equal canonical JSON means
 * equal structure; null for anything else (NaN, undefined inside, a Date…): then the canonical
 * JSON decides, as before.
 */
export function sameCanonicalValue(a: unknown, b: unknown): boolean | null {
  if (!isPlainData(a, 0) || !isPlainData(b, 0)) return null;
  return equalData(a, b);
}

function isPlainData(value: unknown, depth: number): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (depth >= MAX_DEPTH) return false;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (!isPlainData(value[i], depth + 1)) return false;
        return true;
      }
      const prototype = Object.getPrototypeOf(value) as unknown;
      if (prototype !== Object.prototype && prototype !== null) return false;
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        // An own __proto__ key reads back differently through indexing: left to the JSON.
        if (key === '__proto__' || !isPlainData(record[key], depth + 1)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/** Structural equality of plain JSON data (0 and -0 alike, as their JSON is). */
function equalData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const arrays = Array.isArray(a);
  if (arrays !== Array.isArray(b)) return false;
  if (arrays) {
    const x = a as unknown[];
    const y = b as unknown[];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!equalData(x[i], y[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(y, key) || !equalData(x[key], y[key])) return false;
  }
  return true;
}
