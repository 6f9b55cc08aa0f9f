/// <reference types="node" />
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodePointIndex, sliceCodePoints } from './codepoints';
import { buildReadingView } from './reading-view';
import { cpuMillisecondsOf } from '../testing/cpu-time';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
function readSeed(prefix: string): string {
  const name = readdirSync(SEEDS).find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(SEEDS, name), 'utf8');
}

/** Code-point range of the only occurrence of `needle` in `text`. */
function findOnce(text: string, needle: string): { start: number; end: number } {
  const at = text.indexOf(needle);
  if (at < 0 || text.indexOf(needle, at + 1) >= 0) throw new Error(`"${needle}" not unique`);
  const index = new CodePointIndex(text);
  return { start: index.toCodePoint(at), end: index.toCodePoint(at + needle.length) };
}

const halfWidth = (s: string): string =>
  s.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
const nonWhitespace = (s: string): string => halfWidth(s.replace(/[\s\u3000]/g, ''));

describe('buildReadingView on the seed pages', () => {
  const page = readSeed('000');
  const view = buildReadingView(page).text;

  it('joins OCR lines broken inside a sentence', () => {
    expect(page).toContain('阜新市第\n二人民医院');
    expect(view).toContain(
      '面对新时代的新要求，阜新市第二人民医院（妇产医院）开启了高质量发展新征程。',
    );
    expect(view).toContain('总投资达4100万元，改建面积2753平方米，其中手术室面积1406平方米，');
    // a digit on one side of the wrap: 首年门诊量1.4\n万人次
    expect(view).toContain('首年门诊量1.4万人次');
  });

  it('keeps section labels and headlines on their own lines', () => {
    expect(view).toContain('\n\n【高质量发展】\n\n提质升级\n打造高端医疗“服务圈”\n\n');
    expect(view).toContain('\n\n深化体制改革\n统筹资源布局\n\n');
    expect(view).toContain(
      '\n\n三院合一共发展 融合资源出成效\n辽宁省大连市妇女儿童医疗中心（集团）创“一院多区”新模式\n\n',
    );
    expect(view).toContain('\n□本报记者 邹欣芮\n通讯员 刘宏超\n');
    expect(readSeed('001')).toContain('智慧赋能\n便民高效');
    expect(buildReadingView(readSeed('001')).text).toContain('\n智慧赋能\n便民高效\n');
  });

  it('joins a sentence fragment that a blank line split off, although it has no comma', () => {
    expect(page).toContain('“国家级诚\n信单位”');
    expect(view).toContain('\n“全国先进基层党组织”“国家级诚信单位”“全国敬老工作先进集体”\n');
  });

  it('keeps fields that end in a number apart from the next field label', () => {
    expect(buildReadingView(readSeed('003')).text).toContain(
      '电话:0556-5512647\n备案号:皖ICP备13014413号-1',
    );
    expect(buildReadingView('电话：0556-5512647\n邮箱：a@b.cn，传真：5212207').text).toBe(
      '电话：0556-5512647\n邮箱：a@b.cn，传真：5212207',
    );
    expect(buildReadingView('全市共有医院数量达到了12\n家，比去年增加了3家。').text).toBe(
      '全市共有医院数量达到了12家，比去年增加了3家。',
    );
  });

  it('keeps breaks after sentence ends and before indented paragraphs', () => {
    expect(view).toContain('的显著变化。\n“加速推进医疗技');
    expect(view).toContain('本专版由辽宁省卫生健康委主办\n 患者动动手指，就能实现手机挂号');
    expect(view).toContain('（集团）。\n三院区实行一体化');
  });

  it('removes letter-spacing between CJK characters, keeping spaces around numbers', () => {
    expect(page).toContain('数 字 化 手 术 室 、重 症 监\n护室 、“三大中心”');
    expect(view).toContain('改造升级的数字化手术室、重症监护室、“三大中心”不仅');
    expect(view).toContain('首年门急诊量、出院患者量同比增长 20.06% 和16.55%');
    expect(view).toContain('新增购置医疗设备 237 台（套）');
  });

  it('keeps laid-out footer lines of a web page apart and web paragraphs as they are', () => {
    const web = readSeed('003');
    const webView = buildReadingView(web).text;
    expect(webView).toContain('(非上班时间)\n北院区(安庆市眼科医院)');
    expect(webView).toContain('\n\n  一、始合作\n\n');
    expect(webView).toContain('欢迎来到安庆市第二人民医院\n回到头部\n');
    for (const line of web.split('\n').filter((l) => l.trim().length > 30)) {
      expect(webView).toContain(line.trimEnd().replace('院 本 部', '院本部'));
    }
  });

  it('maps an extracted view span back to the original text it came from', () => {
    const v = buildReadingView(page);
    const span = findOnce(v.text, '阜新市第二人民医院（妇产医院）开启了');
    const back = v.rangeToOriginal(span);
    expect(sliceCodePoints(page, back.start, back.end)).toBe(
      '阜新市第\n二人民医院（妇产医院）开启了',
    );
    expect(v.rangeToView(back)).toEqual(span);
  });

  it('gives the same view for CRLF and CR line endings', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const lf = readSeed(prefix);
      const expected = buildReadingView(lf).text;
      expect(buildReadingView(lf.replace(/\n/g, '\r\n')).text).toBe(expected);
      expect(buildReadingView(lf.replace(/\n/g, '\r')).text).toBe(expected);
    }
  });

  it('is idempotent on every seed', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const once = buildReadingView(readSeed(prefix)).text;
      expect(buildReadingView(once).text).toBe(once);
    }
  });
});

