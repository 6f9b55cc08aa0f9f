/**
 * The cost of scanning articles for learned texts (bench/learning.ts): one Aho–Corasick pass
 * (LearnedMatcher, as the app does it) against a map keyed by first character (at each offset,
 * the texts starting with that character) and a plain indexOf per text, on the lexicon the
 * simulated curator taught and on a large one made of substrings of the same articles.
 */
import type { ArticleText } from '../shared/extraction/article-text';
import { Automaton } from '../shared/extraction/learned/automaton';
import { LearnedMatcher, type LearnedEntry } from '../shared/extraction/learned';
import type { FieldSchema } from '../shared/schema';

interface ScanInput {
  articles: readonly ArticleText[];
  entries: readonly LearnedEntry[];
  schema: FieldSchema;
  threshold: number;
  largeLexicon: number;
  repeat: number;
  /** The rules' extraction time per article (ms), the bare baseline. */
  rulesMs: number;
}

/** At each offset, the texts that start with the character there (built once per lexicon). */
function firstCharacterIndex(patterns: readonly string[]): Map<string, string[]> {
  const byFirst = new Map<string, string[]>();
  for (const p of patterns) {
    const list = byFirst.get(p[0]!) ?? [];
    list.push(p);
    byFirst.set(p[0]!, list);
  }
  return byFirst;
}

function firstCharacterScan(byFirst: ReadonlyMap<string, string[]>, text: string): number {
  let found = 0;
  for (let i = 0; i < text.length; i++) {
    const list = byFirst.get(text[i]!);
    if (list) for (const p of list) if (text.startsWith(p, i)) found++;
  }
  return found;
}

function indexOfScan(patterns: readonly string[], text: string): number {
  let found = 0;
  for (const p of patterns)
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) found++;
  return found;
}

function automatonScan(automaton: Automaton, text: string): number {
  let found = 0;
  automaton.scan(text, () => found++);
  return found;
}

/** Milliseconds per article of `scan` over every article, the best of `repeat` rounds. */
function perArticle(
  articles: readonly ArticleText[],
  repeat: number,
  scan: (text: string) => number,
) {
  let best = Infinity;
  let found = 0;
  for (let round = 0; round < repeat; round++) {
    const start = performance.now();
    found = 0;
    for (const a of articles) found += scan(a.text);
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best / articles.length, found };
}

/** Distinct substrings (2–8 characters) of the articles, taken at fixed steps, as a large lexicon. */
function largePatterns(articles: readonly ArticleText[], count: number): string[] {
  const out = new Set<string>();
  // mulberry32: the low bits of a plain LCG repeat too soon to pick offsets.
  let seed = 12345;
  const next = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
  for (let tries = 0; out.size < count && tries < count * 20; tries++) {
    const text = articles[next() % articles.length]!.text;
    const start = next() % Math.max(1, text.length - 8);
    const piece = text.slice(start, start + 2 + (next() % 7)).replace(/\s/gu, '');
    if (piece.length >= 2) out.add(piece);
  }
  return [...out];
}

export function scanTimings(input: ScanInput): void {
  const { articles, repeat } = input;
  const chars = articles.reduce((n, a) => n + a.text.length, 0) / articles.length;
  console.log(
    `Scan cost per article (${articles.length} judged articles, ${Math.round(chars)} UTF-16 units on average; best of ${repeat} rounds):\n`,
  );
  console.log(
    '| lexicon | texts | compile (ms) | Aho–Corasick | first-character map | indexOf per text | rules alone (baseline) |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  const lexicons = [
    { name: 'taught by the first half', patterns: [...new Set(input.entries.map((e) => e.text))] },
    { name: 'large (substrings)', patterns: largePatterns(articles, input.largeLexicon) },
  ];
  for (const { name, patterns } of lexicons) {
    const compileStart = performance.now();
    const automaton = new Automaton(patterns);
    const compileMs = performance.now() - compileStart;
    const byFirst = firstCharacterIndex(patterns);
    const ac = perArticle(articles, repeat, (t) => automatonScan(automaton, t));
    const fc = perArticle(articles, Math.max(1, Math.ceil(repeat / 4)), (t) =>
      firstCharacterScan(byFirst, t),
    );
    const io = perArticle(articles, Math.max(1, Math.ceil(repeat / 10)), (t) =>
      indexOfScan(patterns, t),
    );
    if (ac.found !== fc.found || ac.found !== io.found)
      throw new Error(`the scans disagree: ${ac.found} / ${fc.found} / ${io.found} occurrences`);
    const ms = (x: number) => `${x.toFixed(3)} ms`;
    console.log(
      `| ${name} | ${patterns.length} | ${compileMs.toFixed(1)} | ${ms(ac.ms)} | ${ms(fc.ms)} | ${ms(io.ms)} | ${ms(input.rulesMs)} |`,
    );
  }
  // The whole learned step as extraction runs it (matching, spans, grouping), on the taught lexicon.
  const matcher = new LearnedMatcher(input.entries, input.schema, input.threshold);
  const start = performance.now();
  for (let round = 0; round < repeat; round++) for (const a of articles) matcher.suggest(a);
  const suggestMs = (performance.now() - start) / repeat / articles.length;
  console.log(
    `\nLearnedMatcher.suggest (scan, spans, one suggestion per value): ${suggestMs.toFixed(3)} ms per article, ${((suggestMs / input.rulesMs) * 100).toFixed(1)}% of the rules' ${input.rulesMs.toFixed(2)} ms.`,
  );
}
