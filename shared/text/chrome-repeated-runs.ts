/**
 * A slider's items printed twice: a run of short lines followed at once by the same run again
 * ('某处_某服务 ⏎ 某年度招训简章 ⏎ 某人 ⏎ 某处_某服务 ⏎ 某年度招训简章 ⏎ 某人'). A carousel of links
 * to other pages clones its slides so it can loop; an article never says the same two or more
 * short lines twice in a row. Both copies are navigation: their lines were taken for the headline,
 * a reporter and an event (found on set S). A headline printed twice with its metadata between
 * (headline ⏎ date ⏎ headline) is no such run, and a repeated paragraph is another mark's business.
 */
import type { ChromeReason } from './chrome-rules';
import { type TextLines, isBlankLine } from './lines';
import { FULL_STOP } from './sentence-ends';

/** Longest line of a slide: a link's text, a date, a name. */
const SLIDE_LINE_MAX = 40;
/** Fewest and most lines of one copy of the run. */
const RUN_MIN = 2;
const RUN_MAX = 8;

export function markRepeatedRuns(
  lines: TextLines,
  reasons: (ChromeReason | null)[],
  trimmedText: (line: number) => string,
): void {
  const content: number[] = [];
  for (let i = 0; i < lines.count; i++) if (!isBlankLine(lines, i)) content.push(i);
  const length = (i: number): number => lines.last[i]! - lines.first[i]!;
  // Lengths are compared first: most pages have no run, and no line's text need be built.
  const sameLine = (a: number, b: number): boolean =>
    length(a) === length(b) &&
    length(a) <= SLIDE_LINE_MAX &&
    trimmedText(a) === trimmedText(b) &&
    !FULL_STOP.test(trimmedText(a));
  for (let k = 0; k < content.length; k++) {
    if (length(content[k]!) > SLIDE_LINE_MAX) continue;
    for (let size = RUN_MAX; size >= RUN_MIN; size--) {
      if (k + 2 * size > content.length) continue;
      let same = true;
      for (let d = 0; d < size && same; d++)
        same = sameLine(content[k + d]!, content[k + size + d]!);
      if (!same) continue;
      for (let d = 0; d < 2 * size; d++) reasons[content[k + d]!] ??= 'navigation';
      k += 2 * size - 1;
      break;
    }
  }
}
