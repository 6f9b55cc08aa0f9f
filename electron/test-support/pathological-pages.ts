import fs from 'node:fs';
import path from 'node:path';
import { bundledSeedsDir } from '../app-root';
import { seededRandom } from '../../shared/testing/seeded-random';

/**
 * Pages of shapes no real site serves but any user can import, generated to a given size: the cost
 * of importing each must grow linearly with it (issue 16, point 7). Used at 1–2 MB by the unit
 * tests and at 20 MB by `npm run stress:pages`. Generation is deterministic (seeded), so a failure
 * is reproducible byte for byte.
 */
export type PathologicalShape =
  | 'one-line'
  | 'one-line-named'
  | 'repeated-paragraph'
  | 'repeated-web-page'
  | 'random-cjk'
  | 'random-unicode'
  | 'tiny-lines'
  | 'many-articles';

export const pathologicalShapes: readonly PathologicalShape[] = [
  'one-line',
  'one-line-named',
  'repeated-paragraph',
  'repeated-web-page',
  'random-cjk',
  'random-unicode',
  'tiny-lines',
  'many-articles',
];

/** What each shape is, for reports. */
export const shapeDescriptions: Record<PathologicalShape, string> = {
  'one-line': 'one line of Chinese prose with no line break',
  'one-line-named': 'one line naming a hospital, a centre and a sum in every sentence',
  'repeated-paragraph': 'one paragraph repeated, blank line between',
  'repeated-web-page': 'a web page (menus, footer, a repeated paragraph) repeated',
  'random-cjk': 'random ideographs and punctuation, random line lengths',
  'random-unicode': 'random code points of every plane that decode as UTF-8',
  'tiny-lines': 'lines of one to three characters, many of them chrome words',
  'many-articles': 'thousands of distinct hospitals, each a kicker, headline and paragraph',
};

export { seededRandom };

const PARAGRAPH =
  '市第一人民医院今年门诊量达到一百二十万人次，较上年增长百分之八。医院投资三千二百万元建设' +
  '新门诊楼，建筑面积两万平方米，设置床位八百张，开设临床科室四十二个，2023年被评为三级甲等医院。';

/**
 * A sentence every rule reads a value in (a hospital, its province, a centre, a sum): repeated on
 * one line, each value is read at every sentence, hundreds of thousands of times on 20 MB. The
 * page the hostile-input probe imported (bench/odd-input-files.ts) peaked at 1.7 GB this way.
 */
const NAMING_SENTENCE = '北京协和医院今天宣布成立新的心脏中心，投资三亿元人民币。';

/**
 * The page text of `shape`, of about `bytes` bytes in UTF-8 (never more). Built from parts
 * joined once, so generating 20 MB takes well under a second.
 */
export function pathologicalPage(shape: PathologicalShape, bytes: number, seed = 1): string {
  const random = seededRandom(seed);
  const parts: string[] = [];
  let size = 0;
  const add = (part: string): boolean => {
    const length = Buffer.byteLength(part);
    if (size + length > bytes) return false;
    parts.push(part);
    size += length;
    return true;
  };
  switch (shape) {
    case 'one-line':
      while (add(PARAGRAPH));
      break;
    case 'one-line-named':
      while (add(NAMING_SENTENCE));
      break;
    case 'repeated-paragraph':
      while (add(`${PARAGRAPH}\n\n`));
      break;
    case 'repeated-web-page': {
      const page = fs.readFileSync(path.join(bundledSeedsDir, '003_2369a6ec6ec1c7fc.txt'), 'utf8');
      while (add(`${page}\n`));
      break;
    }
    case 'random-cjk':
      while (add(randomCjkLine(random)));
      break;
    case 'random-unicode':
      while (add(randomUnicodeRun(random)));
      break;
    case 'tiny-lines':
      while (add(tinyLine(random)));
      break;
    case 'many-articles':
      for (let n = 1; add(hospitalArticle(n, random)); n++);
      break;
  }
  return parts.join('');
}

const CJK_PUNCTUATION = '，。、；：？！“”（）《》';

function randomCjkLine(random: () => number): string {
  const length = Math.floor(random() * 400);
  let line = '';
  for (let i = 0; i < length; i++) {
    line +=
      random() < 0.1
        ? CJK_PUNCTUATION[Math.floor(random() * CJK_PUNCTUATION.length)]!
        : String.fromCodePoint(0x4e00 + Math.floor(random() * (0x9fff - 0x4e00)));
  }
  return `${line}\n`;
}

/**
 * Code points of every plane (astral ones included), none a surrogate or a control character
 * other than the line break, so that the bytes are valid UTF-8 and the file is taken as text.
 */
function randomUnicodeRun(random: () => number): string {
  let run = '';
  for (let i = 0; i < 64; i++) {
    const roll = random();
    let cp: number;
    if (roll < 0.02) cp = 0x0a;
    else if (roll < 0.3) cp = 0x20 + Math.floor(random() * 0x5f);
    else if (roll < 0.8) cp = 0xa0 + Math.floor(random() * (0xd7ff - 0xa0));
    else if (roll < 0.9) cp = 0xe000 + Math.floor(random() * (0xfffd - 0xe000));
    else cp = 0x10000 + Math.floor(random() * 0x2ffff);
    run += String.fromCodePoint(cp);
  }
  return run;
}

const TINY = ['首页', '返回顶部', '上一篇', '医院', '。', '好', '一', 'a', '12', ''];

function tinyLine(random: () => number): string {
  return `${TINY[Math.floor(random() * TINY.length)]!}\n`;
}

const DIGITS = '〇一二三四五六七八九';
const chineseNumber = (n: number): string => [...String(n)].map((d) => DIGITS[Number(d)]!).join('');

function hospitalArticle(n: number, random: () => number): string {
  const name = `第${chineseNumber(n)}人民医院`;
  const beds = 100 + Math.floor(random() * 900);
  return (
    `朝阳市${name}：\n新院区投入使用 服务能力再上台阶\n\n` +
    `${name}新院区今日正式投入使用，开放床位${beds}张，总投资${beds * 3}万元。${name}同时开设` +
    `胸痛中心和卒中中心。\n\n`
  );
}
