/**
 * Two versions of extraction timed against each other with neither favoured:
 *
 *   npx tsx bench/extraction-ab.ts --a /tmp/base --b . [--rounds 20] [--page-mb 0.3]
 *
 * `bench/extraction-speed.ts --against` runs its own version's code on objects its own classes
 * made, and loads the other version beside it: run each way round, the version it ran from
 * measured 1.1–1.4× faster (docs/benchmarks.md, Extraction speed, fifth pass). Here both versions
 * are loaded alike, from their folders (a checkout with its own shared/ and electron/nlp/, e.g.
 * `git worktree add --detach /tmp/base <commit>` with node_modules linked in): each with its own
 * word segmenter, schema and code-point index objects, fed the same plain texts and article
 * ranges. Their outputs (calibrated suggestions and relevance verdict, JSON) are compared byte for
 * byte on every article, then each set is extracted in one call per pass (as the import hands
 * over its articles), in rounds ordered A B, B A, A B… CPU microseconds per article, and the
 * ratio A ÷ B (above 1: B is faster). Swapping --a and --b should give the inverse ratio; how far
 * it does not is this harness's own bias, and worth printing beside any figure.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type * as Extraction from '../shared/extraction';
import type * as Schemas from '../shared/schema';
import type * as CodePoints from '../shared/text/codepoints';
import type * as JiebaTagger from '../electron/nlp/jieba-tagger';
import { planPage } from '../shared/pages/plan-page';
import { pathologicalPage } from '../electron/test-support/pathological-pages';
import { loadSeeds, loadWrittenArticles, type LoadedPage } from './quality-sets';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (flag: string): string | undefined =>
  args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined;
const dirA = resolve(option('--a') ?? root);
const dirB = resolve(option('--b') ?? root);
const rounds = Number(option('--rounds') ?? 20);
const pageMegabytes = Number(option('--page-mb') ?? 0.3);

interface Version {
  name: string;
  /** Extracts the set's articles in one call; returns each article's output. */
  extract: (set: PlainArticle[]) => unknown[];
}

/** An article as plain data: its page's text and its ranges, title and kicker. */
interface PlainArticle {
  text: string;
  ranges: { start: number; end: number }[];
  title: string | null;
  kicker: string | null;
}

async function loadVersion(name: string, dir: string): Promise<Version> {
  const extraction = (await import(join(dir, 'shared/extraction/index.ts'))) as typeof Extraction;
  const schemas = (await import(join(dir, 'shared/schema/index.ts'))) as typeof Schemas;
  const codePoints = (await import(join(dir, 'shared/text/codepoints.ts'))) as typeof CodePoints;
  const jieba = (await import(join(dir, 'electron/nlp/jieba-tagger.ts'))) as typeof JiebaTagger;
  extraction.useWordTagger(jieba.jiebaTagger);
  const schema = schemas.parseFieldSchema(
    JSON.parse(readFileSync(join(root, 'seeds', 'hospital-news.schema.json'), 'utf8')),
  );
  // One code-point index per page, of this version's own class, made once as the import does.
  const indexes = new Map<string, CodePoints.CodePointIndex>();
  const indexOf = (text: string): CodePoints.CodePointIndex => {
    let index = indexes.get(text);
    if (!index) indexes.set(text, (index = new codePoints.CodePointIndex(text)));
    return index;
  };
  return {
    name,
    extract: (set) =>
      extraction.extractAndJudgeArticles(
        set.map((a) => ({
          documentText: indexOf(a.text),
          ranges: a.ranges,
          title: a.title,
          kicker: a.kicker,
          schema,
        })),
      ),
  };
}

const plainArticles = (pages: LoadedPage[]): PlainArticle[] =>
  pages.flatMap((page) =>
    page.plan.map(({ ranges, title, kicker }) => ({
      text: page.text,
      ranges: ranges.map(({ start, end }) => ({ start, end })),
      title,
      kicker,
    })),
  );

const problems: string[] = [];
const manyText = pathologicalPage('many-articles', pageMegabytes * 1e6);
const sets = [
  { name: 'seeds', articles: plainArticles(loadSeeds(join(root, 'seeds'), problems)) },
  {
    name: 'written test articles',
    articles: plainArticles(await loadWrittenArticles(join(root, 'bench', 'articles'), problems)),
  },
  {
    name: `many-articles page (${pageMegabytes} MB)`,
    articles: plainArticles([
      { file: 'many', text: manyText, plan: planPage(manyText).articles, reference: null },
    ]),
  },
];

const a = await loadVersion('A', dirA);
const b = await loadVersion('B', dirB);

function cpuMicroseconds(work: () => unknown): number {
  const started = process.cpuUsage();
  work();
  const used = process.cpuUsage(started);
  return used.user + used.system;
}

console.log(`A: ${dirA}\nB: ${dirB}\n${rounds} rounds, ordered A B, B A, …\n`);
console.log(
  '| set | articles | different output | A µs/article | B µs/article | A ÷ B | A ÷ B, median of rounds |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const { name, articles } of sets) {
  const outA = a.extract(articles).map((o) => JSON.stringify(o));
  const outB = b.extract(articles).map((o) => JSON.stringify(o));
  const different = outA.filter((o, i) => o !== outB[i]).length;
  // Warm-up: neither pays for the JIT in the timed rounds.
  for (let i = 0; i < 3; i++) for (const v of [a, b]) v.extract(articles);
  let spentA = 0;
  let spentB = 0;
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? [a, b] : [b, a];
    const spent = new Map<Version, number>();
    for (const v of order)
      spent.set(
        v,
        cpuMicroseconds(() => v.extract(articles)),
      );
    spentA += spent.get(a)!;
    spentB += spent.get(b)!;
    ratios.push(spent.get(a)! / spent.get(b)!);
  }
  ratios.sort((x, y) => x - y);
  const perArticle = (us: number): string => (us / (rounds * articles.length)).toFixed(0);
  console.log(
    `| ${name} | ${articles.length} | ${different} | ${perArticle(spentA)} | ${perArticle(spentB)} | ${(spentA / spentB).toFixed(2)}× | ${ratios[ratios.length >> 1]!.toFixed(2)}× |`,
  );
}
if (problems.length > 0) console.log(`\nproblems: ${problems.join('; ')}`);
