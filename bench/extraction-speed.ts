/**
 * Extraction speed per article, as the app extracts (jieba installed, calibrated suggestions):
 * the five seed pages' articles and the written test articles (bench/articles/, read and planned
 * by the import's prepareFile). Beside it, a bare baseline measured in the same run: cutting each
 * article's text out of its document and one pass of a simple regular expression over it.
 *
 *   npx tsx bench/extraction-speed.ts [--seconds 3] [--page-mb 0.5]
 *   npx tsx bench/extraction-speed.ts --against /tmp/base [--rounds 100] [--shape-rounds 5]
 *   npx tsx bench/extraction-speed.ts --rules   (also: each rule's share of an article's time)
 *   node --cpu-prof --import tsx bench/extraction-speed.ts   (a profile to open in DevTools)
 *
 * A third set is the generated many-articles page of the pathological-page benchmark (thousands
 * of short articles, where what extraction costs per article, whatever its length, shows), cut at
 * --page-mb megabytes.
 *
 * Each set is timed twice: one extractAndJudgeArticle call per article, and the whole set in one
 * extractAndJudgeArticles call (each rule over a batch of articles before the next rule), as the
 * import hands over a page's articles.
 *
 * --against compares with another version of shared/ (a folder holding its shared/, e.g.
 * `git archive <commit> shared | tar -x -C /tmp/base`, or `git worktree add`, with node_modules
 * linked in): first it checks that both give byte for byte the same output (suggestions with
 * calibrated confidence, and the relevance verdict) on every generated pathological page shape
 * and on every article of the three sets (this version one call per article and the set in one
 * call; the other in one call if it has extractAndJudgeArticles), then both
 * extract the same articles in alternating rounds in one process, so that load on a shared
 * machine falls on both alike, and the ratio of their CPU times is the speed-up (for each page
 * shape too, over --shape-rounds passes). Run each way round, the version run from measured
 * 1.1–1.4× faster than the one loaded with --against (docs/benchmarks.md, fifth pass): run it
 * from each checkout against the other, and take √(forward ÷ backward) as the ratio.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import type * as Extraction from '../shared/extraction';
import type * as JiebaTagger from '../electron/nlp/jieba-tagger';
import {
  BUILT_IN_EXTRACTORS,
  extractAndJudgeArticle,
  extractAndJudgeArticles,
} from '../shared/extraction';
import { planPage } from '../shared/pages/plan-page';
import { pathologicalPage, pathologicalShapes } from '../electron/test-support/pathological-pages';
import type * as Schemas from '../shared/schema';
import { parseFieldSchema } from '../shared/schema';
import { CodePointIndex } from '../shared/text/codepoints';
import { jiebaTagger, useJieba } from '../electron/nlp/jieba-tagger';
import { loadSeeds, loadWrittenArticles, type LoadedPage } from './quality-sets';

useJieba();

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf('--seconds') + 1] ?? 0) || 3;
const against = args.includes('--against') ? args[args.indexOf('--against') + 1] : undefined;
const rounds = Number(args[args.indexOf('--rounds') + 1] ?? 0) || 100;
/** Passes over each generated page shape (a 0.3 MB article costs as much as hundreds of seeds). */
const shapeRounds = args.includes('--shape-rounds')
  ? Number(args[args.indexOf('--shape-rounds') + 1])
  : 5;
const pageMegabytes = args.includes('--page-mb')
  ? Number(args[args.indexOf('--page-mb') + 1])
  : 0.5;
const schema = parseFieldSchema(
  JSON.parse(readFileSync(join(root, 'seeds', 'hospital-news.schema.json'), 'utf8')),
);

interface Article {
  index: CodePointIndex;
  ranges: { start: number; end: number }[];
  title: string | null;
  kicker: string | null;
}

const articlesOf = (pages: LoadedPage[]): Article[] =>
  pages.flatMap((page) => {
    const index = new CodePointIndex(page.text);
    return page.plan.map(({ ranges, title, kicker }) => ({ index, ranges, title, kicker }));
  });

/** The article's output as the app stores it: calibrated suggestions and the relevance verdict. */
const output = (a: Article): ReturnType<typeof extractAndJudgeArticle> =>
  extractAndJudgeArticle({
    documentText: a.index,
    ranges: a.ranges,
    title: a.title,
    kicker: a.kicker,
    schema,
  });
const extract = (a: Article): number => output(a).suggestions.length;
/** A whole set's output in one call, as the app hands over a page's (or a job's) articles. */
const outputs = (articles: Article[]): ReturnType<typeof extractAndJudgeArticles> =>
  extractAndJudgeArticles(
    articles.map((a) => ({
      documentText: a.index,
      ranges: a.ranges,
      title: a.title,
      kicker: a.kicker,
      schema,
    })),
  );

