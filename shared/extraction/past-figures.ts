/**
 * Figures a history tells of a time long gone: '1939年，某县卫生院创办，当时仅有职员5人，病床5张，
 * 便是今日设床320张的某县人民医院的前身'. The 5 beds were the predecessor's, then; the article's
 * hospital has 320 now. A figure is of the past when, in its sentence before it, a word that sets
 * the story then (当时, 建院之初) stands after any word that brings it back to today (今日, 现有).
 * Read on the simplified view.
 *
 * The one check of the past for every figure rule (beds, metrics, figures-elsewhere): one word
 * list and one reach, the sentence, so that a figure is never of the past for one field and of
 * today for another (before, figures-elsewhere.ts looked only 30 characters back with a list of
 * its own, and read 当时的 as a time word).
 */
import { sentenceStart } from './suggest';

/**
 * Words that set what follows at the time the story tells of: 当时, 那时, 当年, 起初, 建院之初,
 * 创办时, 成立之初. Not 当时的 (当时的卫生署: the office as it was then, named in a sentence about
 * today), nor 当年的.
 */
const THEN =
  /(?:当时|那时|彼时|其时|当年|起初|最初)(?!的)|(?:建院|创院|创办|创建|成立|组建|初建|初创|开院|开办)(?:时|之初|初期)/gu;
/** Words that bring the sentence back to today: 今日, 如今, 现今, 目前, 现有, 至今. */
const NOW = /今日|今天|如今|现今|现在|目前|至今|眼下|现[有已为设拥开占达]/gu;

/** Offset of the last match of `pattern` in `text`, or -1. */
function lastIndexOf(pattern: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(pattern)) last = m.index;
  return last;
}

/** Whether the figure at `start` is told of a past time: 当时…5张, not 当时…今日…320张. */
export function isPastFigure(text: string, start: number): boolean {
  const sentence = text.slice(sentenceStart(text, start), start);
  const then = lastIndexOf(THEN, sentence);
  return then >= 0 && then > lastIndexOf(NOW, sentence);
}
