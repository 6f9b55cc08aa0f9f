/**
 * People rule:people@1 reads without a post right before or after the name: a speaker a Taiwan or
 * Hong Kong story names bare (功成身退的张某某说), and an interview's caption (张某 ⏎ 某某医院院长).
 * Kept apart from people.ts, which reads names at their posts.
 */
import { CONFIDENCE } from '../confidence';
import type { ArticleWords } from '../words';
import { plausibleName, segmentedAsName, surnameAt } from './names';
import { POSTS_BY_LAST } from './posts';

export interface FoundName {
  start: number;
  length: number;
  title: string;
  confidence: number;
}

/** Verbs of speech after a name (张某某说, 张某某表示). */
const SPEECH = /(?:说|表示|指出|强调|介绍|认为)/gu;
/** A name alone on a line, then a short line (an interview's caption of who is speaking). */
const NAME_LINE =
  /(?<=^|\n)[ \t\u3000]*(\p{Script=Han}{2,4})[ \t\u3000]*\n[ \t\u3000]*([^\n]{2,24})(?=\n|$)/gu;

/**
 * A three-character name the segmenter reads as one unknown word or a name, after punctuation or
 * 的, right before a verb of speech. Weak cue: no post vouches for it.
 */
export function speakers(text: string, words: ArticleWords | undefined): FoundName[] {
  if (!words?.available) return [];
  const found: FoundName[] = [];
  SPEECH.lastIndex = 0;
  for (let m = SPEECH.exec(text); m; m = SPEECH.exec(text)) {
    const start = m.index - 3;
    if (start < 0 || surnameAt(text, start) !== 1) continue;
    const before = start === 0 ? '' : text[start - 1]!;
    if (before !== '' && before !== '的' && /\p{Script=Han}/u.test(before)) continue;
    const word = words.wordAt(start);
    if (!word || word.end !== m.index || !/^(?:x|nr[a-z]*)$/u.test(word.tag)) continue;
    if (!plausibleName(text.slice(start, m.index))) continue;
    found.push({ start, length: 3, title: '', confidence: CONFIDENCE.weakCue });
  }
  return found;
}

/** A name alone on its line over a line that ends with a post: the name with that post. */
export function namesOverPosts(text: string, words: ArticleWords | undefined): FoundName[] {
  const found: FoundName[] = [];
  NAME_LINE.lastIndex = 0;
  for (let m = NAME_LINE.exec(text); m; m = NAME_LINE.exec(text)) {
    const name = m[1]!;
    const next = m[2]!;
    const post = POSTS_BY_LAST.get(next[next.length - 1]!)?.find((p) => next.endsWith(p));
    if (!post || !plausibleName(name)) continue;
    const start = m.index + m[0].indexOf(name);
    if (segmentedAsName(words, text, start, start + name.length) === 'split') continue;
    found.push({ start, length: name.length, title: post, confidence: CONFIDENCE.clauseCue });
  }
  return found;
}