/** The generated page of thousands of short articles, cut at `megabytes`, as planned. */
function manyArticlesPage(megabytes: number): Article[] {
  const text = pathologicalPage('many-articles', megabytes * 1e6);
  return articlesOf([
    { file: 'many-articles', text, plan: planPage(text).articles, reference: null },
  ]);
}

/** The bare baseline: the article's text cut out of its document, and one regex pass over it. */
const AMOUNT = /\d+(?:\.\d+)?\s*万?元/gu;
const bare = (a: Article): number => {
  let found = 0;
  for (const r of a.ranges) for (const _ of a.index.slice(r.start, r.end).matchAll(AMOUNT)) found++;
  return found;
};

/** CPU microseconds per article over whole passes of the set, for about `budget` CPU seconds. */
function time(articles: Article[], work: (a: Article) => number, budget: number): number {
  return timeSet(articles, (set) => set.forEach(work), budget);
}

/** The same for work done on the whole set at once. */
function timeSet(articles: Article[], work: (set: Article[]) => unknown, budget: number): number {
  work(articles); // warm-up: neither side pays for the JIT
  let passes = 0;
  const started = process.cpuUsage();
  let used: number;
  do {
    work(articles);
    passes++;
    const u = process.cpuUsage(started);
    used = (u.user + u.system) / 1e6;
  } while (used < budget);
  return (used * 1e6) / (passes * articles.length);
}

const problems: string[] = [];
const sets = [
  { name: 'seeds', articles: articlesOf(loadSeeds(join(root, 'seeds'), problems)) },
  {
    name: 'written test articles',
    articles: articlesOf(await loadWrittenArticles(join(root, 'bench', 'articles'), problems)),
  },
  { name: `many-articles page (${pageMegabytes} MB)`, articles: manyArticlesPage(pageMegabytes) },
];
console.log(
  '| set | articles | extraction µs/article, one call each | in one call for the set | articles per CPU s (one call) | bare µs/article | × bare (one call) |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const { name, articles } of sets) {
  const us = time(articles, extract, seconds);
  const batchUs = timeSet(articles, outputs, seconds);
  const bareUs = time(articles, bare, seconds / 3);
  console.log(
    `| ${name} | ${articles.length} | ${us.toFixed(0)} | ${batchUs.toFixed(0)} | ${Math.round(1e6 / batchUs)} | ${bareUs.toFixed(1)} | ${(batchUs / bareUs).toFixed(0)} |`,
  );
}

/**
 * The other version's extraction of a set, with its own jieba tagger installed in it: in one call when it
 * has extractAndJudgeArticles, else article by article (all it had before this function).
 */
async function otherVersion(dir: string): Promise<(articles: Article[]) => unknown[]> {
  const extraction = (await import(join(dir, 'shared/extraction/index.ts'))) as typeof Extraction;
  const schemas = (await import(join(dir, 'shared/schema/index.ts'))) as typeof Schemas;
  // Its own segmenter too (how it calls jieba is part of its speed), this one's if it has none.
  const tagger = existsSync(join(dir, 'electron/nlp/jieba-tagger.ts'))
    ? ((await import(join(dir, 'electron/nlp/jieba-tagger.ts'))) as typeof JiebaTagger).jiebaTagger
    : jiebaTagger;
  extraction.useWordTagger(tagger);
  const otherSchema = schemas.parseFieldSchema(
    JSON.parse(readFileSync(join(root, 'seeds', 'hospital-news.schema.json'), 'utf8')),
  );
  const inputOf = (a: Article): Extraction.ArticleInput => ({
    // The same code-point index object: both versions take one (their classes are alike).
    documentText: a.index,
    ranges: a.ranges,
    title: a.title,
    kicker: a.kicker,
    schema: otherSchema,
  });
  const batched = (extraction as Partial<typeof Extraction>).extractAndJudgeArticles;
  if (batched) return (articles) => batched(articles.map(inputOf));
  return (articles) => articles.map((a) => extraction.extractAndJudgeArticle(inputOf(a)));
}

/**
 * How many articles of the set the other version gives a different output for (JSON, byte for
 * byte) than this one, extracted one call per article or the whole set in one call.
 */
function differing(articles: Article[], other: (articles: Article[]) => unknown[]): number {
  const theirs = other(articles).map((o) => JSON.stringify(o));
  const batched = outputs(articles).map((o) => JSON.stringify(o));
  return articles.filter(
    (a, i) => theirs[i] !== JSON.stringify(output(a)) || theirs[i] !== batched[i],
  ).length;
}

