/**
 * Finds a line (a headline) in the article's text where OCR may have put whitespace between any
 * two of its characters: what `new RegExp(chars.join('\\s*'), 'u')` finds, without compiling a
 * pattern for every article. The line's characters are compared as they are, whitespace skipped
 * between them, and the first (leftmost) place is returned, as the pattern's exec would.
 */
import { isRegExpSpace } from '../text/char-classes';
import { escapeRegExp } from '../values/find-mentions';

export interface LooseMatch {
  /** UTF-16 offset of the match in the text, and its length in UTF-16 units. */
  index: number;
  length: number;
}

/** A lone or paired surrogate: left to the regular expression (its u flag matches code points). */
const SURROGATE = /[\ud800-\udfff]/;

/**
 * The first place `squeezed` (a line with its whitespace removed, never empty) occurs in `text`
 * with any whitespace between its characters, or null.
 */
export function findLooseLiteral(text: string, squeezed: string): LooseMatch | null {
  if (squeezed.length === 0) throw new Error('findLooseLiteral needs a non-empty line');
  if (SURROGATE.test(squeezed)) return viaRegExp(text, squeezed);
  for (
    let start = text.indexOf(squeezed[0]!);
    start >= 0;
    start = text.indexOf(squeezed[0]!, start + 1)
  ) {
    let at = start + 1;
    let k = 1;
    for (; k < squeezed.length; k++) {
      while (at < text.length && isRegExpSpace(text.charCodeAt(at))) at++;
      if (text.charCodeAt(at) !== squeezed.charCodeAt(k)) break;
      at++;
    }
    if (k === squeezed.length) return { index: start, length: at - start };
  }
  return null;
}

function viaRegExp(text: string, squeezed: string): LooseMatch | null {
  const m = new RegExp([...squeezed].map(escapeRegExp).join('\\s*'), 'u').exec(text);
  return m ? { index: m.index, length: m[0].length } : null;
}