describe('buildReadingView on small texts', () => {
  it('collapses paragraph breaks with blank and whitespace-only lines to one blank line', () => {
    expect(buildReadingView('甲。\r\n  \r\n\u3000\r\n\r\n乙。').text).toBe('甲。\n\n乙。');
    expect(buildReadingView('\n\n 甲。\n\n\n').text).toBe(' 甲。');
  });

  it('trims spaces at line ends but keeps indentation', () => {
    expect(buildReadingView('第一段。 \u3000\n\u3000\u3000第二段。\u00a0').text).toBe(
      '第一段。\n\u3000\u3000第二段。',
    );
  });

  it('keeps a credit line between the headline and the text on its own line (found on set J)', () => {
    const page =
      '仁和醫院新大樓啟用 增床百張\n記者蔡明哲∕嘉義報導\n仁和醫院新大樓今天啟用，院長出席。';
    expect(buildReadingView(page).text).toBe(page);
    expect(
      buildReadingView('中医医院明年落成\n何嘉欣報道\n位于某区的中医医院明年落成，设病床300张。')
        .text,
    ).toBe('中医医院明年落成\n何嘉欣報道\n位于某区的中医医院明年落成，设病床300张。');
    // A wrapped sentence that ends in 报道 is joined as before.
    expect(buildReadingView('县医院开展义诊的做法被多家媒体报道\n受到群众好评。').text).toBe(
      '县医院开展义诊的做法被多家媒体报道受到群众好评。',
    );
  });

  it('leaves Latin text alone', () => {
    expect(buildReadingView('hello world\nfoo  bar').text).toBe('hello world\nfoo  bar');
  });

  it('keeps a space between two CJK words unless asked to remove all', () => {
    expect(buildReadingView('承医者使命 护人民健康').text).toBe('承医者使命 护人民健康');
    expect(buildReadingView('承医者使命 护人民健康', { cjkSpaces: 'all' }).text).toBe(
      '承医者使命护人民健康',
    );
  });

  it('normalises full-width letters and digits unless told not to', () => {
    expect(buildReadingView('ＣＴ检查１２次').text).toBe('CT检查12次');
    expect(buildReadingView('ＣＴ检查１２次', { halfWidthAlphanumerics: false }).text).toBe(
      'ＣＴ检查１２次',
    );
  });

  it('counts offsets in code points, across astral characters', () => {
    const original = '𠀀😀，第\n二 人。';
    const view = buildReadingView(original);
    expect(view.text).toBe('𠀀😀，第二人。');
    expect(view.toOriginal(4)).toBe(5); // 二 after 𠀀 😀 ， 第 \n
    expect(view.toOriginal(5)).toBe(7); // 人 after the removed space
    expect(view.toOriginal(7)).toBe(9);
  });

  it('maps an original offset inside removed text to the next kept view position', () => {
    // 甲乙\r\n丙丁 alone would be a two-line headline; the comma makes it a wrapped sentence
    const view = buildReadingView('甲乙\r\n丙丁，');
    expect(view.text).toBe('甲乙丙丁，');
    expect(view.toView(2)).toBe(2); // the \r
    expect(view.toView(3)).toBe(2); // the \n
    expect(view.toView(4)).toBe(2); // 丙
    expect(view.rangeToView({ start: 2, end: 4 })).toEqual({ start: 2, end: 2 });
  });

  it('maps a kept CRLF to one newline whose original range covers both characters', () => {
    const view = buildReadingView('一。\r\n二。');
    expect(view.text).toBe('一。\n二。');
    expect(view.rangeToOriginal({ start: 2, end: 3 })).toEqual({ start: 2, end: 4 });
    expect(view.rangeToOriginal({ start: 1, end: 1 })).toEqual({ start: 1, end: 1 });
  });

  it('rejects offsets outside the text', () => {
    const view = buildReadingView('甲乙');
    expect(() => view.toOriginal(3)).toThrow(RangeError);
    expect(() => view.toView(-1)).toThrow(RangeError);
    expect(() => view.rangeToOriginal({ start: 2, end: 1 })).toThrow(RangeError);
  });
});

