import { describe, expect, it } from 'vitest';
import { extractFrom } from './rule-test-kit';

/** The bed counts found, in order. */
function beds(text: string): unknown[] {
  return extractFrom(text, ['hospital', 'beds'])
    .filter((s) => s.field === 'beds')
    .map((s) => s.value);
}

describe('rule:beds — beds that are not the subject hospital’s own', () => {
  it('leaves out another hospital’s beds named in the clause', () => {
    const text =
      '嘉禾医院将扩建并迁址，嘉禾医院新院设床位600张。除了凌海市人民医院按照490张床位的标准建设外，嘉禾医院也将升级。';
    expect(beds(text)).toEqual([600]);
  });

  it('leaves out the beds of a facility of another kind (长照机构, 养老院)', () => {
    const text =
      '嘉禾醫院新大樓將提供一般病床450床及特殊病床157床，另外設立196床的住宿長照機構。嘉禾醫院院長表示…';
    expect(beds(text)).toEqual([450, 157]);
  });

  it('leaves out beds that are not inpatient beds', () => {
    const text = '嘉禾医院现有专科医生160人，住院病床450张，非住院病床100张。嘉禾医院表示…';
    expect(beds(text)).toEqual([450]);
  });

  it('leaves out a total that adds other sites’ beds', () => {
    const text =
      '嘉禾医院新院未来设床位500床，加上集团在市区等地的床位，总计有超过1000床的规模。嘉禾医院表示…';
    expect(beds(text)).toEqual([500]);
  });

  it('keeps the beds where words before them only end on 医院 (建成后医院总床位…)', () => {
    const text =
      '嘉禾市第一医院新门诊楼开工。项目建成后医院总床位将达到1200张。嘉禾市第一医院表示…';
    expect(beds(text)).toEqual([1200]);
  });

  it('keeps the subject’s beds where the clause names it', () => {
    const text = '嘉禾市第一医院新院区启用。嘉禾市第一医院开放床位800张，嘉禾市第一医院院长介绍。';
    expect(beds(text)).toEqual([800]);
  });
});

describe('rule:beds — parts of a stated total and rough figures (set T)', () => {
  it('leaves out a part the brackets give of the total', () => {
    expect(beds('晴川医院新院设置床位900张(其中儿科病床80张)，明年启用。')).toEqual([900]);
  });

  it("leaves out each campus's beds beside the stated total", () => {
    const text =
      '晴川医院现有两个院区，共有床位1300张。东湖院区核定床位800张，以急诊为主;西山院区核定床位五百张，另设门诊部。';
    expect(beds(text)).toEqual([1300]);
    // A campus's beds with no larger total stated are still the count read.
    expect(beds('晴川医院东湖院区核定床位800张，以急诊为主。')).toEqual([800]);
  });

  it('leaves out a rough figure written in words', () => {
    expect(beds('晴川醫院新大樓將先開放近百床，明年再擴充。')).toEqual([]);
  });

  it('leaves out a region’s beds over all its institutions (a county’s work report, set V)', () => {
    expect(beds('全市医疗卫生机构床位总数增至3260张。')).toEqual([]);
    expect(beds('本縣醫療機構病床總數增至2400張。')).toEqual([]);
    expect(beds('嘉禾医院开放床位800张，全县每千人口床位达到6张。')).toEqual([800]);
  });
});

describe('rule:beds — a comparison beside the new total (set Y)', () => {
  it('leaves out the base and the difference of a comparison, keeps the new total', () => {
    const text =
      '蓮湖醫院新病房樓將設有一百二十張病床，比原病房樓的四十張床位增加了八十張。蓮湖醫院表示…';
    expect(beds(text)).toEqual([120]);
  });

  it('leaves out a difference against last year written with 较 and digits', () => {
    const text = '蓮湖医院今年开放床位560张，较去年多60张，门诊量稳步上升。';
    expect(beds(text)).toEqual([560]);
  });

  it('keeps a planned increase stated on its own (新增床位), as the references count it', () => {
    expect(beds('蓮湖医院二期工程建成后，将新增床位350张。')).toEqual([350]);
  });

  it('keeps beds after a ratio word (比例) that is no comparison', () => {
    expect(beds('蓮湖医院按照床护比例配置，开放床位450张。')).toEqual([450]);
  });
});
