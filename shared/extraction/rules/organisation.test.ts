import { describe, expect, it } from 'vitest';
import { extractFrom } from './rule-test-kit';

function partners(text: string, options: { title?: string } = {}): string[] {
  return extractFrom(text, ['hospital', 'partners'], options)
    .filter((s) => s.field === 'partners')
    .map((s) => s.value as string);
}

describe('rule:partners — other institutions in a clause about working together', () => {
  it('lists the partner, not the subject’s short form', () => {
    expect(
      partners(
        '锦州市中心医院与凌海市人民医院签约组建医联体。根据协议，市中心医院将派出专家。锦州市中心医院院长出席。',
      ),
    ).toEqual(['凌海市人民医院']);
  });

  it('gives a partner written short its full name when the article writes it', () => {
    const found = extractFrom(
      '凌海市人民医院与武汉大学中南医院签署合作协议。中南医院将与凌海市人民医院开展远程会诊。凌海市人民医院表示欢迎。',
      ['hospital', 'partners'],
    ).filter((s) => s.field === 'partners');
    expect(found.map((s) => s.value)).toEqual(['武汉大学中南医院']);
    expect(found[0]!.spans.map((span) => span.text)).toEqual(['武汉大学中南医院', '中南医院']);
  });

  it('takes a bare name met once right after 与 (与协和医院签约)', () => {
    expect(
      partners('凌海市人民医院与协和医院签约共建专科联盟。凌海市人民医院表示，将选派医生进修。'),
    ).toEqual(['协和医院']);
  });

  it('leaves out a bare word met once elsewhere (送到医院)', () => {
    expect(
      partners('凌海市人民医院与患者家属签约，患者随后被送到医院。凌海市人民医院表示满意。'),
    ).toEqual([]);
  });
});

describe('rule:partners and rule:centers — a posting line’s source and author (found on set Q)', () => {
  const POSTING = [
    '锦州市中心医院帮扶凌海市人民医院开展首例微创手术',
    '来源:凌海融媒体中心 作者:凌海市人民医院 编辑:王丽',
    '近日，凌海市人民医院在锦州市中心医院专家帮扶下成功开展首例微创手术。凌海市人民医院表示，将继续深化与锦州市中心医院的帮扶合作。',
  ].join('\n');

  it('takes neither the source nor the author as a partner or a centre', () => {
    const found = extractFrom(POSTING, ['hospital', 'partners', 'centers']);
    const named = (field: string) =>
      found
        .filter((s) => s.field === field)
        .map((s): [unknown, number] => [s.value, s.spans[0]!.start]);
    const postingLine = POSTING.indexOf('来源');
    const lineEnd = POSTING.indexOf('\n', postingLine);
    for (const [value, start] of [...named('partners'), ...named('centers')])
      expect(start >= postingLine && start < lineEnd, String(value)).toBe(false);
    expect(named('centers').map(([value]) => value)).not.toContain('凌海融媒体中心');
  });
});

describe('rule:centers — a news site’s newsroom is no centre', () => {
  it('reads no centre from 某某網新聞中心 under the headline, the stroke centre still', () => {
    const found = extractFrom(
      '某某醫院急重症大樓今落成啟用\n某某網新聞中心\n本院卒中中心同日啟用。',
      ['centers'],
    ).map((s) => s.value);
    expect(found).toEqual(['卒中中心']);
  });
});

