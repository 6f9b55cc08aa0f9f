import { describe, expect, it } from 'vitest';
import { CONFIDENCE } from '../confidence';
import { extractFrom } from './rule-test-kit';

/** The hospital suggestion of a short article: its value, the texts of its spans, its confidence. */
function hospital(text: string, options: { title?: string; kicker?: string } = {}) {
  const found = extractFrom(text, ['hospital'], options).filter((s) => s.field === 'hospital');
  if (found.length === 0) return null;
  const [s] = found;
  return { name: s!.value, spans: s!.spans.map((span) => span.text), confidence: s!.confidence };
}

describe('rule:hospital — names without a place', () => {
  it('takes a bare name the article repeats (中南医院)', () => {
    const found = hospital(
      '近日，中南医院成功为一名八旬老人实施心脏手术。中南医院心内科主任介绍，手术用时两小时。',
    );
    expect(found?.name).toBe('中南医院');
    expect(found?.spans).toEqual(['中南医院', '中南医院']);
  });

  it('gathers a bare name under the full name the article also writes (武汉大学中南医院)', () => {
    const found = hospital(
      '记者从武汉大学中南医院获悉，该院日前开通夜间门诊。中南医院相关负责人说，夜诊开到21点。',
    );
    expect(found?.name).toBe('武汉大学中南医院');
    expect(found?.spans).toEqual(['武汉大学中南医院', '中南医院']);
  });

  it('gathers a name under a longer one it ends (北京协和医院, 中国医学科学院北京协和医院)', () => {
    const found = hospital(
      '中国医学科学院北京协和医院专家来院会诊。北京协和医院专家团队共5人。北京协和医院将长期支持。',
    );
    expect(found?.name).toBe('中国医学科学院北京协和医院');
    expect(found?.spans).toHaveLength(3);
  });

  it('takes a bare name the headline gives, met once in the text (协和医院)', () => {
    const found = hospital('即日起，协和医院在门诊大厅增设便民服务台，方便老年患者就医。', {
      title: '协和医院增设便民服务台',
    });
    expect(found).toMatchObject({ name: '协和医院', confidence: CONFIDENCE.strongCue });
  });

  it('keeps an ordinal after the name (湘雅二医院)', () => {
    expect(hospital('湘雅二医院举办义诊活动。湘雅二医院专家为群众解答问题。')?.name).toBe(
      '湘雅二医院',
    );
  });

  it.each([
    ['患者被紧急送到医院救治，目前已脱离危险。'],
    ['全县三甲医院和公立医院都参加了这次培训。'],
    ['这家医院的门诊量逐年增加，定点医院名单已公布。'],
    ['市级医院要带动县级医院发展，乡镇医院也要跟上。'],
  ])('finds no hospital in words that only describe one: %s', (text) => {
    expect(hospital(text)).toBeNull();
  });
});

