/**
 * Counts that only give a size, no figure (rule:metrics@1, rule:beds@1 in figures.ts): a guess
 * between two neighbouring numerals, an indefinite count, a bare round numeral. Read on the
 * simplified view, with `before` the clause up to the count (squeezed) and `raw` the count as
 * written with its counter.
 */

/**
 * Two neighbouring numerals for one rough figure: 五、六百人 (five or six hundred), 三、四十张. The
 * figure after the pause mark is half a guess, no count (set Y: a daily crowd read as 600 people).
 */
const NEIGHBOUR_NUMERAL_BEFORE = /[一二两三四五六七八九]、$/u;
/** An indefinite count: 数百名 (some hundreds), 几千人. No figure at all, only a size (set Y). */
const INDEFINITE_BEFORE = /[数几]$/u;
const ROUND_NUMERAL_START = /^[十百千万]/u;
/**
 * A bare round numeral before its counter, no digit and no hedge: 千人大会, 百名专家进社区, 多达千人.
 * A campaign's name or a loose size, not a statistic; 一千人 and 百余名 stay figures (set Y).
 */
const BARE_ROUND_COUNT = /^[百千万](?!分)\p{Script=Han}{1,2}$/u;

/** Whether the count after `before` is a guess between two numerals (五、六百人, 三、四十张). */
export function isGuessedFigure(before: string): boolean {
  return NEIGHBOUR_NUMERAL_BEFORE.test(before);
}

/** Whether a count (`raw`, hedged by `approx`) gives only a size: 数百名, 几千人, 千人, 百名. */
export function isRoughCount(before: string, raw: string, approx: string | null): boolean {
  if (isGuessedFigure(before)) return true;
  if (INDEFINITE_BEFORE.test(before) && ROUND_NUMERAL_START.test(raw)) return true;
  return approx === null && BARE_ROUND_COUNT.test(raw);
}
