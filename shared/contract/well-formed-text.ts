import { z } from 'zod';

/** A UTF-16 surrogate without its other half: not a character, and not encodable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether `text` is well-formed Unicode (String.prototype.isWellFormed, for older runtimes). */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/**
 * Typed text that is stored: trimmed, between `min` and `max` UTF-16 units, and refused when it
 * holds a lone surrogate (a broken character that SQLite would store as U+FFFD in one place and
 * JSON would keep as "\ud800" in another). The refusal names the field through its path.
 */
export function typedText(min: number, max: number) {
  return z.string().trim().min(min).max(max).refine(isWellFormedText, {
    message: 'contains a broken character (a lone UTF-16 surrogate); retype or paste it again',
  });
}

/**
 * Control characters (C0, DEL, C1) and the invisible marks that reorder or hide text: bidi
 * embeddings, overrides and isolates, LRM/RLM/ALM, zero-width spaces and the BOM (not the
 * zero-width joiner, which emoji sequences need).
 */
const HIDDEN_OR_CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

/** Whether `text` holds a control character or an invisible mark (see HIDDEN_OR_CONTROL). */
export function hasHiddenOrControl(text: string): boolean {
  return HIDDEN_OR_CONTROL.test(text);
}

/**
 * A name people read to know who did something or what they choose (a profile, a saved search).
 * Beyond typed text's rules it refuses control characters and invisible marks: "\u202Enimda"
 * shows as "admin" in the audit log, and a zero-width space makes a second "王芳" that looks the
 * same as the first.
 */
export function displayName(max: number) {
  return typedText(1, max).refine((name) => !HIDDEN_OR_CONTROL.test(name), {
    message: 'contains a control character or an invisible mark (bidi, zero-width); retype it',
  });
}
