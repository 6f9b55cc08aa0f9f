/**
 * Extraction quality against hand-made references, as two tables: the five seed pages
 * (seeds/reference/) and the written test articles (bench/articles/, pages of the kinds users
 * bring, written for this benchmark and never used to write rules). For each: precision, recall
 * and F1 per field, micro- and macro-averaged, span exactness, and confidence bucket → precision;
 * for the written articles also traditional vs simplified pages, reporters and people recall,
 * values on pages not about a hospital, and values read from site chrome. Then the speed.
 *
 *   npx tsx bench/extraction-quality.ts [--repeat 2000] [--details]
 *   npx tsx bench/extraction-quality.ts --calibrate   (npm run calibrate:extraction)
 *   npx tsx bench/extraction-quality.ts --reference-dir DIR [--details] [--schema company-news|FILE]
 *
 * --reference-dir measures a set of pages kept outside the repo instead (real pages nobody wrote
 * the rules from: DIR holds the pages, DIR/reference/ their references in the written articles'
 * format, read and judged the same way) and prints only its table and figures. --schema judges
 * them with another schema (company-news, or a schema JSON file) instead of hospital-news.
 *
 * --calibrate refits shared/extraction/calibration-table.ts from both sets (raw rule confidence
 * → share right) before reporting, and writes it.
 *
 *   npx tsx bench/extraction-quality.ts --sets DIR,DIR… [--held-out DIR,DIR…] [--calibrate]
 *
 * --sets adds sets of real pages kept outside the repo (each in the --reference-dir layout) to the
 * calibration: the confidence → precision table is printed pooled over the seeds, the written
 * articles and every set, then per set; with --calibrate the table is fitted on all of them but
 * the --held-out sets, whose rows then say how the calibration holds on pages it never saw.
 */
import { writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { extractArticle, type Suggestion } from '../shared/extraction';
import { calibrateConfidence, type CalibrationTable } from '../shared/extraction/calibration';
import { fitCalibrationTable } from '../shared/extraction/calibration-fit';
import { CALIBRATION_TABLE } from '../shared/extraction/calibration-table';
import { extractArticleUncalibrated } from '../shared/extraction/extract-article';
import { planPage } from '../shared/pages/plan-page';
import { parseFieldSchema } from '../shared/schema';
import { CodePointIndex } from '../shared/text/codepoints';
import { useJieba } from '../electron/nlp/jieba-tagger';
import { addCount, emptyCount, type Count, type Judged } from './quality-judge';
import {
  chromeRanges,
  evaluateSet,
  loadSeeds,
  loadWrittenArticles,
  type SetResult,
} from './quality-sets';

// Word segmentation as in the app (electron/services/extract-articles.ts).
useJieba();

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = join(root, 'seeds');
const articlesDir = join(root, 'bench', 'articles');
const companyArticlesDir = join(articlesDir, 'company-news');
const tablePath = join(root, 'shared', 'extraction', 'calibration-table.ts');
const args = process.argv.slice(2);
const repeat = Number(args[args.indexOf('--repeat') + 1] ?? 0) || 2000;
const details = args.includes('--details');
const calibrate = args.includes('--calibrate');
/** A comma-separated list argument ('--sets a,b'), empty when absent. */
const listArg = (flag: string): string[] =>
  args.includes(flag)
    ? (args[args.indexOf(flag) + 1] ?? '').split(',').filter((d) => d !== '' && !d.startsWith('--'))
    : [];
const setDirs = listArg('--sets');
const heldOutDirs = new Set(listArg('--held-out'));
const referenceDir = args.includes('--reference-dir')
  ? args[args.indexOf('--reference-dir') + 1]
  : undefined;
if (referenceDir !== undefined && (referenceDir === '' || referenceDir.startsWith('--'))) {
  console.error('--reference-dir needs a directory (pages in it, references in DIR/reference/)');
  process.exit(2);
}
/** Below this (calibrated) confidence a suggestion is "low": the curator is told to check it. */
const LOW_CONFIDENCE = 0.5;
const BUCKETS = [0, 0.5, 0.7, 0.9, 1.0000001];

const schema = parseFieldSchema(
  JSON.parse(readFileSync(join(seedsDir, 'hospital-news.schema.json'), 'utf8')),
);

const seedProblems: string[] = [];
const seeds = evaluateSet(
  'seeds',
  loadSeeds(seedsDir, seedProblems),
  schema,
  seedProblems,
  'seeds',
);
const writtenProblems: string[] = [];
const written = evaluateSet(
  'written articles',
  await loadWrittenArticles(articlesDir, writtenProblems),
  schema,
  writtenProblems,
  'written',
);

// The second domain: company news, judged with its own schema (shared/schema/builtin/).
const companySchema = parseFieldSchema(
  JSON.parse(
    readFileSync(join(root, 'shared', 'schema', 'builtin', 'company-news.schema.json'), 'utf8'),
  ),
);
const companyProblems: string[] = [];
const companyNews = evaluateSet(
  'company news',
  await loadWrittenArticles(companyArticlesDir, companyProblems),
  companySchema,
  companyProblems,
  'written',
);

// Sets of real pages outside the repo (--sets): judged like the written articles.
const realSets: SetResult[] = [];
for (const dir of setDirs) {
  const problems: string[] = [];
  realSets.push(
    evaluateSet(dir, await loadWrittenArticles(dir, problems), schema, problems, 'written'),
  );
  if (problems.length > 0) console.log(`Problems in ${dir}:\n- ${problems.join('\n- ')}\n`);
}
/** The sets the calibration table is fitted on: all but the held-out ones. */
const fitSets = [seeds, written, ...realSets.filter((set) => !heldOutDirs.has(set.name))];

let table: CalibrationTable = CALIBRATION_TABLE;
if (calibrate) {
  table = fitCalibrationTable(
    fitSets.flatMap((set) =>
      set.articles.flatMap((a) =>
        a.verdict.judged.map((j) => ({
          extractor: j.suggestion.extractor,
          raw: j.suggestion.confidence,
          correct: j.correct,
        })),
      ),
    ),
  );
  const samples = fitSets.reduce((n, set) => n + set.articles.length, 0);
  const realPages = fitSets.slice(2).reduce((n, set) => n + set.pages.length, 0);
  const source = `// Written by \`npm run calibrate:extraction\` (bench/extraction-quality.ts --calibrate); do not edit.
// Fitted on ${samples} articles (seeds, bench/articles/${realPages > 0 ? ` and ${realPages} real pages kept outside the repo` : ''}): per rule, raw confidence → share right.
import type { CalibrationTable } from './calibration-points';

export const CALIBRATION_TABLE: CalibrationTable = ${JSON.stringify(table)};
`;
  const options = { ...(await resolveConfig(tablePath)), filepath: tablePath };
  writeFileSync(tablePath, await format(source, options));
  console.log(`Calibration table written to shared/extraction/calibration-table.ts.\n`);
}
const calibrated = (s: Suggestion): number => {
  const points = table[s.extractor];
  return points ? calibrateConfidence(points, s.confidence) : s.confidence;
};

const ratio = (a: number, b: number): number => (b === 0 ? NaN : a / b);
const fmt = (x: number): string => (Number.isNaN(x) ? '–' : x.toFixed(2));
const f1 = (c: Count): number => {
  const p = ratio(c.tp, c.tp + c.fp);
  const r = ratio(c.tp, c.tp + c.fn);
  return Number.isNaN(p) || Number.isNaN(r) || p + r === 0
    ? c.tp + c.fp + c.fn > 0
      ? 0
      : NaN
    : (2 * p * r) / (p + r);
};
const row = (name: string, c: Count): string =>
  `| ${name} | ${c.tp} | ${c.fp} | ${c.fn} | ${fmt(ratio(c.tp, c.tp + c.fp))} | ${fmt(ratio(c.tp, c.tp + c.fn))} | ${fmt(f1(c))} |`;

function fieldCounts(
  set: SetResult,
  keep: (a: SetResult['articles'][number]) => boolean = () => true,
): Map<string, Count> {
  const counts = new Map<string, Count>(set.schema.fields.map((f) => [f.key, emptyCount()]));
  for (const a of set.articles) {
    if (!keep(a)) continue;
    for (const [key, c] of a.verdict.counts) addCount(counts.get(key)!, c);
  }
  return counts;
}
const micro = (counts: Map<string, Count>): Count => {
  const total = emptyCount();
  for (const c of counts.values()) addCount(total, c);
  return total;
};
/** Mean F1 over the fields with anything expected or suggested. */
const macro = (counts: Map<string, Count>): number => {
  const scores = [...counts.values()].filter((c) => c.tp + c.fp + c.fn > 0).map(f1);
  return scores.length === 0 ? NaN : scores.reduce((a, b) => a + b, 0) / scores.length;
};

function printTable(set: SetResult): void {
  const counts = fieldCounts(set);
  console.log('| field | TP | FP | FN | precision | recall | F1 |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const [key, c] of counts) console.log(row(key, c));
  console.log(row('**micro-average**', micro(counts)));
  console.log(
    `| **macro-average** (mean F1 of ${[...counts.values()].filter((c) => c.tp + c.fp + c.fn > 0).length} fields) | | | | | | ${fmt(macro(counts))} |`,
  );
}

function printDetails(set: SetResult): void {
  for (const a of set.articles) {
    const where = `${a.page.file}@${a.reference?.title ?? a.planned?.title ?? '?'}`;
    for (const j of a.verdict.judged)
      if (!j.correct)
        console.log(
          `FP ${where} ${j.field}: ${JSON.stringify(j.suggestion.value)} "${j.suggestion.raw}" (${j.suggestion.extractor} ${j.suggestion.confidence})`,
        );
    for (const m of a.verdict.missed)
      console.log(`FN ${where} ${m.field}: ${JSON.stringify(m.value.value)} "${m.value.raw}"`);
  }
}

/**
 * Calibrated confidence of each judged suggestion as if its page had not been seen: the table
 * refitted on every other page of both sets (leave one page out), so the bucket precision under
 * it is an honest estimate of how the calibration holds on new pages.
 */
function heldOutConfidence(): Map<Judged, number> {
  const all = fitSets.flatMap((set) =>
    set.articles.flatMap((a) =>
      a.verdict.judged.map((j) => ({ page: `${set.name}/${a.page.file}`, j })),
    ),
  );
  const out = new Map<Judged, number>();
  for (const page of new Set(all.map((x) => x.page))) {
    const others = fitCalibrationTable(
      all
        .filter((x) => x.page !== page)
        .map(({ j }) => ({
          extractor: j.suggestion.extractor,
          raw: j.suggestion.confidence,
          correct: j.correct,
        })),
    );
    for (const { j } of all.filter((x) => x.page === page)) {
      const points = others[j.suggestion.extractor];
      out.set(
        j,
        points ? calibrateConfidence(points, j.suggestion.confidence) : j.suggestion.confidence,
      );
    }
  }
  return out;
}
const heldOut = heldOutConfidence();

function printBuckets(set: SetResult | Judged[]): void {
  const judged = Array.isArray(set) ? set : set.articles.flatMap((a) => a.verdict.judged);
  console.log(
    '\n| confidence | suggestions | right | precision | mean confidence | raw: suggestions | raw: precision | held out: suggestions | held out: precision |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  const precisionOf = (list: Judged[]): string =>
    `${list.length} | ${fmt(ratio(list.filter((j) => j.correct).length, list.length))}`;
  for (let b = 0; b + 1 < BUCKETS.length; b++) {
    const inBucket = (x: number): boolean => x >= BUCKETS[b]! && x < BUCKETS[b + 1]!;
    const cal = judged.filter((j) => inBucket(calibrated(j.suggestion)));
    const raw = judged.filter((j) => inBucket(j.suggestion.confidence));
    // A page of a held-out set was never fitted on: its calibrated confidence is held out.
    const cv = judged.filter((j) => inBucket(heldOut.get(j) ?? calibrated(j.suggestion)));
    const right = cal.filter((j) => j.correct).length;
    const mean = cal.reduce((s, j) => s + calibrated(j.suggestion), 0) / cal.length;
    console.log(
      `| ${BUCKETS[b]!.toFixed(1)}–${Math.min(1, BUCKETS[b + 1]!).toFixed(1)} | ${cal.length} | ${right} | ${fmt(ratio(right, cal.length))} | ${fmt(mean)} | ${precisionOf(raw)} | ${precisionOf(cv)} |`,
    );
  }
}

function printFigures(set: SetResult, full: boolean): void {
  const counts = fieldCounts(set);
  const recall = (key: string): string => {
    const c = counts.get(key);
    // A schema without the field (company-news has no reporters): nothing to say.
    if (!c) return '– (no such field)';
    return `${fmt(ratio(c.tp, c.tp + c.fn))} (${c.tp} of ${c.tp + c.fn})`;
  };
  const pages = new Set(set.articles.map((a) => a.page.file)).size;
  console.log(`\n- articles judged: ${set.articles.length} on ${pages} pages`);
  console.log(
    `- spans exact: ${set.spans.checked - set.spans.inexact} of ${set.spans.checked}${set.spans.inexact ? ' **(NOT ALL EXACT)**' : ''}`,
  );
  console.log(`- reporters recall: ${recall('reporters')}; people recall: ${recall('people')}`);
  if (!full) return;
  for (const script of ['simplified', 'traditional'] as const) {
    const c = micro(
      fieldCounts(
        set,
        (a) =>
          (a.page.reference?.script ?? 'simplified') === script &&
          a.page.reference?.subject !== 'other',
      ),
    );
    const n = set.pages.filter(
      (p) => (p.reference?.script ?? 'simplified') === script && p.reference?.subject !== 'other',
    ).length;
    console.log(
      `- ${script} pages about hospitals (${n}): micro F1 ${fmt(f1(c))} (precision ${fmt(ratio(c.tp, c.tp + c.fp))}, recall ${fmt(ratio(c.tp, c.tp + c.fn))})`,
    );
  }
  const other = set.articles.filter((a) => a.page.reference?.subject === 'other');
  const otherValues = other.flatMap((a) => a.suggestions);
  const aboveLow = otherValues.filter((s) => calibrated(s) >= LOW_CONFIDENCE);
  console.log(
    `- values on ${new Set(other.map((a) => a.page.file)).size} pages not about a hospital: ${otherValues.length}, of which at or above low confidence (${LOW_CONFIDENCE}): **${aboveLow.length}**${aboveLow.length ? ` (${[...new Set(aboveLow.map((s) => s.field))].join(', ')})` : ''}`,
  );
  let fromChrome = 0;
  let fromChromeAboveLow = 0;
  const chromeFields = new Set<string>();
  for (const page of set.pages) {
    const ranges = chromeRanges(page);
    for (const a of set.articles.filter((x) => x.page === page))
      for (const s of a.suggestions)
        if (s.spans.some((sp) => ranges.some((r) => sp.start < r.end && r.start < sp.end))) {
          fromChrome++;
          if (calibrated(s) >= LOW_CONFIDENCE) fromChromeAboveLow++;
          chromeFields.add(s.field);
          if (details)
            console.log(
              `  chrome: ${page.file} ${s.field} "${s.raw}" (${s.extractor} ${s.confidence}, calibrated ${calibrated(s).toFixed(2)})`,
            );
        }
  }
  const chromePages = set.pages.filter((p) => (p.reference?.chrome ?? []).length > 0).length;
  console.log(
    `- values read from site chrome (${chromePages} pages with chrome lines marked): **${fromChrome}**${fromChrome ? ` (${[...chromeFields].join(', ')})` : ''}, of which at or above low confidence (${LOW_CONFIDENCE}): **${fromChromeAboveLow}**`,
  );
}

if (referenceDir !== undefined) {
  const problems: string[] = [];
  const schemaArg = args.includes('--schema') ? args[args.indexOf('--schema') + 1] : undefined;
  const referenceSchema =
    schemaArg === undefined
      ? schema
      : schemaArg === 'company-news'
        ? companySchema
        : parseFieldSchema(JSON.parse(readFileSync(schemaArg, 'utf8')));
  const set = evaluateSet(
    referenceDir,
    await loadWrittenArticles(referenceDir, problems),
    referenceSchema,
    problems,
    'written',
  );
  console.log(`## Pages of ${referenceDir} (${set.pages.length} pages)\n`);
  printTable(set);
  if (problems.length > 0) console.log(`\nProblems:\n- ${problems.join('\n- ')}`);
  printFigures(set, true);
  printBuckets(set);
  if (details) printDetails(set);
  process.exit(0);
}

console.log(`## Seeds (seeds/, ${seeds.pages.length} pages)\n`);
printTable(seeds);
if (seedProblems.length > 0) console.log(`\nProblems:\n- ${seedProblems.join('\n- ')}`);
printFigures(seeds, false);
printBuckets(seeds);
if (details) printDetails(seeds);

console.log(`\n## Written test articles (bench/articles/, ${written.pages.length} pages)\n`);
printTable(written);
if (writtenProblems.length > 0) console.log(`\nProblems:\n- ${writtenProblems.join('\n- ')}`);
printFigures(written, true);
printBuckets(written);
if (details) printDetails(written);

console.log(
  `\n## Company news (bench/articles/company-news/, ${companyNews.pages.length} pages, schema company-news)\n`,
);
printTable(companyNews);
if (companyProblems.length > 0) console.log(`\nProblems:\n- ${companyProblems.join('\n- ')}`);
console.log(
  `\n- spans exact: ${companyNews.spans.checked - companyNews.spans.inexact} of ${companyNews.spans.checked}${companyNews.spans.inexact ? ' **(NOT ALL EXACT)**' : ''}`,
);
if (details) printDetails(companyNews);

if (realSets.length > 0) {
  printRealPagesPooled();
  printCalibrationOverAllSets();
}

/** The done criteria over every real page at once: one set of them all, its table and figures. */
function printRealPagesPooled(): void {
  const pooled: SetResult = {
    name: 'real pages',
    schema,
    pages: realSets.flatMap((set) => set.pages),
    articles: realSets.flatMap((set) => set.articles),
    problems: [],
    spans: {
      checked: realSets.reduce((n, set) => n + set.spans.checked, 0),
      inexact: realSets.reduce((n, set) => n + set.spans.inexact, 0),
    },
  };
  console.log(
    `\n## Real pages of ${realSets.length} sets pooled (${pooled.pages.length} pages: ${realSets.map((set) => set.name).join(', ')})\n`,
  );
  printTable(pooled);
  printFigures(pooled, true);
}

/**
 * Whether the calibrated confidences mean what they say on every page the team has references
 * for, not only on the pages the table was fitted on: the buckets pooled over all sets, then each
 * set's row (suggestions / precision per bucket; "held out" marks the sets the fit never saw).
 */
function printCalibrationOverAllSets(): void {
  const sets = [seeds, written, ...realSets];
  const judgedOf = (set: SetResult): Judged[] => set.articles.flatMap((a) => a.verdict.judged);
  console.log(
    `\n## Calibration over all sets (seeds, written articles and ${realSets.length} sets of real pages)`,
  );
  printBuckets(sets.flatMap(judgedOf));
  const heads = BUCKETS.slice(0, -1).map(
    (lo, b) => `${lo.toFixed(1)}–${Math.min(1, BUCKETS[b + 1]!).toFixed(1)}`,
  );
  console.log(`\n| set | pages | ${heads.join(' | ')} |`);
  console.log(`|---|---:|${heads.map(() => '---:').join('|')}|`);
  for (const set of sets) {
    const judged = judgedOf(set);
    const cells = heads.map((_, b) => {
      const inBucket = judged.filter((j) => {
        const c = calibrated(j.suggestion);
        return c >= BUCKETS[b]! && c < BUCKETS[b + 1]!;
      });
      const right = inBucket.filter((j) => j.correct).length;
      return `${inBucket.length} / ${fmt(ratio(right, inBucket.length))}`;
    });
    const name = heldOutDirs.has(set.name) ? `${set.name} (held out)` : set.name;
    console.log(`| ${name} | ${set.pages.length} | ${cells.join(' | ')} |`);
  }
  console.log('\n(each cell: suggestions in the bucket / share of them right)');
}
console.log(
  `\nConfidence is the calibrated one the app shows (shared/extraction/calibration-table.ts, ${Object.keys(table).length} rules fitted); "raw" is the rules' own; "held out" is calibrated by a table refitted without the suggestion's page (leave one page out). Low confidence: below ${LOW_CONFIDENCE}.`,
);

// Speed: every seed article, `repeat` times, page plans done once (import does them once too);
// the same loop without calibration is the baseline, measured in the same run.
const articles = seeds.pages.flatMap(({ text }) => {
  const index = new CodePointIndex(text);
  return planPage(text).articles.map((a) => ({ index, a }));
});
function timeExtraction(
  extract: typeof extractArticle,
  times = repeat,
): { seconds: number; produced: number } {
  let produced = 0;
  // CPU time, not wall time: on a shared machine other processes' load would swamp the
  // difference being measured.
  const started = process.cpuUsage();
  for (let i = 0; i < times; i++) {
    for (const { index, a } of articles) {
      const out: Suggestion[] = extract({
        documentText: index,
        ranges: a.ranges,
        title: a.title,
        kicker: a.kicker,
        schema,
      });
      produced += out.length;
    }
  }
  const used = process.cpuUsage(started);
  return { seconds: (used.user + used.system) / 1e6, produced };
}
timeExtraction(extractArticle, Math.ceil(repeat / 10)); // warm-up, so neither loop pays for the JIT
const bare = timeExtraction(extractArticleUncalibrated);
const { seconds, produced } = timeExtraction(extractArticle);
const n = articles.length * repeat;
console.log(
  `\nSpeed: ${n} articles (${articles.length} seed articles × ${repeat}) in ${seconds.toFixed(1)} s of CPU = ${Math.round(n / seconds)} articles per CPU second (${produced} suggestions); without calibration ${bare.seconds.toFixed(1)} s = ${Math.round(n / bare.seconds)} per CPU second.`,
);
