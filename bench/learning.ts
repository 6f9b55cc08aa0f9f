/**
 * What learning from decisions gains (issue 22, point 6), on the team's own test articles: the
 * five seeds and the written pages of bench/articles/, with their references. A simulated curator
 * goes through the first half of the articles (in load order: seeds, then written pages by name)
 * and keeps every reference value (as an accept, a fix or an add would) and rejects every wrong
 * suggestion; the second half is then judged before learning (the rules alone) and after (the
 * rules joined with the learned lexicon, exactly as extraction joins them). Prints, per field, the
 * reference values, precision and recall before and after, and what learning added; then the
 * cost of a scan: the Aho–Corasick automaton against a map keyed by first character and a plain
 * indexOf per text, beside the rules' own extraction time, on the real lexicon and on a large one.
 *
 *   npm run bench:learning [-- --entries 20000 --repeat 20 --threshold 3]
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useJieba } from '../electron/nlp/jieba-tagger';
import type { Suggestion } from '../shared/extraction';
import { ArticleText } from '../shared/extraction/article-text';
import { simplifiedView } from '../shared/extraction/simplified-view';
import { extractArticleUncalibrated } from '../shared/extraction/extract-article';
import {
  joinLearned,
  LEARNED_EXTRACTOR,
  learnedKey,
  LearnedMatcher,
  type LearnedEntry,
} from '../shared/extraction/learned';
import { parseFieldSchema } from '../shared/schema';
import { CodePointIndex } from '../shared/text/codepoints';
import { numberOption } from './options';
import { addCount, emptyCount, judgeArticle, type Count } from './quality-judge';
import { evaluateSet, loadSeeds, loadWrittenArticles, type ArticleResult } from './quality-sets';
import { scanTimings } from './learning-scan';

useJieba();

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) =>
  numberOption(
    args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined,
    fallback,
    name,
  );
const threshold = option('threshold', 3);
const largeLexicon = option('entries', 20000);
const repeat = option('repeat', 20);

const schema = parseFieldSchema(
  JSON.parse(readFileSync(join(root, 'seeds', 'hospital-news.schema.json'), 'utf8')),
);
const problems: string[] = [];
const sets = [
  {
    mode: 'seeds' as const,
    set: evaluateSet('seeds', loadSeeds(join(root, 'seeds'), problems), schema, problems, 'seeds'),
  },
  {
    mode: 'written' as const,
    set: evaluateSet(
      'written',
      await loadWrittenArticles(join(root, 'bench', 'articles'), problems),
      schema,
      problems,
      'written',
    ),
  },
];
type Judged = { result: ArticleResult; missingFieldsAreEmpty: boolean };
const articles: Judged[] = sets.flatMap(({ mode, set }) =>
  set.articles
    .filter((a) => a.reference !== null && a.planned !== null)
    .map((result) => ({
      result,
      missingFieldsAreEmpty:
        mode === 'written' && result.page.reference?.fieldsNotListed !== 'skipped',
    })),
);
const half = Math.ceil(articles.length / 2);
const [taught, tested] = [articles.slice(0, half), articles.slice(half)];

/** The curator's decisions on the first half, as the votes the triggers of migration 0017 count. */
function lexiconOf(decided: readonly Judged[]): LearnedEntry[] {
  const entries = new Map<string, LearnedEntry>();
  const vote = (
    field: string,
    raw: string,
    value: unknown,
    kind: 'keep' | 'reject',
    article: number,
  ) => {
    const text = learnedKey(raw);
    if (text === '') return;
    const key = `${field} ${text}`;
    const entry = entries.get(key) ?? {
      field,
      text,
      keeps: 0,
      rejects: 0,
      firstArticle: null,
      value: null,
      status: null,
    };
    if (kind === 'keep') {
      entry.keeps++;
      entry.firstArticle ??= article;
      entry.value = typeof value === 'string' && learnedKey(value) === text ? null : value;
    } else entry.rejects++;
    entries.set(key, entry);
  };
  decided.forEach(({ result }, article) => {
    for (const [field, values] of Object.entries(result.reference!.fields))
      for (const v of values) vote(field, v.raw, v.value, 'keep', article);
    for (const j of result.verdict.judged)
      if (!j.correct) vote(j.field, j.suggestion.raw, j.suggestion.value, 'reject', article);
  });
  return [...entries.values()];
}

const entries = lexiconOf(taught);
const matcher = new LearnedMatcher(entries, schema, threshold);
const singleValued = new Set(
  schema.fields.filter((f) => f.cardinality === 'one').map((f) => f.key),
);