/** CPU microseconds per article of each, over alternating passes of the set. */
function alternate(
  articles: Article[],
  works: readonly ((articles: Article[]) => unknown)[],
  passes: number,
  warmUps = 30,
): number[] {
  const used = works.map(() => 0);
  for (let warm = 0; warm < warmUps; warm++) for (const work of works) work(articles);
  for (let pass = 0; pass < passes; pass++)
    works.forEach((work, i) => {
      const started = process.cpuUsage();
      work(articles);
      const u = process.cpuUsage(started);
      used[i] = used[i]! + u.user + u.system;
    });
  return used.map((us) => us / (passes * articles.length));
}

if (against) {
  const other = await otherVersion(against);
  // Output only, on every generated page shape (a line of 300,000 characters without a stop, say,
  // where the segmenter's windows are cut by their reach rather than by punctuation).
  console.log(
    `\nAgainst ${against} on the generated pathological pages (0.3 MB each; alternating passes, ${shapeRounds} each):\n`,
  );
  console.log(
    '| page shape | articles | articles with different output | that version µs/article | this version µs/article | speed-up |',
  );
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const shape of pathologicalShapes) {
    const text = pathologicalPage(shape, 0.3e6, 7);
    const page = { file: shape, text, plan: planPage(text).articles, reference: null };
    const articles = articlesOf([page]);
    const different = differing(articles, other);
    const [that, ours] = alternate(articles, [other, outputs], shapeRounds, 2);
    console.log(
      `| ${shape} | ${articles.length} | ${different} | ${that!.toFixed(0)} | ${ours!.toFixed(0)} | ${(that! / ours!).toFixed(2)}× |`,
    );
  }
  console.log(`\nAgainst ${against} (alternating passes, ${rounds} each):\n`);
  console.log(
    '| set | articles with different output | that version µs/article | this version, one call each | speed-up | this version, one call for the set | speed-up |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  const oneByOne = (articles: Article[]): void => articles.forEach(extract);
  for (const { name, articles } of sets) {
    const different = differing(articles, other);
    const [that, single, batched] = alternate(articles, [other, oneByOne, outputs], rounds);
    console.log(
      `| ${name} | ${different} of ${articles.length} | ${that!.toFixed(0)} | ${single!.toFixed(0)} | ${(that! / single!).toFixed(2)}× | ${batched!.toFixed(0)} | ${(that! / batched!).toFixed(2)}× |`,
    );
  }
}

/**
 * Where an article's time goes, rule by rule (--rules): each built-in rule's run wrapped with a
 * clock (wall time, so other load on the machine counts too; run after the figures above, which
 * it would disturb). An analysis rules share (the article's institutions, its quantities, its
 * credits) is charged to the first rule that asks for it; "outside the rules" is the reading view,
 * relevance, tidying and calibration.
 */
function ruleShares(): void {
  const spent = new Map<string, bigint>();
  for (const extractor of BUILT_IN_EXTRACTORS) {
    const run = extractor.run.bind(extractor);
    extractor.run = (ctx) => {
      const started = process.hrtime.bigint();
      try {
        return run(ctx);
      } finally {
        spent.set(
          extractor.id,
          (spent.get(extractor.id) ?? 0n) + process.hrtime.bigint() - started,
        );
      }
    };
  }
  for (const { name, articles } of sets) {
    for (const a of articles) extract(a); // warm-up
    spent.clear();
    const passes = Math.max(1, Math.round(2000 / articles.length));
    const started = process.hrtime.bigint();
    for (let pass = 0; pass < passes; pass++) for (const a of articles) extract(a);
    const total = Number(process.hrtime.bigint() - started) / 1000 / (passes * articles.length);
    const perArticle = (ns: bigint): number => Number(ns) / 1000 / (passes * articles.length);
    const rules = [...spent].sort((x, y) => (y[1] > x[1] ? 1 : y[1] < x[1] ? -1 : 0));
    const inRules = rules.reduce((sum, [, ns]) => sum + perArticle(ns), 0);
    console.log(`\n${name}: ${total.toFixed(0)} µs an article (wall)\n`);
    console.log('| part | µs/article | share |');
    console.log('|---|---:|---:|');
    for (const [id, ns] of rules)
      console.log(
        `| ${id} | ${perArticle(ns).toFixed(1)} | ${((100 * perArticle(ns)) / total).toFixed(0)}% |`,
      );
    const outside = total - inRules;
    console.log(
      `| outside the rules | ${outside.toFixed(1)} | ${((100 * outside) / total).toFixed(0)}% |`,
    );
  }
}

if (args.includes('--rules')) ruleShares();
