/**
 * No API input nests anywhere near this deep (the deepest, a field schema, is a handful of
 * levels); a body that does is an attack or a bug, refused before JSON.parse builds it.
 */
export const maxJsonDepth = 64;

/** Why a body was refused: the server answers with the registry's message for it. */
export type JsonBodyProblem = 'not-json' | 'too-deep';

export type JsonBody = { ok: true; value: unknown } | { ok: false; problem: JsonBodyProblem };

/**
 * Parses an API request body. An empty body is `{}` (methods without input). A body nested
 * deeper than `maxJsonDepth` is refused by one linear scan of its characters, so a megabyte of
 * `[` costs a millisecond rather than seconds of parsing and validating a million-deep value.
 */
export function parseJsonBody(bytes: Buffer): JsonBody {
  const text = bytes.toString('utf8');
  if (text.trim() === '') return { ok: true, value: {} };
  if (nestingExceeds(text, maxJsonDepth)) {
    return { ok: false, problem: 'too-deep' };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, problem: 'not-json' };
  }
}

/**
 * Whether brackets outside strings nest deeper than `limit`. It does not validate: a text it
 * passes may still be invalid JSON, which JSON.parse then reports.
 */
export function nestingExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > limit) return true;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth--;
    }
  }
  return false;
}
