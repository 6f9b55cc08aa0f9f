/**
 * Runs a value finder only over the sentences that can hold what it looks for. The finders of
 * shared/values scan every position with large patterns; most sentences of an article have no
 * digit or currency at all, and skipping them is most of the extraction time saved.
 */
import type { Mention } from '../values/find-mentions';
import type { CodePointIndex } from '../text/codepoints';

/** Sentence ends: no money, quantity or date mention runs across one. */
const SENTENCE_END = /[。；！？!?;]|\n\s*\n/gu;

export function findInSentences<T>(
  text: string,
  index: CodePointIndex,
  worthScanning: RegExp,
  finder: (piece: string) => Mention<T>[],
): Mention<T>[] {
  const found: Mention<T>[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  const scan = (from: number, to: number): void => {
    const piece = text.slice(from, to);
    if (!worthScanning.test(piece)) return;
    const shift = index.toCodePoint(from);
    for (const m of finder(piece)) found.push({ ...m, start: m.start + shift, end: m.end + shift });
  };
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    scan(start, m.index + m[0].length);
    start = m.index + m[0].length;
  }
  scan(start, text.length);
  return found;
}
