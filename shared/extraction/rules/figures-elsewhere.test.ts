import { describe, expect, it } from 'vitest';
import { extractFrom } from './rule-test-kit';

/** The figures read as metrics (value and unit) and beds, in document order. */
function figures(text: string): string[] {
  return extractFrom(text, ['metrics', 'beds']).map((s) =>
    s.field === 'beds'
      ? `beds ${String(s.value)}`
      : `${(s.value as { value: number }).value}${(s.value as { unit: string }).unit}`,
  );
}

describe('figures that measure something else than the hospital (set Q)', () => {
  it('reads no count of the group the hospital is one of', () => {
    expect(figures('某市人民医院是全国300家大型医院之一，现有员工980人。')).toEqual(['980人']);
  });

  it('reads no figure of a sentence that states a norm’s ratio', () => {
    expect(
      figures('市长说，按规定每1万名居民应配置40张病床，某镇有6万人。某医院开放床位500张。'),
    ).toEqual(['beds 500']);
  });

  it('reads no statistics of a country, a region or a population, nor what compares them', () => {
    expect(figures('院方指出，今年上半年全台新生兒6.1萬人，較上年同期減少3.1%。')).toEqual([]);
    expect(figures('到2027年，全国至少800家县医院达到三级水平。')).toEqual([]);
    expect(figures('某县人民医院年门诊量达42万人次。')).toEqual(['420000人次']);
  });

  it('reads no count of a meeting or a course the hospital took part in', () => {
    expect(figures('此次培训班有6台手术直播，某县医院是唯一参加的县级医院。')).toEqual([]);
  });

  it('reads no fact of a patient’s story', () => {
    expect(figures('一位老年女性患者因“摔伤后右下腹疼痛4天”入院。')).toEqual([]);
    // 2个多小时 is a length of time, not two of anything.
    expect(figures('本次手术历时2个多小时，十分顺利。')).toEqual([]);
  });

  it('reads what the hospital had long ago as no figure of today, and today’s as one', () => {
    expect(
      figures('1946年建院时仅有职员6人，病床8张；如今医院开放床位420张，在岗职工610人。'),
    ).toEqual(['610人', 'beds 420']);
  });

  it('keeps a count the hospital won long ago and still has, told far from the time word', () => {
    expect(
      figures(
        '市长说，担任议员时曾与当时的卫生部门多次协调，以某镇居民众多却缺少医疗资源为由，成功争取到某医院300床的资源。',
      ),
    ).toEqual(['beds 300']);
  });

  it('reads no bed count from beds moved or given', () => {
    expect(figures('搬迁历时六小时，共搬运一百二十张病床。')).toEqual([]);
    expect(figures('某医院向乡镇卫生院捐赠30张病床。')).toEqual([]);
  });
});

describe('rule:metrics — counts of the hospital’s own (set Q)', () => {
  it('reads rooms, equipment, visits and batches', () => {
    expect(
      figures(
        '新大樓手術室9間。醫院現有各種大型醫療設備150餘件，年門診26餘萬次。2023年以來，醫院迎來3批次帮扶专家。',
      ),
    ).toEqual(['9间', '150件', '260000次', '3批次']);
  });

  it('reads the thing counted after the figure where the words before only say “has”', () => {
    const found = extractFrom('医院设32个临床科室和12个医技科室。', ['metrics']).map(
      (s) => (s.value as { indicator: string }).indicator,
    );
    expect(found).toEqual(['临床科室', '医技科室']);
    expect(figures('某县医院\n32个临床科室中有20个\n都在收治病人')).toEqual(['32个', '20个']);
  });

  it('reads a count in Chinese numerals of a hundred or more, or hedged', () => {
    expect(figures('搬迁当天，医院动员两百余名医护人员。')).toEqual(['200名']);
    // Small counts in Chinese numerals are words, not figures.
    expect(figures('医院派出三名专家。')).toEqual([]);
  });

  it('reads no count of people in passing that opens its clause with nothing before it', () => {
    expect(figures('院长剪綵，15名幼童也一同參與儀式。')).toEqual([]);
  });
});

describe('figures of the hospital’s own that name a wider scope or a patient (set Q)', () => {
  it('keeps a count of those the hospital serves in a wider scope', () => {
    expect(figures('某县医院已与全县16家乡镇卫生院建立转诊网络。')).toEqual(['16家']);
    expect(figures('某县医院为全县52名乡村医生开展培训。')).toEqual(['52名']);
  });

  it('keeps the hospital’s times that are defined by patients', () => {
    expect(figures('卒中中心DNT（患者到达医院到开始溶栓的时间）最短时间21分钟。')).toEqual([
      '21分钟',
    ]);
  });
});

describe('figures of a one-off thing, not of the hospital (sets S, T)', () => {
  it.each([
    ['院庆上播放一支约4分钟的纪念短片，医院现有员工980人。'],
    ['综合楼主体形象进度已达工程量的80%，医院现有员工980人。'],
    ['到上午十点，共有98名住院患者安全转运到新址。医院现有员工980人。'],
    ['活动现场发放环保袋300个，医院现有员工980人。'],
    // sets U, V: rounds of a tender are the works' story.
    ['新楼工程招标不顺，先后流标3次、9次，医院现有员工980人。'],
    ['新樓工程招標不順，流標4次，醫院現有員工980人。'],
  ])('keeps only the staff count: %s', (text) => {
    expect(figures(text)).toEqual(['980人']);
  });

  it('still reads a time the hospital keeps (门诊候诊时间缩短至15分钟)', () => {
    expect(figures('全院门诊平均候诊时间缩短至15分钟。')).toEqual(['15分钟']);
  });
});
