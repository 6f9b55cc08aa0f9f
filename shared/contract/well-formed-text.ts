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
