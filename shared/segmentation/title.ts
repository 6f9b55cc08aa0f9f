import type { PageLine } from './lines';
import { SHORT_LINE, endsSentence, isByline, isSectionLabel, isSponsorLine } from './line-kinds';
import { isFitTitle } from './title-fitness';

/**
 * The headline of a page that has no kicker or named headline (a web article, say): the last
 * short line that does not end a sentence before the first full paragraph line. Navigation
 * ('新闻中心') may come before it, but the headline is what sits right above the text. Lines that
 * are never headlines (captions, 来源/点击量 lines, login bars, tags: ./title-fitness) are passed
 * over, so a caption between the headline and the text does not take its place.
 */
export function fallbackTitle(lines: readonly PageLine[]): string | null {
  let candidate: string | null = null;
  for (const line of lines) {
    if (line.blank || line.chrome) continue;
    const trimmed = line.text.trim();
    if (trimmed.length > SHORT_LINE) return candidate;
    const headlineLike =
      trimmed.length >= 4 &&
      /[\u4e00-\u9fff]/.test(trimmed) &&
      !endsSentence(trimmed) &&
      !isSectionLabel(trimmed) &&
      !isByline(trimmed) &&
      !isSponsorLine(trimmed) &&
      isFitTitle(trimmed);
    if (headlineLike) candidate = trimmed;
  }
  return null;
}
