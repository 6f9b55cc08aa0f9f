import { describe, expect, it } from 'vitest';
import { extractFrom } from './rule-test-kit';

/** The values of `field` found in `text`, with the text each was read at. */
function values(text: string, field: string): [unknown, string][] {
  return extractFrom(text, [field])
    .filter((s) => s.field === field)
    .map((s) => [s.value, s.raw]);
}

describe('rule:investment — money with an investment cue', () => {
  it.each([
    ['项目总投资达4100万元。', 41_000_000, null, '4100万元'],
    ['总投资逾十亿元。', 1_000_000_000, 'over', '逾十亿元'],
    ['新院区总投资两亿元。', 200_000_000, null, '两亿元'],
    ['医院投入资金１,２００万元购置设备。', 12_000_000, null, '１,２００万元'],
    // Session 9: a contribution to the building (出资), as a government gives its share.
    ['镇政府出资1500万元作为启动资金。', 15_000_000, null, '1500万元'],
  ])('%s', (text, amount, approx, raw) => {
    expect(values(text, 'investments')).toEqual([[{ amount, currency: 'CNY', approx }, raw]]);
  });

  it('reads the same sum told twice, once with 约, as one value with both spans (set V)', () => {
    const found = extractFrom('嘉禾医院新楼预计总投资约8亿元，市政府承诺总投资8亿元全部到位。', [
      'investments',
    ]);
    expect(found.map((s) => s.value)).toEqual([
      { amount: 800_000_000, currency: 'CNY', approx: 'about' },
    ]);
    expect(found[0]!.spans).toHaveLength(2);
  });

  it('reads an amount broken across a line, its span covering both parts', () => {
    const text = '新院区总投资1\n000万元，分两期建设。';
    const [found] = extractFrom(text, ['investments']);
    expect(found!.value).toEqual({ amount: 10_000_000, currency: 'CNY', approx: null });
    expect(found!.raw).toBe('1\n000万元');
  });

  it('reads a building’s total cost (總經費) and a sum in traditional large units (21億1,150萬元)', () => {
    expect(values('擴建大樓工程總經費21億1,150萬元，預計四年完工。', 'investments')).toEqual([
      [{ amount: 2_111_500_000, currency: 'CNY', approx: null }, '21億1,150萬元'],
    ]);
    expect(values('二期醫療大樓總經費一二九億元，今天動土。', 'investments')).toEqual([
      [{ amount: 12_900_000_000, currency: 'CNY', approx: null }, '一二九億元'],
    ]);
  });

  it('reads a new building’s price (造價達四十六餘億元)', () => {
    expect(values('新大樓造價達四十六餘億元，預計明年啟用。', 'investments')).toEqual([
      [{ amount: 4_600_000_000, currency: 'CNY', approx: 'over' }, '四十六餘億元'],
    ]);
  });

  it('takes no money from a department’s running budget (办公经费)', () => {
    expect(values('科室今年办公经费20万元。', 'investments')).toEqual([]);
  });

  it('reads the currency written before the amount', () => {
    expect(values('醫院擴建工程總投資新台幣40億元。', 'investments')).toEqual([
      [{ amount: 4_000_000_000, currency: 'TWD', approx: null }, '新台幣40億元'],
    ]);
  });
});

describe('rule:investment — what a building cost, not what was spent so far (set N)', () => {
  it.each([
    ['新大樓共花三年時間、耗資21億元建造。', 2_100_000_000, '21億元'],
    ['县里斥资4700万元兴建康复楼。', 47_000_000, '4700万元'],
    ['二期工程決標金額是37.7億元，預計三年完工。', 3_770_000_000, '37.7億元'],
  ])('reads a cost: %s', (text, amount, raw) => {
    expect(
      values(text, 'investments').map(([v, r]) => [(v as { amount: number }).amount, r]),
    ).toEqual([[amount, raw]]);
  });

  it.each([
    ['项目总投资1.2亿元，截至目前累计投资5566万元。', 120_000_000],
    ['病房楼今年已完成投资2343万元，总投资3亿元。', 300_000_000],
    ['项目总投资3.9亿元，其中：中央预算内投资9540万元，其余为医院自筹。', 390_000_000],
    ['项目争取到中央预算内补助资金800万元，总投资6000万元。', 60_000_000],
  ])('keeps the total, not the money spent so far, granted or a share: %s', (text, amount) => {
    expect(values(text, 'investments').map(([v]) => (v as { amount: number }).amount)).toEqual([
      amount,
    ]);
  });
});