describe('rule:hospital — short forms resolved from the article', () => {
  it('gathers 市中心医院 under the full name written earlier', () => {
    const found = hospital(
      '锦州市中心医院新院区今日启用。市中心医院院长表示，新院区开放床位800张。',
    );
    expect(found?.name).toBe('锦州市中心医院');
    expect(found?.spans).toEqual(['锦州市中心医院', '市中心医院']);
  });

  it('completes 市中心医院 with the dateline place (锦州讯)', () => {
    const found = hospital('锦州讯 近日，市中心医院开设专家门诊。市中心医院共派出专家20名。');
    expect(found?.name).toBe('锦州市中心医院');
    expect(found?.spans).toEqual(['市中心医院', '市中心医院']);
  });

  it('completes 县人民医院 with a dated dateline (本报怀宁12月3日讯)', () => {
    expect(
      hospital('本报怀宁12月3日讯 县人民医院胸痛中心通过验收。县人民医院将继续提升救治能力。')
        ?.name,
    ).toBe('怀宁县人民医院');
  });

  it('completes 县人民医院 with the one county the article names as a place', () => {
    const found = hospital(
      '近日，遂溪县召开卫生工作座谈会。县人民医院院长在会上发言。县人民医院今年新增床位100张。',
    );
    expect(found?.name).toBe('遂溪县人民医院');
  });

  it('does not complete a short form with a county people travel to', () => {
    expect(hospital('县人民医院专家赴和平县义诊。县人民医院共派出专家10名。')?.name).toBe(
      '县人民医院',
    );
  });

  it('keeps a short form as written, at a low confidence, when nothing says more', () => {
    expect(hospital('近日，市中心医院举行开放日活动。市中心医院医护人员为市民义诊。')).toEqual({
      name: '市中心医院',
      spans: ['市中心医院', '市中心医院'],
      confidence: CONFIDENCE.weakCue,
    });
  });

  it('between two full names a short form may stand for, takes the dateline’s', () => {
    const text =
      '锦州讯 近日，市中心医院与盘锦市中心医院签约。锦州市中心医院院长和盘锦市中心医院院长出席。';
    expect(hospital(text)?.spans).toEqual(['市中心医院', '锦州市中心医院']);
  });

  it('between two full names named equally, gives the short form to neither', () => {
    const found = hospital('本报讯 近日，市中心医院与盘锦市中心医院签约。锦州市中心医院院长出席。');
    expect(found?.spans).not.toContain('市中心医院');
  });

  it('reads 市二院 as 安庆市第二人民医院 when the article writes that', () => {
    const found = hospital(
      '安庆市第二人民医院与怀宁县签署合作协议。根据协议，市二院将派出专家常驻。市二院院长出席。',
    );
    expect(found?.name).toBe('安庆市第二人民医院');
    expect(found?.spans).toEqual(['安庆市第二人民医院', '市二院', '市二院']);
  });

  it('reads 省人医 as the province hospital written in full', () => {
    const found = hospital('江苏省人民医院发布新技术。省人医专家介绍，这项技术已用于临床。');
    expect(found?.name).toBe('江苏省人民医院');
    expect(found?.spans).toEqual(['江苏省人民医院', '省人医']);
  });

  it('completes 省人医 with the province of the dateline city (南京讯)', () => {
    expect(hospital('南京讯 省人医近日开通互联网医院。省人医是全省首家开通的医院。')?.name).toBe(
      '江苏省人医',
    );
  });

  it('reads 县人民医院 as the county hospital written in full, also after 与', () => {
    const found = hospital('近日，县人民医院与乡镇卫生院签约。怀宁县人民医院院长主持仪式。');
    expect(found?.name).toBe('怀宁县人民医院');
    expect(found?.spans).toEqual(['县人民医院', '怀宁县人民医院']);
  });
});

