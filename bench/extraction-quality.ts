/**
 * Extraction quality on the seed pages against the hand-made reference (seeds/reference/):
 * runs planPage + extractArticle on every seed, matches articles to the reference, and prints
 * precision, recall and F1 per field and micro-averaged, as a Markdown table; then the speed.
 *
 *   npx tsx bench/extraction-quality.ts [--repeat 2000] [--details]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle, type Suggestion } from '../shared/extraction';
import { planPage } from '../shared/pages/plan-page';
import { parseFieldSchema, type Field } from '../shared/schema';
import { CodePointIndex } from '../shared/text/codepoints';
import { useJieba } from '../electron/nlp/jieba-tagger';

// Word segmentation as in the app (electron/services/extract-articles.ts).
useJieba();

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = join(root, 'seeds');
const args = process.argv.slice(2);
const repeat = Number(args[args.indexOf('--repeat') + 1] ?? 0) || 2000;
const details = args.includes('--details');

interface ReferenceValue {
  value: unknown;
  raw: string;
  also?: unknown[];
}
interface ReferenceArticle {
  firstRangeStart: number;
  title: string;
  fields: Record<string, ReferenceValue[]>;
}

const schema = parseFieldSchema(
  JSON.parse(readFileSync(join(seedsDir, 'hospital-news.schema.json'), 'utf8')),
);
const squeeze = (text: string): string => text.normalize('NFKC').replace(/\s+/gu, '');

/** Whether a suggested value states the same fact as a reference value, by the field's type. */
function sameValue(field: Field, got: unknown, want: unknown): boolean {
  const g = got as Record<string, unknown>;
  const w = want as Record<string, unknown>;
  switch (field.type) {
    case 'text':
    case 'institution':
    case 'enum':
      return typeof got === 'string' && typeof want === 'string' && squeeze(got) === squeeze(want);
    case 'place':
      return g?.name === w?.name;
    case 'person':
      return g?.name === w?.name && (w.role === undefined || g.role === w.role);
    case 'money':
      return g?.amount === w?.amount && g?.currency === w?.currency;
    case 'quantity':
      return (
        typeof g?.value === 'number' &&
        Math.abs((g.value as number) - (w.value as number)) < 1e-9 &&
        g.unit === w.unit
      );
    case 'date':
      return g?.iso === w?.iso;
    case 'integer':
    case 'decimal':
      return got === want;
  }
}

interface Count {
  tp: number;
  fp: number;
  fn: number;
}
const counts = new Map<string, Count>(schema.fields.map((f) => [f.key, { tp: 0, fp: 0, fn: 0 }]));
const problems: string[] = [];
const seedFiles = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const pages = seedFiles.map((file) => ({ file, text: readFileSync(join(seedsDir, file), 'utf8') }));

for (const { file, text } of pages) {
  let reference: ReferenceArticle[];
  try {
    reference = JSON.parse(
      readFileSync(join(seedsDir, 'reference', `${file}.json`), 'utf8'),
    ).articles;
  } catch {
    problems.push(`${file}: no reference file`);
    continue;
  }
  const squeezedPage = squeeze(text);
  for (const article of reference) {
    for (const [key, values] of Object.entries(article.fields)) {
      for (const v of values) {
        if (!squeezedPage.includes(squeeze(v.raw)))
          problems.push(`${file}: reference ${key} raw "${v.raw}" is not in the page`);
      }
    }
  }
  const plan = planPage(text);
  const matched = new Set<ReferenceArticle>();
  for (const planned of plan.articles) {
    const ref = reference.find(
      (r) =>
        !matched.has(r) &&
        (r.firstRangeStart === planned.ranges[0]?.start ||
          (planned.title !== null && squeeze(planned.title).startsWith(squeeze(r.title)))),
    );
    if (!ref) {
      problems.push(
        `${file}: article at ${planned.ranges[0]?.start} ("${planned.title}") has no reference`,
      );
      continue;
    }
    matched.add(ref);
    const suggestions = extractArticle({
      documentText: text,
      ranges: planned.ranges,
      title: planned.title,
      kicker: planned.kicker,
      schema,
    });
    for (const field of schema.fields) {
      const expected = ref.fields[field.key];
      if (!expected) continue;
      const got = suggestions
        .filter((s) => s.field === field.key)
        .sort((a, b) => b.confidence - a.confidence);
      const used = new Set<ReferenceValue>();
      const count = counts.get(field.key)!;
      for (const s of got) {
        const hit = expected.find(
          (e) =>
            !used.has(e) && [e.value, ...(e.also ?? [])].some((w) => sameValue(field, s.value, w)),
        );
        if (hit) {
          used.add(hit);
          count.tp++;
        } else {
          count.fp++;
          if (details)
            console.log(
              `FP ${file}@${ref.firstRangeStart} ${field.key}: ${JSON.stringify(s.value)} "${s.raw}"`,
            );
        }
      }
      for (const e of expected) {
        if (used.has(e)) continue;
        count.fn++;
        if (details)
          console.log(
            `FN ${file}@${ref.firstRangeStart} ${field.key}: ${JSON.stringify(e.value)} "${e.raw}"`,
          );
      }
    }
  }
  for (const r of reference)
    if (!matched.has(r))
      problems.push(`${file}: reference article "${r.title}" was not found by planPage`);
}

const ratio = (a: number, b: number): number => (b === 0 ? NaN : a / b);
const fmt = (x: number): string => (Number.isNaN(x) ? '–' : x.toFixed(2));
function row(name: string, c: Count): string {
  const p = ratio(c.tp, c.tp + c.fp);
  const r = ratio(c.tp, c.tp + c.fn);
  const f = Number.isNaN(p) || Number.isNaN(r) || p + r === 0 ? NaN : (2 * p * r) / (p + r);
  return `| ${name} | ${c.tp} | ${c.fp} | ${c.fn} | ${fmt(p)} | ${fmt(r)} | ${fmt(f)} |`;
}
const total: Count = { tp: 0, fp: 0, fn: 0 };
console.log('| field | TP | FP | FN | precision | recall | F1 |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const [key, c] of counts) {
  console.log(row(key, c));
  total.tp += c.tp;
  total.fp += c.fp;
  total.fn += c.fn;
}
console.log(row('**micro-average**', total));
if (problems.length > 0) console.log(`\nProblems:\n- ${problems.join('\n- ')}`);

// Speed: every seed article, `repeat` times, page plans done once (import does them once too).
const articles = pages.flatMap(({ text }) => {
  const index = new CodePointIndex(text);
  return planPage(text).articles.map((a) => ({ index, a }));
});
let produced = 0;
const started = performance.now();
for (let i = 0; i < repeat; i++) {
  for (const { index, a } of articles) {
    const out: Suggestion[] = extractArticle({
      documentText: index,
      ranges: a.ranges,
      title: a.title,
      kicker: a.kicker,
      schema,
    });
    produced += out.length;
  }
}
const seconds = (performance.now() - started) / 1000;
const n = articles.length * repeat;
console.log(
  `\nSpeed: ${n} articles (${articles.length} seed articles × ${repeat}) in ${seconds.toFixed(1)} s = ${Math.round(n / seconds)} articles/s (${produced} suggestions).`,
);