describe("rule:investment — a funding source, a year's plan, a list of projects (set X)", () => {
  it.each([
    ['病房楼总投资4800万元，利用地方专项债资金1500万元，其余自筹。', 48_000_000],
    ['病房楼总投资4800万元，争取上级资金900万元。', 48_000_000],
    ['门诊楼工程总投资1.6亿元，本年度内计划投资3000万元。', 160_000_000],
    ['门诊楼工程总投资1.6亿元，今年计划投资4000万元。', 160_000_000],
  ])("keeps the project's total: %s", (text, amount) => {
    expect(values(text, 'investments').map(([v]) => (v as { amount: number }).amount)).toEqual([
      amount,
    ]);
  });

  it('reads no investment from the total of a list of projects the hospital is one of', () => {
    const text =
      '当天，嘉禾县城南医院、某物流园等9个重点项目同时动工，合计总投资38亿元。城南医院总投资2.4亿元。';
    expect(values(text, 'investments').map(([v]) => (v as { amount: number }).amount)).toEqual([
      240_000_000,
    ]);
  });

  it('keeps the total of a project that is one of a list (…等9个重点项目之一)', () => {
    expect(
      values('城南医院是全县9个重点项目之一，总投资2.4亿元。', 'investments').map(
        ([v]) => (v as { amount: number }).amount,
      ),
    ).toEqual([240_000_000]);
  });
});

describe('rule:investment — a former estimate the next amount replaced (set L)', () => {
  it.each([
    ['项目总经费由原先约15亿元提升至21亿元。', 2_100_000_000, '21亿元'],
    ['总投资从3亿元调整为3.5亿元。', 350_000_000, '3.5亿元'],
  ])('keeps only the new amount: %s', (text, amount, raw) => {
    expect(values(text, 'investments')).toEqual([[{ amount, currency: 'CNY', approx: null }, raw]]);
  });

  it('reads a building cost replaced across a comma: 建院成本由约七十亿元，降至约六十三亿元', () => {
    expect(
      values('由於建築成本下降，令建院成本由去年估算約七十億元，降至約六十三億元。', 'investments'),
    ).toEqual([[{ amount: 6_300_000_000, currency: 'CNY', approx: 'about' }, '約六十三億元']]);
  });

  it('takes no running cost (成本), nor an amount replacing one', () => {
    expect(values('医院运营成本由3亿元，降至2亿元。', 'investments')).toEqual([]);
  });

  it('keeps an amount not written after 由/从, though 提升至 follows (总投资1亿元，占比提升至三成)', () => {
    expect(values('总投资1亿元，占比提升至三成。', 'investments')).toEqual([
      [{ amount: 100_000_000, currency: 'CNY', approx: null }, '1亿元'],
    ]);
  });
});

describe('rule:investment — amounts written without 元', () => {
  it.each([
    ['项目总投资接近5亿，建成后将新增床位。', 500_000_000, 'nearly', '接近5亿'],
    ['医院投入资金300余万，更新了检验设备。', 3_000_000, 'over', '300余万'],
    ['该工程计划投资约3.2亿。', 320_000_000, 'about', '约3.2亿'],
    ['總投資接近5億，分兩期建設。', 500_000_000, 'nearly', '接近5億'],
    ['这个项目前后投资了5个亿。', 500_000_000, null, '5个亿'],
  ])('%s', (text, amount, approx, raw) => {
    expect(values(text, 'investments')).toEqual([[{ amount, currency: 'CNY', approx }, raw]]);
  });

  it('is less sure of them than of amounts in 元', () => {
    const [withYuan] = extractFrom('总投资5亿元。', ['investments']);
    const [without] = extractFrom('总投资5亿。', ['investments']);
    expect(without!.confidence).toBeLessThan(withYuan!.confidence);
  });

  it.each([
    ['医院投入使用以来已接诊患者10万。'],
    ['医院年门诊量达5亿人次。'],
    ['医院投资建设的病房楼已接诊20万人次。'],
    ['新院区投资建设了可服务5万人口的社区站点。'],
  ])('no money in %s', (text) => {
    expect(values(text, 'investments')).toEqual([]);
  });
});

