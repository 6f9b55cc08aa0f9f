/**
 * What word segmentation (jieba, shared/extraction/words.ts) costs extraction: CPU time per
 * article over the seed articles and over a written article naming many officials, with the
 * segmenter and without it (the bare baseline, measured in the same run), and how many clauses
 * were segmented. CPU time rather than wall time: the machines this runs on are shared.
 *
 *   npx tsx bench/word-segmentation-cost.ts [--repeat 300]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jiebaTagger } from '../electron/nlp/jieba-tagger';
import { extractArticle } from '../shared/extraction';
import { useWordTagger, type WordTagger } from '../shared/extraction/words';
import { planPage } from '../shared/pages/plan-page';
import { parseFieldSchema } from '../shared/schema';
import { CodePointIndex, type CodePointRange } from '../shared/text/codepoints';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const repeat = Number(args[args.indexOf('--repeat') + 1] ?? 0) || 300;
const schema = parseFieldSchema(
  JSON.parse(readFileSync(join(root, 'seeds/hospital-news.schema.json'), 'utf8')),
);

interface Article {
  index: CodePointIndex;
  ranges: readonly CodePointRange[];
  title: string | null;
  kicker: string | null;
}

const seeds: Article[] = readdirSync(join(root, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => {
    const text = readFileSync(join(root, 'seeds', f), 'utf8');
    const index = new CodePointIndex(text);
    return planPage(text).articles.map((a) => ({ index, ...a }));
  });

// A written article naming many officials (every sentence has posts and names).
const officials = Array.from(
  { length: 40 },
  (_, i) =>
    `副县长孔德明${i}、县卫健局局长孟德才带领工作组来院调研，院长刘高峰、副院长郑来喜陪同。` +
    `刘高峰表示，医院将新增床位1\n000张，总投资接近5亿。`,
).join('\n');
const officialsIndex = new CodePointIndex(officials);
const many: Article[] = [
  {
    index: officialsIndex,
    ranges: [{ start: 0, end: officialsIndex.length }],
    title: null,
    kicker: null,
  },
];

let calls = 0;
let units = 0;
const counting: WordTagger = (text) => {
  calls++;
  units += text.length;
  return jiebaTagger(text);
};

function measure(
  articles: Article[],
  tagger: WordTagger | null,
): { cpuMs: number; wallMs: number } {
  useWordTagger(tagger);
  const once = (): void => {
    for (const a of articles)
      extractArticle({
        documentText: a.index,
        ranges: a.ranges,
        title: a.title,
        kicker: a.kicker,
        schema,
      });
  };
  // Warm up (JIT, and jieba builds its dictionary once).
  for (let i = 0; i < Math.min(repeat, 30); i++) once();
  calls = 0;
  units = 0;
  const cpu = process.cpuUsage();
  const wall = performance.now();
  for (let i = 0; i < repeat; i++) once();
  const used = process.cpuUsage(cpu);
  const n = articles.length * repeat;
  return { cpuMs: (used.user + used.system) / 1000 / n, wallMs: (performance.now() - wall) / n };
}

console.log(
  '| articles | segmenter | CPU ms / article | wall ms / article | clauses segmented / article | UTF-16 units / clause |',
);
console.log('|---|---|---:|---:|---:|---:|');
for (const [name, articles] of [
  ['seeds (9)', seeds],
  ['many officials (1)', many],
] as const) {
  const bare = measure([...articles], null);
  console.log(`| ${name} | none | ${bare.cpuMs.toFixed(3)} | ${bare.wallMs.toFixed(3)} | – | – |`);
  const words = measure([...articles], counting);
  const n = articles.length * repeat;
  console.log(
    `| ${name} | jieba | ${words.cpuMs.toFixed(3)} | ${words.wallMs.toFixed(3)} | ${(calls / n).toFixed(1)} | ${(units / Math.max(calls, 1)).toFixed(1)} |`,
  );
}