const counts = () => new Map(schema.fields.map((f) => [f.key, emptyCount()]));
const before = counts();
const after = counts();
const alone = counts();
const learned = new Map(schema.fields.map((f) => [f.key, { right: 0, wrong: 0, held: 0 }]));
/** Reference values of the judged half whose text (or its twin) the first half kept for the field. */
const reachable = new Map(schema.fields.map((f) => [f.key, 0]));
const keptTexts = new Set(
  entries.filter((e) => e.keeps > 0).map((e) => `${e.field} ${simplifiedView(e.text)}`),
);
const options = { singleValued, offSubject: false };
const articleTexts: ArticleText[] = [];
for (const { result, missingFieldsAreEmpty } of tested) {
  const article = new ArticleText(new CodePointIndex(result.page.text), result.planned!.ranges);
  articleTexts.push(article);
  const judge = (list: readonly Suggestion[], into: Map<string, Count>) => {
    const verdict = judgeArticle(schema, list, result.reference!.fields, missingFieldsAreEmpty);
    for (const [key, c] of verdict.counts) addCount(into.get(key)!, c);
    return verdict;
  };
  const ruled = result.suggestions;
  judge(ruled, before);
  const joined = joinLearned(matcher, ruled, () => article, options);
  for (const j of judge(joined.suggestions, after).judged)
    if (j.suggestion.extractor === LEARNED_EXTRACTOR)
      learned.get(j.field)![j.correct ? 'right' : 'wrong']++;
  for (const s of ruled) if (matcher.blocks(s)) learned.get(s.field)!.held++;
  judge(joinLearned(matcher, [], () => article, options).suggestions, alone);
  for (const [field, values] of Object.entries(result.reference!.fields))
    for (const v of values)
      if (keptTexts.has(`${field} ${simplifiedView(learnedKey(v.raw))}`))
        reachable.set(field, reachable.get(field)! + 1);
}

const share = (a: number, b: number) => (b === 0 ? '–' : (a / b).toFixed(2));
const pr = (c: Count) => `${share(c.tp, c.tp + c.fp)} | ${share(c.tp, c.tp + c.fn)}`;
console.log(
  `Learning from decisions: ${articles.length} articles with references (seeds, then written pages by name); ` +
    `the curator decided the first ${taught.length}, the last ${tested.length} are judged. ` +
    `Learned lexicon: ${entries.length} texts (${entries.filter((e) => e.keeps > 0).length} kept, ` +
    `${entries.filter((e) => e.rejects > 0).length} rejected); rejection threshold ${threshold}.\n`,
);
console.log(
  '| field | reference values | their text kept in the first half | precision before | recall before | precision after | recall after | learned right | learned wrong | rule suggestions held back | learning alone: precision | learning alone: recall |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
const total = { before: emptyCount(), after: emptyCount(), alone: emptyCount() };
const sums = { reachable: 0, right: 0, wrong: 0, held: 0 };
for (const field of schema.fields) {
  const [b, a, o] = [before, after, alone].map((m) => m.get(field.key)!) as [Count, Count, Count];
  const l = learned.get(field.key)!;
  addCount(total.before, b);
  addCount(total.after, a);
  addCount(total.alone, o);
  sums.reachable += reachable.get(field.key)!;
  sums.right += l.right;
  sums.wrong += l.wrong;
  sums.held += l.held;
  console.log(
    `| ${field.key} | ${b.tp + b.fn} | ${reachable.get(field.key)} | ${pr(b)} | ${pr(a)} | ${l.right} | ${l.wrong} | ${l.held} | ${pr(o)} |`,
  );
}
const tb = total.before;
console.log(
  `| **all (micro)** | ${tb.tp + tb.fn} | ${sums.reachable} | ${pr(tb)} | ${pr(total.after)} | ${sums.right} | ${sums.wrong} | ${sums.held} | ${pr(total.alone)} |\n`,
);

// Cost: the rules' extraction of the judged half is the bare baseline learning is measured against.
const rulesStart = performance.now();
for (const { result } of tested)
  extractArticleUncalibrated({
    documentText: new CodePointIndex(result.page.text),
    ranges: result.planned!.ranges,
    title: result.planned!.title,
    kicker: result.planned!.kicker,
    schema,
  });
const rulesMs = (performance.now() - rulesStart) / tested.length;
scanTimings({ articles: articleTexts, entries, schema, threshold, largeLexicon, repeat, rulesMs });
if (problems.length > 0)
  console.log(`\n(${problems.length} reference notes, as bench:quality reports them)`);
