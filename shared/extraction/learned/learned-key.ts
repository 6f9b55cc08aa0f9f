/**
 * The text a decision teaches: the value's text without the whitespace that OCR line breaks and
 * typing put inside names (space, tab, CR, LF, ideographic space), so `北京协和⏎医院` and
 * `北京协和医院` are one entry. Migration 0019 computes the same key in SQL (its test checks
 * the two agree); change neither alone.
 */
export function learnedKey(text: string): string {
  return text.replace(LEARNED_KEY_SPACE, '');
}

const LEARNED_KEY_SPACE = /[ \t\r\n\u3000]/gu;
