import { describe, expect, it } from 'vitest';
import { CONFIDENCE } from '../confidence';
import { extractFrom } from './rule-test-kit';

const LEVELS = ['province', 'city', 'county'] as const;

/** `province/city/county` names of a short article ('' for a level left open). */
function places(text: string, options: { title?: string; kicker?: string } = {}): string {
  const found = extractFrom(text, ['hospital', ...LEVELS], options);
  return LEVELS.map(
    (level) =>
      (found.find((s) => s.field === level)?.value as { name: string } | undefined)?.name ?? '',
  ).join('/');
}

function suggestion(text: string, level: (typeof LEVELS)[number]) {
  return extractFrom(text, ['hospital', ...LEVELS]).find((s) => s.field === level);
}

describe('rule:place — from the subject hospital', () => {
  it('derives the province from the city of the hospital’s name', () => {
    expect(places('阜新市第二人民医院新建门诊楼。阜新市第二人民医院院长讲话。')).toBe(
      '辽宁省/阜新市/',
    );
    const province = suggestion('阜新市第二人民医院新建门诊楼。', 'province');
    expect(province).toMatchObject({ raw: '阜新市', confidence: CONFIDENCE.derived });
  });

  it('derives the city and province from a county hospital', () => {
    expect(places('怀宁县人民医院胸痛中心挂牌。怀宁县人民医院将持续提升救治水平。')).toBe(
      '安徽省/安庆市/怀宁县',
    );
  });

  it('takes the city of a short name (安庆二院) that names one place only', () => {
    expect(places('安庆二院怀宁院区开诊。安庆二院派出专家坐诊。')).toBe('安徽省/安庆市/');
  });

  it('takes the dateline’s place for a short form completed with it (锦州讯 … 市中心医院)', () => {
    expect(places('锦州讯 近日，市中心医院开设专家门诊。市中心医院共派出专家20名。')).toBe(
      '辽宁省/锦州市/',
    );
  });

  it('reads a traditional page through the simplified view (遼寧省錦州市…醫院)', () => {
    const found = extractFrom('遼寧省錦州市中心醫院新院區開工。', ['hospital', 'province', 'city']);
    const city = found.find((s) => s.field === 'city')!;
    expect(city.value).toEqual({ name: '锦州市', code: '2107' });
    expect(city.raw).toBe('錦州市');
    expect(found.find((s) => s.field === 'province')).toMatchObject({
      value: { name: '辽宁省', code: '21' },
      raw: '遼寧省',
    });
  });
});

describe('rule:place — from datelines', () => {
  it.each([
    ['锦州讯 近日，中南医院专家来我市义诊。中南医院共派出专家8名。', '辽宁省/锦州市/'],
    ['本报沈阳12月3日讯 协和医院专家团队抵达。协和医院将开展三天义诊。', '辽宁省/沈阳市/'],
    [
      '新华社武汉5月8日电 中南医院今天发布新技术。中南医院介绍，该技术已用于临床。',
      '湖北省/武汉市/',
    ],
    [
      '（记者 王明 河南南阳报道）协和医院专家团队昨日抵达。协和医院专家开展义诊。',
      '河南省/南阳市/',
    ],
    ['本报怀宁12月3日讯 县人民医院胸痛中心通过验收。', '安徽省/安庆市/怀宁县'],
  ])('%s', (text, expected) => {
    expect(places(text)).toBe(expected);
  });

  it('gives no place for 本报讯 or a paper’s own name', () => {
    expect(places('本报讯 近日，协和医院开通夜间门诊。协和医院表示，夜诊开到21点。')).toBe('//');
    expect(places('锦州日报讯 近日，协和医院开通夜间门诊。协和医院表示，夜诊开到21点。')).toBe(
      '//',
    );
  });
});

