import { describe, expect, it } from 'vitest';
import {
  ancestry,
  countiesWithStem,
  divisionAt,
  divisionsNamed,
  findDivisionMentions,
  isAmbiguousShort,
  shortName,
} from './divisions';

describe('findDivisionMentions', () => {
  it('reads full names before short ones, longest first, with UTF-16 offsets', () => {
    const text = '𠀀辽宁省辽阳市和内蒙古准格尔旗';
    const found = findDivisionMentions(text).map((m) => [
      text.slice(m.start, m.end),
      m.short,
      m.candidates.map((d) => d.name).join('|'),
    ]);
    expect(found).toEqual([
      ['辽宁省', false, '辽宁省'],
      ['辽阳市', false, '辽阳市'],
      ['内蒙古', true, '内蒙古自治区'],
      ['准格尔旗', false, '准格尔旗'],
    ]);
  });

  it('scans a long page in time linear in its length', () => {
    const text = '近日，锦州市中心医院专家赴怀宁县义诊。'.repeat(20_000);
    expect(findDivisionMentions(text)).toHaveLength(40_000);
  });
});

describe('shortName', () => {
  it.each([
    ['内蒙古自治区', '内蒙古'],
    ['新疆维吾尔自治区', '新疆'],
    ['广西壮族自治区', '广西'],
    ['延边朝鲜族自治州', '延边'],
    ['黔东南苗族侗族自治州', '黔东南'],
    ['湘西土家族苗族自治州', '湘西'],
    ['海西蒙古族藏族自治州', '海西'],
    ['阜新市', '阜新'],
    ['阿里地区', '阿里'],
  ])('%s → %s', (name, short) => {
    expect(shortName(name)).toBe(short);
  });
});

describe('the division data', () => {
  it('derives a county’s city and province', () => {
    const [county] = divisionsNamed('怀宁县');
    const { province, city } = ancestry(county!);
    expect([province.name, city?.name]).toEqual(['安徽省', '安庆市']);
  });

  it('reads Taiwan’s, Hong Kong’s and Macao’s names, marked as outside the mainland table', () => {
    const [taichung] = divisionsNamed('台中市');
    expect(taichung?.outside).toBe(true);
    expect(ancestry(taichung!).province.name).toBe('台湾省');
    expect(divisionAt('香港', 0)?.candidates[0]?.outside).toBe(true);
    expect(divisionsNamed('辽宁省')[0]?.outside).toBeUndefined();
  });

  it('reads an autonomous prefecture by its stem and 州, as its own papers write it (set S)', () => {
    expect(divisionsNamed('黔东南州').map((d) => d.name)).toEqual(['黔东南苗族侗族自治州']);
    expect(divisionsNamed('凉山州').map((d) => d.name)).toEqual(['凉山彝族自治州']);
    // A city of that name keeps its own: 州 after a city's stem is no prefecture.
    expect(divisionsNamed('杭州').map((d) => d.name)).toEqual([]);
  });

  it('finds counties by their stem, for datelines', () => {
    expect(countiesWithStem('怀宁').map((d) => d.name)).toEqual(['怀宁县']);
  });
});

describe('isAmbiguousShort', () => {
  const at = (name: string) => divisionAt(name, 0)!;
  it('朝阳 and 中山 are also districts elsewhere; 阿里 is an ordinary word', () => {
    expect(isAmbiguousShort(at('朝阳'))).toBe(true);
    expect(isAmbiguousShort(at('中山'))).toBe(true);
    expect(isAmbiguousShort(at('阿里'))).toBe(true);
  });

  it('安庆 and 锦州 name one place; a full name is never ambiguous', () => {
    expect(isAmbiguousShort(at('安庆'))).toBe(false);
    expect(isAmbiguousShort(at('锦州'))).toBe(false);
    expect(isAmbiguousShort(at('朝阳市'))).toBe(false);
  });
});

describe('former names of county-level divisions (found on set F)', () => {
  it('reads a county that became a city, or a city that became a district, as today’s division', () => {
    expect(divisionAt('海安县人民医院', 0)?.candidates.map((d) => d.name)).toEqual(['海安市']);
    expect(divisionAt('长乐市医院', 0)?.candidates.map((d) => d.name)).toEqual(['长乐区']);
    expect(divisionAt('海安县人民医院', 0)?.written).toBe('海安县');
  });

  it('never makes a former name of a name a division bears today, nor of a generic stem', () => {
    // 朝阳市 is a city in Liaoning, not Beijing's 朝阳区 renamed.
    expect(divisionAt('朝阳市', 0)?.candidates.every((d) => d.level === 'city')).toBe(true);
    // 城中区 (柳州, 西宁) gives no 城中市: 城中市场 is a market in town.
    expect(divisionAt('城中市场', 0)).toBeNull();
  });
});

describe('autonomous counties written without their peoples (session 9)', () => {
  it('reads 新晃县 as 新晃侗族自治县 and 长阳县 as 长阳土家族自治县', () => {
    expect(divisionAt('新晃县中医医院', 0)?.candidates.map((d) => d.name)).toEqual([
      '新晃侗族自治县',
    ]);
    expect(divisionAt('长阳县人民医院', 0)?.candidates.map((d) => d.name)).toEqual([
      '长阳土家族自治县',
    ]);
    expect(divisionAt('新晃县中医医院', 0)?.written).toBe('新晃县');
  });
});