describe('rule:hospital — the institution the article is about', () => {
  it('prefers the hospital the article is about over the first one it names', () => {
    const found = hospital(
      '在锦州市中心医院专家的指导下，凌海市人民医院成功完成首例介入手术。' +
        '凌海市人民医院今年引进设备12台。凌海市人民医院院长表示，将继续加强学科建设。',
    );
    expect(found?.name).toBe('凌海市人民医院');
  });

  it('chooses among many hospitals by the lead, the frequency and the actor', () => {
    const found = hospital(
      '日前，义县人民医院举办县域医共体培训班。市卫健委组织锦州市中心医院、锦州市第二医院、' +
        '锦州市妇婴医院的专家授课。义县人民医院各科室负责人参加培训。义县人民医院表示，将定期举办。',
    );
    expect(found?.name).toBe('义县人民医院');
    expect(found?.confidence).toBe(CONFIDENCE.clauseCue);
  });

  it('takes none of the hospitals a page lists once each', () => {
    expect(
      hospital(
        '全市公布首批示范医院名单：锦州市中心医院、锦州市第二医院、锦州市妇婴医院、凌海市人民医院。',
      ),
    ).toBeNull();
  });

  it('takes none of the institutions a tour visits, each named as often (set S)', () => {
    const text =
      '5月9日，市卫健委检查组赴晴川县督导医疗质量工作。\n检查组在晴川县中医院检查\n检查组在晴川县妇幼保健院检查\n' +
      '检查组在石门镇卫生院检查\n检查组先后到晴川县中医院、晴川县妇幼保健院和石门镇卫生院，查看病历书写和院感防控。';
    expect(hospital(text)).toBeNull();
  });

  it('still takes the hospital a tour names more often than the others', () => {
    const text =
      '检查组在晴川县中医院检查，随后到晴川县妇幼保健院、石门镇卫生院。晴川县中医院院长汇报了工作，' +
      '晴川县中医院将抓好整改。';
    expect(hospital(text)?.name).toBe('晴川县中医院');
  });

  it('takes none of a report listing hospitals by their names without a place (set L)', () => {
    // One name with a place (朝阳医院) among bare names met once each: a list, not a subject.
    expect(
      hospital(
        '一是加快项目建设。朝阳医院东院开诊运行；友谊医院顺义院区、安贞医院通州院区基本完工，' +
          '积水潭医院回龙观院区推进装修。',
      ),
    ).toBeNull();
  });

  it('takes no hospital a page speaking as “we” names only as where it went (set N)', () => {
    const text =
      '我院积极响应义诊活动周。9月2日，我院名医团队赴嘉禾县妇幼保健院开展义诊。' +
      '我院与嘉禾县妇幼保健院紧密协作，成立工作室。本次活动我院共接诊200人。';
    expect(hospital(text)).toBeNull();
  });

  it('keeps the hospital a page speaking as “we” names as its actor', () => {
    const text =
      '我院积极响应义诊活动周。嘉禾县妇幼保健院名医团队来我院开展义诊。我院与嘉禾县妇幼保健院协作。我院接诊200人。';
    expect(hospital(text)?.name).toBe('嘉禾县妇幼保健院');
  });

  it('is unsure between two hospitals named equally', () => {
    expect(hospital('锦州市中心医院与凌海市人民医院签约。双方将共建专科联盟。')?.confidence).toBe(
      CONFIDENCE.weakCue,
    );
  });

  it('takes the hospital a headline names without its university (中南医院)', () => {
    const found = hospital(
      '武汉大学中南医院与凌海市人民医院签约。凌海市人民医院专家将到中南医院进修。凌海市人民医院表示感谢。',
      { title: '中南医院与凌海结对帮扶' },
    );
    expect(found).toMatchObject({ name: '武汉大学中南医院', confidence: CONFIDENCE.strongCue });
  });

  it('takes the hospital a headline names in short form (市中心医院)', () => {
    const found = hospital('锦州市中心医院新院区今日开诊，凌海市人民医院专家到场祝贺。', {
      title: '市中心医院新院区开诊',
    });
    expect(found).toMatchObject({ name: '锦州市中心医院', confidence: CONFIDENCE.strongCue });
  });

  it('never takes a designation (…区域医疗中心) for the hospital', () => {
    const found = hospital(
      '辽宁省儿科区域医疗中心依托锦州市中心医院建设。辽宁省儿科区域医疗中心将覆盖辽西地区。',
    );
    expect(found?.name).toBe('锦州市中心医院');
  });

  it('takes the hospital the kicker names', () => {
    const found = hospital(
      '医院新建住院楼投入使用。凌海市人民医院院长讲话。锦州市中心医院专家到场。',
      {
        kicker: '凌海市人民医院',
      },
    );
    expect(found).toMatchObject({ name: '凌海市人民医院', confidence: CONFIDENCE.strongCue });
  });
});

describe('rule:hospital — traditional characters', () => {
  it('normalises 遼寧省錦州市中心醫院 to its simplified name, spans as written', () => {
    const found = hospital('遼寧省錦州市中心醫院新院區開工。錦州市中心醫院院長表示，工期兩年。');
    expect(found?.name).toBe('锦州市中心医院');
    expect(found?.spans).toEqual(['遼寧省錦州市中心醫院', '錦州市中心醫院']);
  });

  it('reads a Taiwan hospital named without a place (光田醫院)', () => {
    const found = hospital('光田醫院新院區今天啟用。光田醫院表示，搬遷過程歷時七小時。');
    expect(found?.name).toBe('光田医院');
    expect(found?.spans).toEqual(['光田醫院', '光田醫院']);
  });
});

describe('rule:hospital — a bare name that starts with 新 (found on set J)', () => {
  it('reads 新X醫院 as a proper name, 新建/新型 before 医院 as no name', () => {
    const found = hospital('新和醫院今天舉辦院慶，院長出席。新和醫院表示，明年增設病床。');
    expect(found?.name).toBe('新和医院');
    expect(found?.spans).toEqual(['新和醫院', '新和醫院']);
    expect(hospital('县里新建医院投入使用。新建医院设床位200张。')).toBeNull();
  });
});