/** Texts from an alphabet chosen to hit every rule: CJK, punctuation, spaces, breaks, astral. */
const PIECES = [
  '中',
  '文',
  '阜',
  '新',
  '市',
  '第',
  '二',
  '𠀀',
  '😀',
  '\ud800', // a lone surrogate stays one code point
  'e\u0301',
  'a',
  'b',
  'Z',
  '1',
  '9',
  'Ａ',
  '１',
  'ｚ',
  '。',
  '，',
  '、',
  '：',
  '！',
  '“',
  '”',
  '【',
  '】',
  '（',
  '）',
  '%',
  '(',
  ')',
  ',',
  '.',
  ' ',
  ' ',
  '\u3000',
  '\u00a0',
  '\t',
  '   ',
  '\n',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
];
const texts = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 80 })
  .map((pieces) => pieces.join(''));

/** Page-shaped texts: lines of CJK words of varied widths, wrapped, indented, with blank lines. */
const WORDS = [
  '阜新市',
  '第二',
  '人民医院',
  '发展',
  '1.4',
  '2023年',
  '电话',
  '：',
  '，',
  '。',
  '、',
  '“',
  '”',
];
const pageLines = fc
  .array(
    fc.record({
      indent: fc.constantFrom('', '', '', ' ', '\u3000\u3000'),
      words: fc.array(fc.constantFrom(...WORDS, ' ', '   ', 'ＡＢ', 'Latin words'), {
        maxLength: 14,
      }),
      end: fc.constantFrom('\n', '\n', '\n', '\r\n', '\n\n', '\n \n', '\r'),
    }),
    { maxLength: 25 },
  )
  .map((lines) => lines.map((l) => l.indent + l.words.join('') + l.end).join(''));