describe('rule:place — never from inside another name', () => {
  it('a Beijing hospital called 朝阳医院 is not in 辽宁省朝阳市', () => {
    expect(
      places('北京讯 近日，朝阳医院举行新院区启用仪式。朝阳医院院长表示，新院区位于朝阳区。'),
    ).toBe('北京市//朝阳区');
    expect(places('朝阳医院举行新院区启用仪式。朝阳医院院长出席。')).toBe('//');
  });

  it('the street 中山南路 is not 中山市', () => {
    expect(places('近日，协和医院在中山南路开设门诊部。协和医院表示，门诊部每天开放。')).toBe('//');
  });

  it('北京会议中心 and 北京會議中心 do not make the province 北京', () => {
    expect(places('锦州市中心医院代表在北京会议中心领奖。锦州市中心医院获评先进单位。')).toBe(
      '辽宁省/锦州市/',
    );
    expect(places('協和醫院代表在北京會議中心領獎。協和醫院獲評先進單位。')).toBe('//');
  });

  it('a meeting’s city does not beat the hospital’s', () => {
    expect(
      places('锦州讯 中南医院专家赴沈阳参加学术会议。会议在沈阳市召开，中南医院专家作报告。'),
    ).toBe('辽宁省/锦州市/');
    expect(places('中南医院专家在沈阳市召开的会议上作报告。中南医院介绍了新技术。')).toBe('//');
  });

  it('another institution’s city is not the hospital’s', () => {
    expect(places('协和医院与大连医科大学签约。协和医院将派出专家。')).toBe('//');
  });

  it('a county’s name inside another word is not a place (和县 in 和县级医院)', () => {
    expect(places('协和医院帮扶市级医院和县级医院。协和医院派出专家。')).toBe('//');
  });

  it('an ordinary word that is also a city’s short name is not a place (来宾 guests, 安康)', () => {
    expect(places('协和医院新楼启用，现场来宾纷纷称赞。协和医院祝大家安康。')).toBe('//');
    expect(places('協和醫院新樓啟用，現場來賓莞爾一笑。協和醫院表示感謝。')).toBe('//');
    expect(places('来宾市人民医院新楼启用。来宾市人民医院表示感谢。')).toBe(
      '广西壮族自治区/来宾市/',
    );
  });

  it('a newspaper’s name is not a place (辽宁日报)', () => {
    expect(places('据辽宁日报报道，协和医院开通夜间门诊。协和医院表示，夜诊开到21点。')).toBe('//');
  });
});

describe('rule:place — administrative names, consistent with each other', () => {
  it('takes the county the article names as an administrative place, its city and province', () => {
    expect(
      places('近日，怀宁县召开卫生工作会议。怀宁县卫健委表彰了中南医院。中南医院代表发言。'),
    ).toBe('安徽省/安庆市/怀宁县');
  });

  it('where the hospital’s people travel to is not its place', () => {
    expect(places('中南医院专家来到安庆市怀宁县义诊。中南医院专家为群众看病。')).toBe('//');
  });

  it('a province written apart from the city still agrees with it', () => {
    expect(places('协和医院专家来到锦州市义诊。锦州市民踊跃参加。协和医院专家到北京市交流。')).toBe(
      '辽宁省/锦州市/',
    );
  });
});

describe('rule:hospital and rule:place — short articles', () => {
  /** `hospital | province/city/county` of a short article. */
  function read(text: string): string {
    const found = extractFrom(text, ['hospital', ...LEVELS]);
    const hospital = found.find((s) => s.field === 'hospital')?.value ?? '';
    return `${String(hospital)} | ${places(text)}`;
  }

  it('a county hospital called 县医院, in a county the article names', () => {
    expect(
      read(
        '本报讯（通讯员 李华）近日，县医院新建的住院大楼正式投入使用。定边县委书记出席仪式并讲话。' +
          '县医院院长表示，大楼共设床位500张，将缓解群众住院难。',
      ),
    ).toBe('定边县医院 | 陕西省/榆林市/定边县');
  });

  it('a Taiwan hospital in traditional characters: no place outside the mainland table', () => {
    expect(
      read(
        '〔記者林明／台中報導〕臺中市老人復健綜合醫院昨天舉行開幕典禮。' +
          '臺中市老人復健綜合醫院表示，首週掛號費全免。',
      ),
    ).toBe('台中市老人复健综合医院 | //');
  });

  it('a provincial hospital at a venue of its capital: the venue gives no city', () => {
    expect(
      read(
        '本报讯 12月3日，江苏省人民医院在南京国际博览中心举办健康科普展。省人医专家现场解答市民提问。',
      ),
    ).toBe('江苏省人民医院 | 江苏省//');
  });

  it('a page not about a hospital gets no place (a school in 甘谷县)', () => {
    expect(read('近日，甘谷县第一中学新教学楼落成启用。甘谷县教育局局长出席仪式。')).toBe(' | //');
  });

  it('a health commission’s list of hospitals names no subject and no place from the list', () => {
    expect(
      read(
        '日前，省卫健委公布首批示范单位：锦州市中心医院、盘锦市中心医院、本溪市中心医院、阜新市第二人民医院。',
      ),
    ).toBe(' | //');
  });
});