describe('rule:investment — a budget or a mixed amount without 元 (session 12)', () => {
  it.each([
    // A plan's budget or a building's total cost, 元 left out (Taiwan papers).
    ['新大楼计划总预算十二亿，明年招标。', 1_200_000_000, null, '十二亿'],
    ['二期工程總經費約21億，由中央支應。', 2_100_000_000, 'about', '約21億'],
    // Units before 亿, then digits one by one before 万, with 〇 or a full-width ０.
    ['核定总经费提高至二十一亿一一五〇万。', 2_111_500_000, null, '二十一亿一一五〇万'],
    ['新院區總經費二十一億一一五０萬元。', 2_111_500_000, null, '二十一億一一五０萬元'],
  ])('%s', (text, amount, approx, raw) => {
    expect(values(text, 'investments')).toEqual([[{ amount, currency: 'CNY', approx }, raw]]);
  });

  it('reads a mixed amount in 元 surely, and one without 元 less surely', () => {
    const [withYuan] = extractFrom('总投资二十一亿一一五〇万元。', ['investments']);
    const [without] = extractFrom('总投资二十一亿一一五〇万。', ['investments']);
    expect(withYuan!.value).toEqual({ amount: 2_111_500_000, currency: 'CNY', approx: null });
    expect(without!.confidence).toBeLessThan(withYuan!.confidence);
  });

  it('reads a decimal in Chinese numerals whole (二点八亿), never a cut part of it', () => {
    // The finder once cut it at 点, and the rule then gave nothing; it now reads decimals (set Y).
    expect(values('放射治疗中心总预算二点八亿。', 'investments')).toEqual([
      [{ amount: 280_000_000, currency: 'CNY', approx: null }, '二点八亿'],
    ]);
  });

  it('takes no budget of a year’s running costs without a word of spending before it', () => {
    expect(values('医院今年门诊收入达2亿，同比增长。', 'investments')).toEqual([]);
  });
});

describe('rule:investment — no money from percents', () => {
  it.each([
    ['医院固定资产投资增长15%，门诊量增长8%。'],
    ['财政资金到位率达95%以上。'],
    ['投资回报率为12.5%。'],
  ])('%s', (text) => {
    expect(values(text, 'investments')).toEqual([]);
  });

  it('takes the sum, not the share, where both are given', () => {
    expect(values('总投资5亿元，其中30%用于购置设备。', 'investments')).toEqual([
      [{ amount: 500_000_000, currency: 'CNY', approx: null }, '5亿元'],
    ]);
  });
});

describe('rule:area — the building’s area, not what is built so far (set N)', () => {
  it('reads the area, not the progress, its parts after 其中 kept', () => {
    expect(
      values(
        '项目已经完成主体结构2万平方米。总建筑面积4万平方米，其中手术室面积1406平方米。',
        'areas',
      ).map(([, raw]) => raw),
    ).toEqual(['4万平方米', '1406平方米']);
  });
});

describe('rule:beds — bed counts', () => {
  it.each([
    ['医院编制床位1145张。', 1145, '1145张'],
    ['医院开放床位1 000张。', 1000, '1 000张'],
    ['医院开放床位1,000张。', 1000, '1,000张'],
    ['医院开放床位１０００张。', 1000, '１０００张'],
    ['新院区设计床位一千张。', 1000, '一千张'],
    ['医院拥有800张床位。', 800, '800张'],
    ['醫院開放床位1200張。', 1200, '1200張'],
  ])('%s', (text, beds, raw) => {
    expect(values(text, 'beds')).toEqual([[beds, raw]]);
  });

  it('reads a number broken across a line, its span covering both parts exactly', () => {
    const text = '新院区建成后将新增床位1\n000张，年门诊量可达百万人次。';
    const [found] = extractFrom(text, ['beds']);
    expect(found!.value).toBe(1000);
    const start = text.indexOf('1\n000');
    expect(found!.spans).toEqual([{ start, end: start + 6, text: '1\n000张' }]);
  });

  it.each([
    ['按照规划，每1万名市民应配置50床。'],
    ['全市每千人口床位数达6张。'],
    ['床位配置标准为6张/千人。'],
    ['每千名常住人口拥有医疗机构床位7张。'],
    ['开业初期提供床位，其后逐年增加一百张病床。'],
    ['医院每年新增床位50张。'],
  ])('takes no bed count from a ratio or a yearly increase: %s', (text) => {
    expect(values(text, 'beds')).toEqual([]);
  });

  it.each([['醫院開業初期僅提供九十至一百張住院病牀。'], ['新病区可开放床位400-500张。']])(
    'reads no count from a range of beds: %s',
    (text) => {
      expect(values(text, 'beds')).toEqual([]);
    },
  );

  it('keeps a count that grew to another (由400床增至499床)', () => {
    expect(values('一般急性病床將從原先400床擴增到499床。', 'beds').map(([v]) => v)).toEqual([
      400, 499,
    ]);
  });

  it('keeps the hospital’s count beside a ratio', () => {
    expect(values('按规划，每1万名市民应配置50床，医院现有床位800张。', 'beds')).toEqual([
      [800, '800张'],
    ]);
  });
});

