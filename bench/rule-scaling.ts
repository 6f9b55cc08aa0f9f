/**
 * Whether the extraction rules stay linear on lines with no sentence end: each shape is a short
 * unit repeated into one line of N and of 4N characters, planned and extracted as an import
 * does. A rule that reads the whole line around each mention it finds makes the longer line take
 * 16 times as long, and a hostile page of one such megabyte line takes hours. Beside each shape,
 * a bare baseline of the same run: one pass of a simple regular expression over the same text.
 *
 *   npx tsx bench/rule-scaling.ts [--chars 6000] [--units 1床,投资,一]
 *
 * The verdict per shape: linear when 4× the characters cost at most 8× the time (CPU time of
 * this thread, the faster of two runs, so that other load counts as little as it can).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../shared/extraction';
import { planPage } from '../shared/pages/plan-page';
import { parseFieldSchema } from '../shared/schema';
import { parseOptions, wholeNumber, type OptionReader } from './options';

const DEFAULT_UNITS = [
  '1床',
  '1元',
  '1平方米',
  '投资',
  '总投资',
  '一',
  '二十',
  '1万',
  '医院',
  '院长李',
  '记者王',
  '（记者',
  '荣获“',
  '省市',
  '2020年',
  '，',
  '张三、',
  'NT$',
  '億',
  '其中',
];

const unitList: OptionReader<string[]> = (raw, flag) => {
  const list = (raw ?? '').split(',').filter((unit) => unit !== '');
  if (list.length === 0) throw new Error(`${flag} needs units separated by commas`);
  return list;
};
const { chars, units } = parseOptions(
  process.argv.slice(2),
  { chars: 6000, units: DEFAULT_UNITS },
  { chars: wholeNumber(100), units: unitList },
  'npx tsx bench/rule-scaling.ts [--chars N] [--units A,B]',
);
const schema = parseFieldSchema(
  JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'seeds', 'hospital-news.schema.json'), 'utf8'),
  ),
);

function cpuMs(work: () => void): number {
  let best = Infinity;
  for (let run = 0; run < 2; run++) {
    const before = process.cpuUsage();
    work();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const extract = (text: string) => (): void => {
  for (const a of planPage(text).articles) {
    extractArticle({
      documentText: text,
      ranges: a.ranges,
      title: a.title,
      kicker: a.kicker,
      schema,
    });
  }
};
/** The bare baseline: one global pass of a simple pattern over the same text. */
const bare = (text: string) => (): void => {
  text.match(/\d+|[一二三四五六七八九十]+|医院/gu);
};

extract('某某县人民医院院长张三说，新院区投资1亿元，床位500张。')();
console.log(
  `| unit | ${chars} chars, ms | ${chars * 4} chars, ms | × | bare regex, ms (${chars * 4}) | verdict |`,
);
console.log('| --- | ---: | ---: | ---: | ---: | --- |');
let quadratic = 0;
for (const unit of units) {
  const short = unit.repeat(Math.max(1, Math.round(chars / unit.length)));
  const long = unit.repeat(Math.max(1, Math.round((4 * chars) / unit.length)));
  const a = cpuMs(extract(short));
  const b = cpuMs(extract(long));
  const ratio = b / Math.max(a, 1);
  const linear = ratio <= 8 || b < 50;
  if (!linear) quadratic++;
  console.log(
    `| ${unit} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${ratio.toFixed(1)} | ${cpuMs(bare(long)).toFixed(2)} | ${linear ? 'linear' : 'NOT linear'} |`,
  );
}
console.log(
  `\n${quadratic} of ${units.length} shapes grow faster than linearly (4× the characters, over 8× the time and 50 ms).`,
);