describe('rule:place — a hospital named with its county’s former name (found on set F)', () => {
  it('places 海安县人民医院 and 长乐市医院 in today’s divisions', () => {
    expect(places('8月17日,南通市副市长一行来到海安县人民医院调研。')).toBe('江苏省/南通市/海安市');
    expect(places('记者4日获悉,长乐市医院年底将动建一栋外科综合大楼。')).toBe(
      '福建省/福州市/长乐区',
    );
  });
});

describe('rule:place — a long page', () => {
  // A single 20 MB paragraph naming 北京 at every sentence overflowed the call stack
  // (out.push(...mentions)), and the whole import failed with no file named.
  it('suggests a place named in more sentences than a call may have arguments', () => {
    const found = extractFrom('北京协和医院义诊。'.repeat(130_000), ['hospital', ...LEVELS]);
    const beijing = found.filter((s) => s.field === 'province');
    expect(beijing.length).toBeGreaterThan(0);
    expect(beijing[0]).toMatchObject({ raw: '北京', value: { name: '北京市' } });
  });
});

describe('rule:hospital and rule:place — a county named only in a slogan (set Q)', () => {
  it('completes 县医院 with the county of 健康X建设 and places it there', () => {
    const text =
      '县长到我院调研急诊能力建设\n' +
      '近日，县长带队到我院调研，察看了急诊大厅和重症病房。' +
      '他肯定了县医院一年来在急诊救治、健康米脂建设中的作用。' +
      '他要求，县医院进一步提升服务能力。';
    const found = extractFrom(text, ['hospital', ...LEVELS]);
    expect(found.find((s) => s.field === 'hospital')?.value).toBe('米脂县医院');
    expect(places(text)).toBe('陕西省/榆林市/米脂县');
  });
});

describe('rule:place — where the text says the hospital stands (found on sets U and V)', () => {
  it('takes the county a city hospital’s project is said to stand in, named once', () => {
    expect(places('阜新市第三人民医院迁建项目启动。新院址位于阜新市细河区，规划床位300张。')).toBe(
      '辽宁省/阜新市/细河区',
    );
  });

  it('still leaves a county named once in passing below the hospital’s city open', () => {
    expect(
      places('阜新市第三人民医院专家赴细河区开展义诊。阜新市第三人民医院共派出专家8名。'),
    ).toBe('辽宁省/阜新市/');
  });

  it('gives a provincial hospital no county from the district it partners', () => {
    expect(
      places(
        '辽宁省人民医院与沈阳市浑南区共建医联体。辽宁省人民医院专家将定期到浑南区坐诊，浑南区卫健局负责协调。',
      ),
    ).toBe('辽宁省/沈阳市/');
  });
});

describe('rule:place — a Taiwan county shortened to its first character and 縣 (set Z)', () => {
  it('reads no mainland county from 雲縣 on a page that names 雲林縣', () => {
    const text = '雲林縣衛生局今天表示，雲縣長照據點明年再增十處，斗六醫院將協助培訓照服員。';
    expect(places(text)).toBe('//');
  });

  it('still reads the mainland county of the same name where no Taiwan county is named', () => {
    expect(places('云县人民医院门急诊综合楼投用，云县人民医院院长介绍。')).toBe(
      '云南省/临沧市/云县',
    );
  });
});