describe('rule:metrics — the indicator, not the comparison', () => {
  /** The metrics of `text` as `indicator value`. */
  function metrics(text: string): string[] {
    return extractFrom(text, ['metrics']).map((s) => {
      const v = s.value as { indicator: string; value: number; unit: string };
      return `${v.indicator} ${v.value}${v.unit}`;
    });
  }

  it.each([
    ['医院病区数由原先的40个增加到52个。', ['病区数 40个', '病区数 52个']],
    ['门诊量从去年的12万人次增长到15万人次。', ['门诊量 120000人次', '门诊量 150000人次']],
    ['手术量从2019年的3000台次提升至5000台次。', ['手术量 3000台次', '手术量 5000台次']],
    // Where the comparison is all the clause holds, the counted thing written after the figure.
    ['经过调整，由原先的16个党小组扩展至25个，', ['党小组 16个', '党小组 25个']],
  ])('%s', (text, expected) => {
    expect(metrics(text)).toEqual(expected);
  });

  it('reads no measure from a site’s reader counter under the article', () => {
    const found = extractFrom('全年门诊量达52万人次。\n已有0人发表了评论\n3562人阅读', ['metrics']);
    expect(found.map((s) => s.raw)).toEqual(['52万人次']);
  });

  it('keeps an indicator that has no comparison in it', () => {
    expect(metrics('全院共有职工1200人。')).toEqual(['共有职工 1200人']);
  });
});

describe('investments and areas of Taiwan pages (set Q)', () => {
  it('reads what a new building is worth as its investment, not a gift’s value', () => {
    expect(
      values('籌建12年、建築連同設備價值新台幣35億元的某醫院新大樓今天啟用。', 'investments'),
    ).toEqual([[{ amount: 3_500_000_000, currency: 'TWD', approx: null }, '新台幣35億元']]);
    expect(values('某企业向医院捐赠价值50万元的医疗设备。', 'investments')).toEqual([]);
  });

  it('reads a floor area in 坪 as square metres (1坪 = 400/121 m²)', () => {
    const [found] = extractFrom('新大樓總樓層地板面積約1萬2100坪，地上15層。', ['areas']);
    expect(found!.value).toEqual({ value: 40_000, unit: 'm²', approx: 'about' });
    expect(found!.raw).toBe('約1萬2100坪');
  });
});

describe('rule:beds — today’s count in a comparison (set Q)', () => {
  it('reads the beds of today the planned count is compared with', () => {
    expect(values('新院核定床位1200张，比目前的760张增加不少。', 'beds')).toEqual([
      [1200, '1200张'],
      [760, '760张'],
    ]);
    // A former count is no bed count of today.
    expect(values('新院核定床位1200张，比原来的760张增加不少。', 'beds')).toEqual([
      [1200, '1200张'],
    ]);
  });
});

