import { describe, expect, it } from 'vitest';
import { buildReadingView } from '../text';
import { ArticleText } from './article-text';
import { hasPinyinGlosses, withoutPinyinGlosses } from './pinyin-glosses';

describe('pinyin glosses', () => {
  it('reads a name cut by glosses as one name, its span covering the glosses as written', () => {
    const page = '新建的鎮(zhèn)安縣醫(yī)院今天開業(yè)。';
    const text = new ArticleText(page, [{ start: 0, end: [...page].length }]);
    expect(text.written).toBe('新建的鎮安縣醫院今天開業。');
    const at = text.text.indexOf('镇安县医院');
    expect(at).toBe(3);
    const span = text.toSourceUtf16(at, at + 5);
    expect(span?.text).toBe('鎮(zhèn)安縣醫(yī)院');
  });

  it('keeps brackets that are not pinyin: abbreviations, list letters, toneless words', () => {
    for (const line of ['购置设备(CT)两台', '条款(a)说明', '北城(康复)医院', '单位(yuan)'])
      expect(hasPinyinGlosses(line)).toBe(false);
    expect(hasPinyinGlosses('項(xiàng)目')).toBe(true);
  });

  it('maps offsets both ways around a removed gloss, to the end of the text', () => {
    const view = withoutPinyinGlosses(buildReadingView('醫(yī)院床位𠀋張(zhāng)'));
    expect(view.text).toBe('醫院床位𠀋張');
    expect(view.toOriginal(1)).toBe(5);
    expect(view.toOriginal(5)).toBe(9); // 張, after the astral 𠀋
    expect(view.toOriginal([...view.text].length)).toBe(17); // the end, past the last gloss
    expect(view.toView(5)).toBe(1);
    expect(view.toView(2)).toBe(1); // inside the gloss: the next kept character
    expect(view.rangeToOriginal({ start: 4, end: 6 })).toEqual({ start: 8, end: 10 });
  });
});
