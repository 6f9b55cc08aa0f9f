/**
 * Names in a credit that the common surnames do not start: a rare surname the segmenter reads as
 * a name, and a name with no Han surname at all, each where the page's brackets or spaces mark
 * where the name ends.
 */
import { CONFIDENCE } from '../confidence';
import { isPersonTag, isPlaceTag, isUnknownTag, type ArticleWords } from '../words';
import { segmentedAsName } from './names';
import { AFTER_SET } from './posts';

/**
 * （记者富某某）: three characters that a credit's closing bracket ends, right after its role, are a
 * name even when neither the common surnames nor the segmenter know its surname (富, 铁, 仉…), so
 * long as the segmenter reads them as no word of something else (（记者观察员）, （记者手记）).
 */
export function bracketedRareName(
  run: string,
  text: string,
  at: number,
  words: ArticleWords,
): { length: number; confidence: number } | null {
  if (
    [...run].length !== 3 ||
    !/^[）)】〕\]]/u.test(text.slice(at + run.length, at + run.length + 1))
  )
    return null;
  if (AFTER_SET.has(run.slice(1)) || AFTER_SET.has(run.slice(1, 3))) return null;
  // Its surname a word of one character, or the whole a name or unknown word (了解|到 is neither).
  const first = words.wordAt(at);
  const whole =
    first?.end === at + run.length && (isPersonTag(first.tag) || isUnknownTag(first.tag));
  if (!first || (first.text.length > 1 && !whole)) return null;
  return segmentedAsName(words, text, at, at + run.length) === 'name'
    ? { length: run.length, confidence: CONFIDENCE.weakCue }
    : null;
}
/**
 * （记者 洛桑央宗 何维龙）: a name with no Han surname (a Tibetan, Uyghur or Mongolian name of two to
 * four characters) that the page itself sets apart with spaces after a role, a space or a closing
 * bracket after it, and that the segmenter reads as no word of its dictionary but a name or an
 * unknown word (记者 手记 is a word).
 */
export function spacedNameWithoutSurname(
  run: string,
  spaced: boolean,
  text: string,
  at: number,
  words: ArticleWords,
): { length: number; confidence: number } | null {
  const length = [...run].length;
  if (!spaced || length < 2 || length > 4) return null;
  if (!/^[ \t\u3000）)】〕\]]/u.test(text.slice(at + run.length, at + run.length + 1))) return null;
  if (AFTER_SET.has(run) || AFTER_SET.has(run.slice(0, 2))) return null;
  for (let i = at; i < at + run.length;) {
    const word = words.wordAt(i);
    if (!word || word.end > at + run.length) return null;
    if (
      word.text.length > 1 &&
      !isPersonTag(word.tag) &&
      !isUnknownTag(word.tag) &&
      !isPlaceTag(word.tag)
    )
      return null;
    i = word.end;
  }
  return { length: run.length, confidence: CONFIDENCE.weakCue };
}