describe('rule:hospital — a county-level city completes its own 市', () => {
  it('reads 市妇幼保健院 under a 宜都融媒讯 dateline as 宜都市妇幼保健院, not the prefecture’s', () => {
    const found = hospital('宜都融媒讯(通讯员 陶某)1月20日,市妇幼保健院走访慰问了5位退休职工。');
    expect(found?.name).toBe('宜都市妇幼保健院');
  });
});

describe('rule:hospital — memorial hospitals', () => {
  it('reads a founder’s name of five characters before 纪念医院 (新 is no "new" there)', () => {
    const found = hospital('近日,新光吴火狮纪念医院举行动土典礼。新光吴火狮纪念医院院长侯某出席。');
    expect(found?.name).toBe('新光吴火狮纪念医院');
    expect(hospital('近日,長庚紀念醫院成功完成手術。長庚紀念醫院表示,手術順利。')?.name).toBe(
      '长庚纪念医院',
    );
  });
});

describe('rule:hospital — general hospitals named before 综合 (Macau, Taiwan)', () => {
  it('reads a proper name of two to four characters before 綜合醫院', () => {
    const title = '明德綜合醫院慶祝成立八十週年';
    const text = `${title}\n\n明德綜合醫院將於明日舉行慶祝活動,院長致辭。`;
    expect(hospital(text, { title })?.name).toBe('明德综合医院');
    const three = '仁安里綜合醫院今日啟用新大樓。仁安里綜合醫院院長表示,新大樓設病床三百張。';
    expect(hospital(three)?.name).toBe('仁安里综合医院');
  });

  it('takes no description before 综合医院 for a name (该综合医院, 三级综合医院)', () => {
    expect(hospital('该综合医院今年新增床位。该综合医院院长表示满意。')).toBeNull();
    expect(hospital('全县新建一所三级综合医院。三级综合医院将于明年启用。')).toBeNull();
  });
});

describe('rule:hospital — a count or a headline verb before the name', () => {
  it('takes no ordinal for part of the name (首間中醫醫院, 第一家民营医院)', () => {
    expect(hospital('首間中醫醫院預計明年落成。首間中醫醫院將提供四百張床位。')).toBeNull();
    expect(hospital('第一家民营医院开业。第一家民营医院院长致辞。')).toBeNull();
  });

  it('leaves a headline’s verb out of the name (捐款聖母醫院)', () => {
    const title = '婦女協會 捐款聖母醫院';
    const found = hospital(`${title}\n\n婦女協會昨天來到聖母醫院,捐贈病床二十張。`, { title });
    expect(found?.name).toBe('圣母医院');
  });
});

describe('rule:hospital — praise is no name', () => {
  it('reads no hospital from 我市一流醫院 in a headline, the county hospital from the text', () => {
    const headline = '紫陽建成我市一流醫院住院大樓';
    const found = hospital(
      `${headline}\n本網訊 8月29日,總投資過億元的我市重點建設項目---紫陽縣醫院住院綜合大樓建成并正式投入使用。\n紫陽縣醫院住院綜合大樓先后被列入國家重點縣醫院建設項目。`,
      { title: headline },
    );
    expect(found?.name).toBe('紫阳县医院');
    expect(hospital('县首家医院开诊。')).toBeNull();
  });
});

describe('rule:hospital and rule:place — pathological pages', () => {
  it.each([['这家医院'], ['锦州市中心医院'], ['中南医院'], ['与市二院']])(
    'read one endless line of %s in linear time',
    (unit) => {
      // Searching each name back to the line's start, or joining each to the one before, was
      // quadratic: minutes for this line, well past the test's time limit; linear is about a second.
      const text = unit.repeat(30_000);
      const found = extractFrom(text, ['hospital', 'province', 'city', 'county', 'partners']);
      expect(found.every((s) => s.spans.every((span) => span.text.length <= 40))).toBe(true);
    },
    20_000,
  );
});

describe('rule:hospital — a long page', () => {
  // A short name repeated all through a long page joined its fuller name with
  // push(...mentions): past about 125,000 mentions the call stack overflowed and the import failed.
  it('groups more mentions of a short name than a call may have arguments', () => {
    // A district's hospital keeps its city in its name, so the shorter mention is a short form.
    const found = extractFrom('乌海市海南区人民医院。海南区人民医院。'.repeat(150_000), [
      'hospital',
    ]);
    expect(found.map((s) => s.value)).toEqual(['乌海市海南区人民医院']);
  });
});