describe('rule:beds — beds counted with 个 (set U)', () => {
  it('reads beds named right after a count in 个, and no metric from them', () => {
    expect(values('嘉禾医院新设30个日间病房床位，开设3个病区。', 'beds')).toEqual([[30, '30个']]);
    expect(values('嘉禾醫院設有40個日間病床。', 'beds')).toEqual([[40, '40個']]);
    expect(values('嘉禾医院新设30个日间病房床位。', 'metrics')).toEqual([]);
  });

  it('reads beds named before a count in 个 that ends the clause (set X)', () => {
    expect(values('新院竣工后，嘉禾卫生院的床位将扩充至60个，诊室更宽敞。', 'beds')).toEqual([
      [60, '60个'],
    ]);
    expect(values('嘉禾卫生院现有病床48个。', 'beds')).toEqual([[48, '48个']]);
    expect(values('嘉禾卫生院现有病床48个。', 'metrics')).toEqual([]);
  });

  it('reads the count of beds a change leads to, beside the former one (set X)', () => {
    expect(values('嘉禾县中医医院床位由原有的260张增加到420张。', 'beds')).toEqual([
      [260, '260张'],
      [420, '420张'],
    ]);
    expect(values('嘉禾医院病床从90张扩充至150张，科室也更齐全。', 'beds')).toEqual([
      [90, '90张'],
      [150, '150张'],
    ]);
    expect(values('嘉禾医院病床从90张扩充至150张。', 'metrics')).toEqual([]);
  });

  it('reads no beds from a count in 个 of something else after 床位', () => {
    expect(values('嘉禾医院床位使用率提高了6个百分点。', 'beds')).toEqual([]);
    expect(values('嘉禾医院开放床位的病区达到12个。', 'beds')).toEqual([]);
  });
});

describe('rule:metrics — exact counts in Chinese numerals (set T)', () => {
  it('reads counts written digit by digit with a zero, or with units after the tens', () => {
    expect(
      extractFrom('医院专职医师一三○位，护理师一○八位，二十七个专科将分批开设。', ['metrics']).map(
        (s) => [(s.value as { value: number }).value, s.raw],
      ),
    ).toEqual([
      [130, '一三○位'],
      [108, '一○八位'],
      [27, '二十七个'],
    ]);
  });

  it('reads no round count of a speech’s points (三个转变, 二十个)', () => {
    expect(extractFrom('实现三个转变，培育二十个团队。', ['metrics'])).toEqual([]);
  });
});

describe('figures — a rough figure of two neighbouring numerals (五、六百人: set Y)', () => {
  const counted = (text: string, field: string): unknown[] =>
    values(text, field).map(([value]) =>
      typeof value === 'number' ? value : (value as { value: number }).value,
    );

  it('reads no metric from a guess of five or six hundred, keeps the exact count beside it', () => {
    const text = '榆林医院夜间门诊每晚接待约七、八百人，全年门诊量达12万人次。';
    expect(counted(text, 'metrics')).toEqual([120000]);
  });

  it('reads no beds from a guess of thirty or forty, keeps the stated count', () => {
    const text = '榆林医院病区加床三、四十张后，核定床位仍为680张。';
    expect(counted(text, 'beds')).toEqual([680]);
  });

  it('still reads an exact count after a list marker in words (一、)', () => {
    expect(counted('榆林医院今年工作要点：一、门诊量达12万人次。', 'metrics')).toEqual([120000]);
  });
});

describe('rule:metrics — an indefinite count (数百名, 几千人: set Y)', () => {
  it('reads no metric from some hundreds of residents, keeps the counted figure', () => {
    const text = '榆林医院义诊现场，清晨就有数百名居民排队，全天接诊1260人次。';
    expect(values(text, 'metrics').map(([, raw]) => raw)).toEqual(['1260人次']);
  });

  it('still reads a hundred and more hedged with 余 (百余名医护)', () => {
    const text = '榆林医院抽调百余名医护支援方舱。';
    expect(values(text, 'metrics').map(([, raw]) => raw)).toEqual(['百余名']);
  });
});

describe('rule:metrics — a bare round numeral is a size, not a figure (千人, 百名: set Y)', () => {
  it('reads no metric from a campaign name or a loose crowd, keeps the counted figure', () => {
    const text = '榆林医院启动百名专家下乡活动，流感高峰时急诊多达千人，全年急诊量达8.6万人次。';
    expect(values(text, 'metrics').map(([, raw]) => raw)).toEqual(['8.6万人次']);
  });

  it('still reads one thousand written with its numeral (一千二百人)', () => {
    const text = '榆林医院本年度体检一千二百人。';
    expect(values(text, 'metrics').map(([, raw]) => raw)).toEqual(['一千二百人']);
  });
});
