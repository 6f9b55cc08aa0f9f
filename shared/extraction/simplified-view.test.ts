import { describe, expect, it } from 'vitest';
import { extractFrom } from './rules/rule-test-kit';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConverterFactory } from 'opencc-js/core';
import { configs } from 'opencc-js/preset/t2cn';
import { convert, isTraditional, simplifiedView } from './simplified-view';
import { seededRandom as random } from '../testing/seeded-random';

describe('simplifiedView', () => {
  it('tells traditional text from simplified text that holds a few convertible characters', () => {
    expect(isTraditional('辽宁省锦州市中心医院总投资2亿元，成效显著。')).toBe(false);
    expect(isTraditional('遼寧省錦州市中心醫院總投資2億元，成效顯著。')).toBe(true);
    expect(isTraditional('Hospital 2024')).toBe(false);
  });

  it('leaves a simplified article exactly as written (显著 is not read as 显着)', () => {
    const text = '锦州市中心医院服务能力显著提升。';
    const found = extractFrom(text, ['hospital']);
    expect(found[0]?.value).toBe('锦州市中心医院');
  });

  it('converts traditional characters one for one', () => {
    const text = '遼寧省錦州市醫院總投資4.5億元，記者陳文強報導。';
    const view = simplifiedView(text);
    expect(view).toBe('辽宁省锦州市医院总投资4.5亿元，记者陈文强报导。');
    expect(view.length).toBe(text.length);
  });

  it('converts Taiwan and Hong Kong variant forms (臺, 台 stay one character)', () => {
    const text = '臺北市立聯合醫院與香港瑪麗醫院';
    const view = simplifiedView(text);
    expect(view).toBe('台北市立联合医院与香港玛丽医院');
    expect([...view].length).toBe([...text].length);
  });

  it('keeps every offset: each code point of the view stands where its original stood', () => {
    const text = '第一行：衛生局長林奇宏\n𠀀第二行：新台幣40億元\r\n乾隆年間';
    const view = simplifiedView(text);
    expect(view.length).toBe(text.length);
    const from = [...text];
    const to = [...view];
    expect(to.length).toBe(from.length);
    to.forEach((c, i) => expect(c.length).toBe(from[i]!.length));
    expect(view.split('\n').length).toBe(text.split('\n').length);
  });

  it('reads a division slash in a credit line as the slash it stands for (記者X∕台中報導)', () => {
    const text = '彰化醫院新大樓啟用\n記者黃偉倫∕彰化報導\n彰化醫院今天啟用新大樓。';
    const view = simplifiedView(text);
    expect(view).toContain('记者黄伟伦／彰化报导');
    expect(view.length).toBe(text.length);
    const found = extractFrom(text, ['reporters']);
    expect(found.map((s) => [s.value, s.raw])).toEqual([
      [{ name: '黃偉倫', role: '记者' }, '黃偉倫'],
    ]);
  });

  it('reads 百份之 as the percent it stands for, at the same offsets (百份之二點七)', () => {
    const text = '濠江醫院急診室求診量每年上升百份之二點七，院方計劃擴建。';
    const view = simplifiedView(text);
    expect(view).toContain('百分之二点七');
    expect(view.length).toBe(text.length);
    const found = extractFrom(text, ['metrics']);
    expect(found.map((s) => [(s.value as { value: number }).value, s.raw])).toEqual([
      [2.7, '百份之二點七'],
    ]);
  });
});

describe('extraction on traditional text', () => {
  it('finds places, the hospital and money, normalised to simplified, spans exact', () => {
    const text =
      '錦州市中心醫院新院區開工\n遼寧省錦州市中心醫院新院區昨日開工，總投資新台幣40億元。' +
      '錦州市中心醫院院長表示，錦州市中心醫院將增設病床。';
    const found = extractFrom(text, ['hospital', 'province', 'city', 'investments', 'title'], {
      title: '錦州市中心醫院新院區開工',
    });
    const byField = new Map(found.map((s) => [s.field, s]));
    expect(byField.get('hospital')?.value).toBe('锦州市中心医院');
    expect(byField.get('hospital')?.raw).toBe('錦州市中心醫院');
    expect((byField.get('city')?.value as { name: string }).name).toBe('锦州市');
    expect((byField.get('province')?.value as { name: string }).name).toBe('辽宁省');
    expect(byField.get('investments')?.value).toMatchObject({
      amount: 4_000_000_000,
      currency: 'TWD',
    });
    expect(byField.get('investments')?.raw).toBe('新台幣40億元');
    expect(byField.get('title')?.value).toBe('錦州市中心醫院新院區開工');
  });

  it('reads 總投資…萬元 and 港幣 amounts', () => {
    const found = extractFrom(
      '遼寧省錦州市中心醫院擴建工程總投資3500萬元，香港分院另投資港幣800萬元購置設備。',
      ['investments'],
    );
    expect(found.map((s) => [s.value, s.raw])).toEqual([
      [{ amount: 35_000_000, currency: 'CNY', approx: null }, '3500萬元'],
      [{ amount: 8_000_000, currency: 'HKD', approx: null }, '港幣800萬元'],
    ]);
  });
});

describe('convert (OpenCC asked only where a word can start)', () => {
  /** opencc-js's own converter over the same chain: what convert must give, string for string. */
  const reference = ConverterFactory(
    configs.hk2s!.conversionChain[0]!,
    ...configs.tw2s!.conversionChain,
  );

  /** The words of the chain's dictionaries, to build text that is dense in matches. */
  const words = [configs.hk2s!.conversionChain[0]!, ...configs.tw2s!.conversionChain]
    .flat()
    .flatMap((dict) =>
      typeof dict === 'string'
        ? dict.split('|').map((line) => line.split(' ')[0]!)
        : dict.map((pair) => pair[0]),
    )
    .filter((word) => word.length > 0);

  it('gives what opencc-js gives on text of dictionary words, plain characters, surrogates and ideographic descriptions', () => {
    const next = random(19);
    const extras = [
      '医院',
      'a',
      '1',
      ' ',
      '\n',
      '𠀀',
      '𧾷',
      '\ud842',
      '\udfb7',
      '⿰',
      '⿱木',
      '，',
      '著',
      '显著',
      '後',
      '干',
    ];
    for (let n = 0; n < 4000; n++) {
      let text = '';
      const parts = 1 + Math.floor(next() * 12);
      for (let p = 0; p < parts; p++) {
        const pick = next();
        if (pick < 0.6) text += words[Math.floor(next() * words.length)];
        else if (pick < 0.9) text += extras[Math.floor(next() * extras.length)];
        else {
          // Half a word: a phrase cut short must still not match.
          const word = words[Math.floor(next() * words.length)]!;
          text += word.slice(0, Math.max(1, word.length - 1));
        }
      }
      expect(convert(text), JSON.stringify(text)).toBe(reference(text));
    }
  });

  it('gives what opencc-js gives on every line of the seeds and the written test articles', () => {
    for (const dir of ['seeds', 'bench/articles']) {
      const folder = join(__dirname, '..', '..', dir);
      for (const name of readdirSync(folder)) {
        if (!/\.(txt|html?|md)$/u.test(name)) continue;
        for (const line of readFileSync(join(folder, name), 'utf8').split('\n'))
          expect(convert(line), `${dir}/${name}: ${line.slice(0, 20)}`).toBe(reference(line));
      }
    }
  });
});
