/**
 * Extraction speed per article, as the app extracts (jieba installed, calibrated suggestions):
 * the five seed pages' articles and the written test articles (bench/articles/, read and planned
 * by the import's prepareFile). Beside it, a bare baseline measured in the same run: cutting each
 * article's text out of its document and one pass of a simple regular expression over it.
 *
 *   npx tsx bench/extraction-speed.ts [--seconds 3]
 *   node --cpu-prof --import tsx bench/extraction-speed.ts   (a profile to open in DevTools)
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { extractArticle } from '../shared/extraction';
import { parseFieldSchema } from '../shared/schema';
import { CodePointIndex } from '../shared/text/codepoints';
import { useJieba } from '../electron/nlp/jieba-tagger';
import { loadSeeds, loadWrittenArticles, type LoadedPage } from './quality-sets';

useJieba();

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf('--seconds') + 1] ?? 0) || 3;
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

const extract = (a: Article): number =>
  extractArticle({
    documentText: a.index,
    ranges: a.ranges,
    title: a.title,
    kicker: a.kicker,
    schema,
  }).length;

/** The bare baseline: the article's text cut out of its document, and one regex pass over it. */
const AMOUNT = /\d+(?:\.\d+)?\s*万?元/gu;
const bare = (a: Article): number => {
  let found = 0;
  for (const r of a.ranges) for (const _ of a.index.slice(r.start, r.end).matchAll(AMOUNT)) found++;
  return found;
};

/** CPU microseconds per article over whole passes of the set, for about `budget` CPU seconds. */
function time(articles: Article[], work: (a: Article) => number, budget: number): number {
  for (const a of articles) work(a); // warm-up: neither side pays for the JIT
  let passes = 0;
  const started = process.cpuUsage();
  let used: number;
  do {
    for (const a of articles) work(a);
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
];
console.log(
  '| set | articles | extraction µs/article | articles per CPU s | bare µs/article | × bare |',
);
console.log('|---|---:|---:|---:|---:|---:|');
for (const { name, articles } of sets) {
  const us = time(articles, extract, seconds);
  const bareUs = time(articles, bare, seconds / 3);
  console.log(
    `| ${name} | ${articles.length} | ${us.toFixed(0)} | ${Math.round(1e6 / us)} | ${bareUs.toFixed(1)} | ${(us / bareUs).toFixed(0)} |`,
  );
}