describe('buildReadingView properties', () => {
  it('holds its invariants on page-shaped texts', () => {
    fc.assert(
      fc.property(pageLines, (original) => {
        const view = buildReadingView(original);
        expect(buildReadingView(view.text).text).toBe(view.text);
        expect(nonWhitespace(view.text)).toBe(nonWhitespace(original));
        const length = Array.from(view.text).length;
        const unmapped = [];
        for (let v = 0; v <= length; v++)
          if (view.toView(view.toOriginal(v)) !== v) unmapped.push(v);
        expect(unmapped).toEqual([]);
        const back = view.rangeToOriginal({ start: 0, end: length });
        expect(nonWhitespace(sliceCodePoints(original, back.start, back.end))).toBe(
          nonWhitespace(view.text),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('(a) every view character except newlines is its source character, maybe half-width', () => {
    fc.assert(
      fc.property(texts, (original) => {
        const view = buildReadingView(original);
        const source = Array.from(original);
        Array.from(view.text).forEach((ch, v) => {
          if (ch === '\n') return;
          const from = source[view.toOriginal(v)]!;
          expect(ch === from || ch === halfWidth(from)).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('(b) toOriginal is increasing and toView inverts it', () => {
    fc.assert(
      fc.property(texts, (original) => {
        const view = buildReadingView(original);
        const length = Array.from(view.text).length;
        for (let v = 0; v <= length; v++) {
          if (v > 0) expect(view.toOriginal(v)).toBeGreaterThan(view.toOriginal(v - 1));
          expect(view.toView(view.toOriginal(v))).toBe(v);
        }
        const originalLength = Array.from(original).length;
        for (let o = 0; o <= originalLength; o++) {
          const v = view.toView(o);
          expect(view.toOriginal(v)).toBeGreaterThanOrEqual(o);
          if (v > 0) expect(view.toOriginal(v - 1)).toBeLessThan(o);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('(c) a view range maps to an original range with the same non-whitespace text', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (original, a, b) => {
        const view = buildReadingView(original);
        const length = Array.from(view.text).length;
        const start = Math.min(a, b) % (length + 1);
        const end = start + ((Math.max(a, b) - Math.min(a, b)) % (length - start + 1));
        const back = view.rangeToOriginal({ start, end });
        expect(nonWhitespace(sliceCodePoints(original, back.start, back.end))).toBe(
          nonWhitespace(sliceCodePoints(view.text, start, end)),
        );
        if (start < end) expect(view.rangeToView(back)).toEqual({ start, end });
      }),
      { numRuns: 500 },
    );
  });

  it('(d) the view never contains a carriage return or a blank line with spaces', () => {
    fc.assert(
      fc.property(texts, (original) => {
        const { text } = buildReadingView(original);
        expect(text).not.toContain('\r');
        expect(text).not.toMatch(/\n\n\n|[ \t\u3000\u00a0]\n|\n[ \t\u3000\u00a0]+\n/);
      }),
      { numRuns: 500 },
    );
  });

  it('(e) building a view of the view changes nothing', () => {
    fc.assert(
      fc.property(texts, (original) => {
        const once = buildReadingView(original).text;
        expect(buildReadingView(once).text).toBe(once);
        const all = buildReadingView(original, { cjkSpaces: 'all' }).text;
        expect(buildReadingView(all, { cjkSpaces: 'all' }).text).toBe(all);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps every non-whitespace character of the original, in order', () => {
    fc.assert(
      fc.property(texts, (original) => {
        expect(nonWhitespace(buildReadingView(original).text)).toBe(nonWhitespace(original));
      }),
      { numRuns: 500 },
    );
  });
});

describe('buildReadingView performance', () => {
  const seeds = ['000', '001', '002', '003', '004'].map(readSeed);
  const pages = seeds.map((seed) => (seed + seed).slice(0, 5000));

  /** Fewest CPU ms of five runs: a collection can land in any one of them. */
  function fastest(run: () => void): number {
    let best = Infinity;
    for (let i = 0; i < 5; i++) best = Math.min(best, cpuMillisecondsOf(run));
    return best;
  }

  it('builds 10,000 pages of about 5,000 characters in seconds', () => {
    let total = 0;
    const seconds =
      cpuMillisecondsOf(() => {
        for (let i = 0; i < 10_000; i++)
          total += buildReadingView(pages[i % pages.length]!).text.length;
      }) / 1000;
    expect(total).toBeGreaterThan(10_000 * 4000);
    // About 3 s of CPU on a slow 2-core machine; the bound only leaves room for a busy one.
    expect(seconds).toBeLessThan(30);
  });

  it('takes time linear in the length of the page', () => {
    const many = Array.from({ length: 100 }, (_, i) => pages[i % pages.length]!);
    const oneBigPage = many.join('\n');
    const oneLongLine = many.join('').replace(/\n/g, ' ');
    const small = fastest(() => many.forEach((page) => buildReadingView(page)));
    // Time quadratic in the length would make the pages joined about 100× slower than one by one;
    // 8× leaves room for a collection or a busy neighbour in the middle of a run.
    expect(fastest(() => buildReadingView(oneBigPage))).toBeLessThan(small * 8 + 20);
    expect(fastest(() => buildReadingView(oneLongLine))).toBeLessThan(small * 8 + 20);
  });
});