describe('rule:hospital — a name met once, in the lead (session 9)', () => {
  it('takes the short form the lead opens with, kept as written, as a weak guess', () => {
    const found = hospital(
      '县人民医院及妇幼保健院整体迁建工程是我县的重点工程。施工单位加快进度，确保如期投入使用。',
    );
    expect(found?.name).toBe('县人民医院');
    expect(found?.confidence).toBe(CONFIDENCE.weakCue);
  });

  it('takes a branch’s name over a descriptive phrase (这是某地唯一…医院)', () => {
    const found = hospital(
      '历时四年筹建，马偕医院台东分院急重症大楼今天落成，这是台东地区唯一区域级和急重症医院。',
    );
    expect(found?.name).toBe('马偕医院台东分院');
  });

  it('gathers a bare name under the name with its university (南方医院)', () => {
    const found = hospital(
      '近日，某某医科大学南方医院举行义诊。院士、南方医院肾内科主任带领专家坐诊。',
    );
    expect(found?.name).toBe('某某医科大学南方医院');
    expect(found?.spans).toEqual(['某某医科大学南方医院', '南方医院']);
  });

  it.each([
    ['书记察看了待建地块，还就医院用房紧张等问题作了了解。'],
    ['会议要求，要加强医院管理，提升服务水平。'],
    ['2006年，成为全市唯一一家“惠民医院”，综合病房楼破土动工。'],
  ])('takes no words that end on 医院, nor a quoted label: %s', (text) => {
    expect(hospital(text)).toBeNull();
  });

  it('not a name met once after the lead', () => {
    const found = hospital(
      `${'今年以来，全县卫生健康工作稳步推进，各项指标均达到预期目标，群众满意度持续提升。'.repeat(5)}据悉，县人民医院也参与了此项工作。`,
    );
    expect(found).toBeNull();
  });
});

describe('rule:hospital — a name met once in the lead that is not the article’s own', () => {
  it.each([['本院专家团队近日与协和医院签约，共建专科联盟。'], ['阜新市第\n二人民医院']])(
    'takes no partner, place visited or piece of a broken name: %s',
    (text) => {
      expect(hospital(text)).toBeNull();
    },
  );
});

describe('rule:hospital — an official’s visit to a short form (session 9)', () => {
  it('reads 市中心医院 after 深入 and completes it with the city the article names', () => {
    const found = hospital(
      '12月18日，锦州市委副书记王某等领导深入市中心医院视察，看望了医务人员和住院病人。',
    );
    expect(found?.name).toBe('锦州市中心医院');
  });
});

describe('rule:hospital — a headline naming a partner after 我院与 (a list item)', () => {
  it('takes the page’s own hospital, not the partner the headline names after 与', () => {
    const found = extractFrom(
      '5月8日，宜都市人民医院与荆州市中心医院签约，共建心血管专科联盟。',
      ['hospital'],
      { title: '我院与荆州市中心医院共建心血管专科联盟' },
    );
    expect(found.find((s) => s.field === 'hospital')?.value).toBe('宜都市人民医院');
  });

  it('also where the headline is the article’s first line and the partner is named twice', () => {
    const found = extractFrom(
      '我院与荆州市中心医院共建心血管专科联盟\n' +
        '5月8日，宜都市人民医院与荆州市中心医院签约，共建心血管专科联盟。',
      ['hospital'],
    );
    expect(found.find((s) => s.field === 'hospital')?.value).toBe('宜都市人民医院');
  });
});

describe('rule:hospital — 县医院 for a county’s general hospital (县总医院, set Q)', () => {
  it('reads the headline’s 县医院 as the county’s 总医院 the text names', () => {
    const found = extractFrom(
      '寒潮来临，急诊量翻了一倍。平江县总医院急诊科主任介绍，科室已增开留观床位。',
      ['hospital'],
      { title: '寒潮里连轴转的县医院' },
    );
    expect(found.find((s) => s.field === 'hospital')?.value).toBe('平江县总医院');
  });
});