describe('rule:centers — where a centre’s name starts (forms found on set I)', () => {
  const centers = (text: string): string[] =>
    extractFrom(text, ['centers'])
      .filter((s) => s.field === 'centers')
      .map((s) => s.value as string);

  it('starts the name after prepositions, verbs, pronouns and the programme’s scope', () => {
    // Every mention is the hospital's 胸痛中心: one value.
    expect(
      centers(
        '根据胸痛中心总部的公告，城南县人民医院胸痛中心顺利通过国家级胸痛中心认证，标志着我院胸痛中心达到国家胸痛中心的要求，也被纳入国际胸痛中心版图。',
      ),
    ).toEqual(['胸痛中心']);
    expect(centers('在总部建设全国1000家胸痛中心的规划中，江苏省首个胸痛中心建成。')).toEqual([
      '胸痛中心',
    ]);
  });

  it('keeps a verb right before 中心 in the name, and starts after a verb a noun follows', () => {
    expect(centers('医院建设危重孕产妇救治中心和女性健康管理中心，开展日间手术中心建设。')).toEqual(
      ['危重孕产妇救治中心', '女性健康管理中心', '日间手术中心'],
    );
  });

  it('reads no centre from a venue, a town centre or a community health centre', () => {
    expect(
      centers(
        '大会在北京国家会议中心举行。夏道镇是本市有名的中心城镇。永安镇社区卫生服务中心参加。',
      ),
    ).toEqual([]);
  });
});

describe('rule:centers — clinics and places called 中心 (found on set J)', () => {
  it('reads no centre from Macao’s 衛生中心, a verb phrase before one, or a district’s centre', () => {
    const centers = (text: string): unknown[] => extractFrom(text, ['centers']).map((s) => s.value);
    expect(centers('醫院與衛生中心合作，及時調動醫院各專科和衛生中心的人手。')).toEqual([]);
    expect(centers('新院区建成后，将助力滨江新城中心片区发展。')).toEqual([]);
    // A named centre beside them is still read.
    expect(centers('醫院設立癌症病人資源中心，並與衛生中心合作。')).toEqual(['癌症病人资源中心']);
    // Departments listed before a centre, and 并设有 before it, are not its name.
    expect(centers('院內並設有癌症中心，急診科及洗腎中心全天開放。')).toEqual([
      '癌症中心',
      '洗肾中心',
    ]);
  });
});

describe('rule:centers and rule:partners — grades, origins, sister hospitals, operators (set T)', () => {
  const of = (text: string, field: string): unknown[] =>
    extractFrom(text, ['hospital', 'partners', 'centers'])
      .filter((s) => s.field === field)
      .map((s) => s.value);

  it('reads no centre from 醫學中心 as a grade or as where doctors come from', () => {
    const text =
      '晴川市立醫院去年成為醫學中心，主治醫師來自各家大型醫學中心，並設立救心、救腦等專責中心。';
    expect(of(text, 'centers')).toEqual([]);
    // A named centre of the hospital is still one.
    expect(of('晴川市立醫院設立心血管醫學中心，全天開放。', 'centers')).toEqual(['心血管医学中心']);
  });

  it('takes a sister hospital abroad as a partner, not as a centre', () => {
    const text = '院慶當天，南洋姐妹醫院—北灣醫學中心也傳來賀詞，祝晴川醫院院務昌隆。';
    expect(of(text, 'partners')).toEqual(['北湾医学中心']);
    expect(of(text, 'centers')).toEqual([]);
  });

  it('takes the builder-operator of a BOT contract as a partner', () => {
    const text = '晴川市第一家市立醫院由江西醫藥學院BOT建造並預計明年春天開始營運，服務北區居民。';
    expect(of(text, 'partners')).toEqual(['江西医药学院']);
  });
});

describe('rule:centers — counts of buildings or machines, a delegation, 将 before the name (set Y)', () => {
  const centers = (text: string): string[] =>
    extractFrom(text, ['centers'])
      .filter((s) => s.field === 'centers')
      .map((s) => s.value as string);

  it('starts the name after 一座, 首座 and 多部', () => {
    expect(centers('城南医院投资建成一座高压氧治疗中心，为全市首座高压氧治疗中心。')).toEqual([
      '高压氧治疗中心',
    ]);
    expect(centers('全省仅有多部放射治疗中心设备在运行。')).toEqual(['放射治疗中心']);
  });

  it('starts the name after a delegation going to it, and after 将', () => {
    expect(centers('县里的医生一行到江城市急危重症救治中心调研。')).toEqual([
      '江城市急危重症救治中心',
    ]);
    expect(centers('医院将康复医学中心搬入新楼。')).toEqual(['康复医学中心']);
  });
});
