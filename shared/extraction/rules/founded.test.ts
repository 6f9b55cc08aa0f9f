import { describe, expect, it } from 'vitest';
import { extractFrom } from './rule-test-kit';

function founded(text: string): unknown {
  return extractFrom(text, ['hospital', 'founded_year']).find((s) => s.field === 'founded_year')
    ?.value;
}

describe('rule:founded — the year the subject was founded', () => {
  it('reads the year of the subject, also written short', () => {
    const found = extractFrom(
      '锦州市中心医院新院区启用。市中心医院始建于1946年，是一所综合医院。',
      ['hospital', 'founded_year'],
    );
    expect(found.find((s) => s.field === 'founded_year')?.value).toBe(1946);
  });

  it('reads the year of the predecessor the hospital grew out of (前身为…年)', () => {
    const found = extractFrom(
      '嘉禾市第一医院举行百年院庆。嘉禾市第一医院前身为1921年设立的教会诊所，现为三级医院。',
      ['hospital', 'founded_year'],
    );
    expect(found.find((s) => s.field === 'founded_year')?.value).toBe(1921);
  });

  it.each([
    ['嘉禾醫院創設於1895年，前身為一所診所。嘉禾醫院今天慶祝院慶。', 1895],
    ['嘉禾醫院籌建於1872年，是本地最早的醫院。嘉禾醫院現有床位500張。', 1872],
    ['嘉禾医院创建于西元 1902 年，院址初设于城内。嘉禾医院现为教学医院。', 1902],
  ])('reads the forms of Taiwan and Hong Kong histories: %s', (text, year) => {
    const found = extractFrom(text, ['hospital', 'founded_year']);
    expect(found.find((s) => s.field === 'founded_year')?.value).toBe(year);
  });

  it('not the year another institution was founded', () => {
    const found = extractFrom(
      '锦州市中心医院与凌海市人民医院签约。凌海市人民医院始建于1950年。锦州市中心医院院长出席。锦州市中心医院专家坐诊。',
      ['hospital', 'founded_year'],
    );
    expect(found.find((s) => s.field === 'founded_year')).toBeUndefined();
  });
});

describe('rule:founded — years in Chinese numerals and in eras', () => {
  it.each([
    ['嘉禾县人民医院始建于一九三七年，现为二级甲等医院。嘉禾县人民医院今年扩建。', 1937],
    ['嘉禾县人民医院始建于一九○八年，是本县最早的医院。嘉禾县人民医院现有床位300张。', 1908],
    ['嘉禾醫院創建於民國二十六年，原為一間診所。嘉禾醫院今年舉行院慶。', 1937],
    ['嘉禾醫院創立於民國元年，是本地最早的醫院。嘉禾醫院現有醫師百人。', 1912],
    ['嘉禾醫院成立於民國38年，今年擴建新大樓。嘉禾醫院將舉行院慶。', 1949],
    ['嘉禾醫院創設於日治時期，嘉禾醫院大正十年落成，今為區域醫院。嘉禾醫院今年院慶。', 1921],
    ['嘉禾县中医院始建于清光绪三十年，前身为一所药局。嘉禾县中医院今年迁入新址。', 1904],
    ['嘉禾县人民医院于一九五八年建院，现有职工600人。嘉禾县人民医院是二级医院。', 1958],
    // Session 12: an earlier Qing reign, with the western year in brackets after it.
    ['嘉禾县人民医院始建于清同治五年（1866年），是一所百年老院。嘉禾县人民医院今年院庆。', 1866],
    ['嘉禾县中医院创建于咸丰元年，初为一间药铺。嘉禾县中医院现有职工300人。', 1851],
  ])('reads %s', (text, year) => {
    expect(founded(text)).toBe(year);
  });
});

describe('rule:founded — the year written before its verb', () => {
  it.each([
    ['嘉禾市第一医院1958年建院，现有职工800人。嘉禾市第一医院是三级医院。', 1958],
    ['嘉禾市第一医院自1962年建院以来，培养了大批医生。嘉禾市第一医院今年扩建。', 1962],
    ['嘉禾醫院前身是一間軍人醫院，籌建於1880年，1883年5月2日落成。嘉禾醫院今年舉行院慶。', 1883],
    ['嘉禾醫院今年院慶。王某院長於1968年創辦嘉禾醫院，一生行醫。嘉禾醫院將擴建。', 1968],
    ['嘉禾市第一医院举行院庆。嘉禾市第一医院1951年10月正式开院，是本地最早的医院。', 1951],
  ])('reads %s', (text, year) => {
    expect(founded(text)).toBe(year);
  });

  it.each([
    ['嘉禾市第一医院新住院大楼2020年建成启用。嘉禾市第一医院是三级医院。'],
    ['嘉禾市第一医院2018年成立胸痛中心。嘉禾市第一医院是三级医院。'],
    [
      '嘉禾市第一医院举行院庆。凌海市人民医院1950年建院，嘉禾市第一医院院长到场祝贺。嘉禾市第一医院是三级医院。',
    ],
    ['嘉禾市第一医院举行院庆。2019年建成的新院区投入使用。嘉禾市第一医院是三级医院。'],
    ['嘉禾醫院籌建新院。嘉禾醫院預計2027年落成，同年投入服務。'],
  ])('not the year of a building, a centre, another hospital or a plan: %s', (text) => {
    expect(founded(text)).toBeUndefined();
  });
});

describe('rule:founded — forms of profiles and histories (set Q)', () => {
  it.each([
    ['嘉禾市中医医院，位于嘉禾市解放路，创建于1979，是一所二级甲等中医医院。', 1979],
    ['嘉禾县人民医院始建于1952。嘉禾县人民医院现有职工800人。', 1952],
  ])('reads a four-digit year without 年 after its verb: %s', (text, year) => {
    expect(founded(text)).toBe(year);
  });

  it('reads no year without 年 that goes on as a number or a unit', () => {
    expect(
      founded('嘉禾县人民医院建于19520平方米的院区上。嘉禾县人民医院现有职工800人。'),
    ).toBeUndefined();
  });

  it('reads the year a history opens with, when the hospital or what it grew out of was founded', () => {
    expect(
      founded(
        '嘉禾县人民医院院史。1946年，嘉禾县卫生院在城东一座祠堂创办。当时仅有职员4人的嘉禾县卫生院，便是今日设床400张的嘉禾县人民医院的前身。',
      ),
    ).toBe(1946);
    expect(founded('1958年，嘉禾县人民医院在县城西门成立。嘉禾县人民医院现有职工900人。')).toBe(
      1958,
    );
  });

  it('not the year another institution was founded in a history', () => {
    expect(
      founded(
        '嘉禾县人民医院今年扩建。1946年，嘉禾县师范学校在城东创办。嘉禾县人民医院现有职工900人。',
      ),
    ).toBeUndefined();
  });
});
