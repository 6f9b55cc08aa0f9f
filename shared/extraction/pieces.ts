/**
 * Runs a value finder only over the sentences that can hold what it looks for. The finders of
 * shared/values scan every position with large patterns; most sentences of an article have no
 * digit or currency at all, and skipping them is most of the extraction time saved.
 */
import type { Mention } from '../values/find-mentions';
import type { CodePointIndex } from '../text/codepoints';
import { SENTENCE_OR_PARAGRAPH_END } from '../text/sentence-ends';

/**
 * Where each sentence of the texts last asked about ends (UTF-16, after its end mark), the last one
 * at the text's end: the money, quantity and date finders all split the same article, and since
 * extraction runs each rule over a batch of articles (extract-article.ts), a batch's articles
 * are asked about in turn by each finder. Emptied when it holds more texts than a batch has.
 */
const endsOfText = new Map<string, number[]>();
const KEPT_TEXTS = 128;
/** One global pattern for every article (its lastIndex reset before each pass), not one a text. */
const SENTENCE_END_GLOBAL = new RegExp(SENTENCE_OR_PARAGRAPH_END.source, 'gu');

function sentenceEnds(text: string): number[] {
  const known = endsOfText.get(text);
  if (known) return known;
  const ends: number[] = [];
  const pattern = SENTENCE_END_GLOBAL;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) ends.push(m.index + m[0].length);
  ends.push(text.length);
  if (endsOfText.size >= KEPT_TEXTS) endsOfText.clear();
  endsOfText.set(text, ends);
  return ends;
}

/** Patterns whose match could depend on text outside the sentence tested: scanned per sentence. */
const CONTEXT_SENSITIVE = /\(\?<?[=!]|\^|\$|\\[bB]/u;

/**
 * The global twin of each worth-scanning pattern, or null for a context-sensitive one: by pattern
 * object, and by source and flags for a pattern written as a literal in a function (a new object
 * at every call).
 */
const globalPatterns = new WeakMap<RegExp, RegExp | null>();
const globalPatternsBySource = new Map<string, RegExp | null>();

function globalOf(pattern: RegExp): RegExp | null {
  let global = globalPatterns.get(pattern);
  if (global === undefined) {
    const key = `${pattern.flags}/${pattern.source}`;
    global = globalPatternsBySource.get(key);
    if (global === undefined) {
      global = CONTEXT_SENSITIVE.test(pattern.source)
        ? null
        : new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
      globalPatternsBySource.set(key, global);
    }
    globalPatterns.set(pattern, global);
  }
  return global;
}

/**
 * Whether each sentence holds a match of `worthScanning`. One global pass over the whole text
 * finds candidates; a sentence no match overlaps holds none (a global scan leaves no match
 * uncovered), and a sentence one overlaps is tested on its own text, as it always was.
 */
function sentencesWorthScanning(
  text: string,
  ends: readonly number[],
  worthScanning: RegExp,
): boolean[] {
  const worth = new Array<boolean>(ends.length).fill(false);
  const global = globalOf(worthScanning);
  let sentence = 0;
  // No helper closure here: under tsx (the command line, the benchmarks) every closure a call
  // creates is also given its name, which cost more than the tests it wrapped.
  if (!global) {
    for (let i = 0, from = 0; i < ends.length; from = ends[i++]!)
      worth[i] = worthScanning.test(text.slice(from, ends[i]));
    return worth;
  }
  // A global or sticky pattern's test moves its lastIndex: each is run as it always was.
  const statefulTest = worthScanning.global || worthScanning.sticky;
  global.lastIndex = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    const end = m.index + Math.max(1, m[0].length);
    if (m[0] === '') global.lastIndex++;
    while (sentence < ends.length && ends[sentence]! <= m.index) sentence++;
    for (let i = sentence; i < ends.length; i++) {
      const start = i === 0 ? 0 : ends[i - 1]!;
      if (start >= end) break;
      if (worth[i]) continue;
      // A match wholly inside the sentence is one of the sentence alone: the pattern looks at
      // nothing outside its match (no lookaround, anchor or \b, or it would have no global twin).
      worth[i] =
        (m[0] !== '' && m.index >= start && end <= ends[i]! && !statefulTest) ||
        worthScanning.test(text.slice(start, ends[i]));
    }
  }
  return worth;
}

export function findInSentences<T>(
  text: string,
  index: CodePointIndex,
  worthScanning: RegExp,
  finder: (piece: string) => Mention<T>[],
): Mention<T>[] {
  const found: Mention<T>[] = [];
  const ends = sentenceEnds(text);
  const worth = sentencesWorthScanning(text, ends, worthScanning);
  let start = 0;
  for (let i = 0; i < ends.length; start = ends[i++]!) {
    if (!worth[i]) continue;
    const shift = index.toCodePoint(start);
    // The finder's mentions are its own new objects: shifted in place rather than copied.
    for (const m of finder(text.slice(start, ends[i]))) {
      m.start += shift;
      m.end += shift;
      found.push(m);
    }
  }
  return found;
}
