import { describe, expect, it } from 'vitest';
import { findInstitutions } from './institutions';
import { cpuMillisecondsOf } from '../testing/cpu-time';

/** `name:form` of each institution found, `!` after the form for a non-hospital. */
function found(text: string): string[] {
  return findInstitutions(text).map(
    (m) => `${m.name}:${m.form}${m.kind === 'hospital' ? '' : '!'}`,
  );
}

describe('findInstitutions — names led by a place', () => {
  it.each([
    ['阜新市第二人民医院开展义诊', ['阜新市第二人民医院:placed']],
    ['辽宁省锦州市中心医院新院区', ['锦州市中心医院:placed']],
    ['首都医科大学附属北京朝阳医院专家', ['首都医科大学附属北京朝阳医院:placed']],
    ['中国医学科学院北京协和医院', ['中国医学科学院北京协和医院:placed']],
    ['怀宁县政府向安庆市二院致谢', ['安庆市二院:placed']],
    ['安庆二院怀宁院区', ['安庆市二院:placeShort']],
    ['乌海市海南区蒙中医院奠基', ['乌海市海南区蒙中医院:placed']],
    // A county's hospital is named by its county: the prefecture written before it is dropped
    // as the province is (set X); a district's keeps its city (乌海市海南区…, above).
    ['安徽省安庆市怀宁县人民医院', ['怀宁县人民医院:placed']],
    ['湘西州泸溪县中医医院举行揭牌', ['泸溪县中医医院:placed']],
    ['昌吉州阜康市人民医院新院', ['阜康市人民医院:placed']],
    ['通辽市科尔沁左翼中旗蒙医医院', ['科尔沁左翼中旗蒙医医院:placed']],
    ['广州市番禺区中心医院', ['广州市番禺区中心医院:placed']],
    ['武汉大学中南医院', ['武汉大学中南医院:placeShort']],
    // Taiwan's owners before the place are part of the name (N's held-out pages).
    ['国军台中总医院今天启用', ['国军台中总医院:placeShort']],
    ['部立苗栗医院院长', ['部立苗栗医院:placeShort']],
    // Taiwan's veterans general hospitals go by 荣总 (set N).
    ['台中荣总新陈代谢科团队', ['台中荣总:placeShort']],
    // 等 of a school's grade (高等, 中等) is part of the name, not 'and so on' (set U).
    ['泰安护理高等学院附属中医院揭牌', ['泰安护理高等学院附属中医院:placeShort']],
    ['北京和内蒙古等地的三甲医院', []],
    // A name never holds 与: two institutions, not one (set N).
    ['中西区卫生所与卫生署台中医院合办', ['台中医院:placeShort']],
    [
      '怀宁县卫健委和安庆市卫生健康委员会',
      ['怀宁县卫健委:placed!', '安庆市卫生健康委员会:placed!'],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findInstitutions — short forms standing for the article’s own place', () => {
  it.each([
    ['近日，市中心医院开设门诊', '市中心医院', 'city', '中心医院'],
    ['近日，县人民医院与乡镇卫生院签约', '县人民医院', 'county', '人民医院'],
    ['专家来到市二院坐诊', '市二院', 'city', '二院'],
    ['省人医专家介绍', '省人医', 'province', '人医'],
    ['我市中心医院获评先进', '市中心医院', 'city', '中心医院'],
    ['该县人民医院院长', '县人民医院', 'county', '人民医院'],
    ['走进区人民医院', '区人民医院', 'county', '人民医院'],
    ['旗蒙医医院开诊', '旗蒙医医院', 'county', '蒙医医院'],
    // 人医 is a short suffix only where no 院 follows (工人医院 is a whole name).
    ['转到市工人医院治疗', '市工人医院', 'city', '工人医院'],
  ])('%s → %s', (text, name, level, rest) => {
    const [m] = findInstitutions(text);
    expect(m).toMatchObject({ name, form: 'level', level, rest, kind: 'hospital' });
  });

  it.each([['市级医院和县级医院'], ['全市公立医院'], ['市属医院'], ['县域医院']])(
    'a level word that is part of another word is not a short form: %s',
    (text) => {
      expect(findInstitutions(text)).toEqual([]);
    },
  );
});

describe('findInstitutions — names without a place', () => {
  it.each([
    ['近日，中南医院成功实施手术', ['中南医院:bare']],
    ['与协和医院签约', ['协和医院:bare']],
    ['在同仁医院进修', ['同仁医院:bare']],
    ['湘雅二医院专家', ['湘雅二医院:bare']],
    ['中南大学湘雅医院江西医院', ['中南大学湘雅医院江西医院:bare']],
    ['恩主公医院院长', ['恩主公医院:bare']],
    ['将军澳医院扩建', ['将军澳医院:bare']],
    // A hospital an enterprise's unit runs, numbered (found on set S).
    ['近日，中煤五局第一医院新病房楼动工', ['中煤五局第一医院:bare']],
    ['北川油田总医院扩建', ['北川油田总医院:bare']],
    ['星海建工集团职工医院体检中心', ['星海建工集团职工医院:bare']],
    // A column heading repeated on a page's first line is no name (held out from set N).
    ['医院要闻医院要闻', []],
    // A transliterated name of five characters (Hong Kong's hospitals are named after people, set N).
    ['【明报专讯】威尔斯亲王医院新大楼启用', ['威尔斯亲王医院:bare']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['患者被送到医院'],
    ['三甲医院'],
    ['三级甲等医院'],
    ['这家医院'],
    ['定点医院'],
    ['儿童医院'],
    ['中心医院'],
    ['人民医院'],
    ['基层医院'],
    ['互联网医院'],
    ['病人医疗费用'],
    ['与省内各医院合作'],
    ['国内医院'],
    ['综合类医院'],
    ['公益性医院'],
  ])('describes a hospital without naming one: %s', (text) => {
    expect(findInstitutions(text)).toEqual([]);
  });
});

describe('findInstitutions — designations are not hospitals', () => {
  it.each([['辽宁省儿科区域医疗中心'], ['辽宁省综合类区域医疗中心']])('%s', (text) => {
    expect(findInstitutions(text)[0]?.kind).toBe('other');
  });

  it('a 医联体 or 医共体 is not an institution of its own', () => {
    expect(found('锦州市中心医院医联体成员单位')).toEqual(['锦州市中心医院:placed']);
    expect(found('凌海市医共体总院')).toEqual([]);
  });

  it('a proper 医疗中心 stays a hospital', () => {
    expect(found('大连市妇女儿童医疗中心')).toEqual(['大连市妇女儿童医疗中心:placed']);
  });
});

describe('findInstitutions — offsets and aliases', () => {
  it('gives UTF-16 offsets of the name only, and the alias in brackets', () => {
    const text = '𠀀辽宁省阜新市第二人民医院（妇产医院）召开大会';
    const [m] = findInstitutions(text);
    expect(text.slice(m!.start, m!.end)).toBe('辽宁省阜新市第二人民医院');
    expect(m).toMatchObject({ name: '阜新市第二人民医院', alias: '妇产医院' });
  });
});

describe('findInstitutions: a town’s central clinic (found on set F)', () => {
  it('reads 某镇中心卫生院 and 某乡中心卫生院 as names', () => {
    const found = findInstitutions('在巡店镇中心卫生院,徐玲一行查看。他还走访了石门乡中心卫生院。');
    expect(found.map((m) => [m.name, m.form])).toEqual([
      ['巡店镇中心卫生院', 'bare'],
      ['石门乡中心卫生院', 'bare'],
    ]);
  });

  it('reads no name out of the towns’ clinics in general (各乡镇中心卫生院)', () => {
    expect(findInstitutions('全县各乡镇中心卫生院积极开展义诊。').map((m) => m.name)).toEqual([]);
  });
});

describe('findInstitutions: a level name after 暨 (found on set F)', () => {
  it('reads 区中医院 after 某综合体暨, and keeps 暨南 as the start of a bare name', () => {
    const found = findInstitutions(
      '我区重点工程金沙湾医学综合体暨区中医院新院建设项目。暨南大学附属第一医院专家到场。',
    );
    expect(found.map((m) => [m.name, m.form])).toEqual([
      ['区中医院', 'level'],
      ['暨南大学附属第一医院', 'bare'],
    ]);
  });
});

describe('findInstitutions: forms found on set L (2026-12-07)', () => {
  it('reads no name out of a place with a count of hospitals (两家医院, 3所医院, 多家卫生院)', () => {
    expect(found('清河两家医院同日开工')).toEqual([]);
    expect(found('全县3所医院完成改造')).toEqual([]);
    expect(found('安庆多家卫生院参加')).toEqual([]);
    // An ordinal is no count: the city's second hospital keeps its name.
    expect(found('安庆市第二人民医院开工')).toEqual(['安庆市第二人民医院:placed']);
  });

  it('reads a hospital named after a development zone as a bare name (湖西新区人民医院)', () => {
    expect(found('举行湖西新区人民医院项目开工仪式')).toEqual(['湖西新区人民医院:bare']);
    expect(found('据了解，滨江开发区中医院将于年底开诊')).toEqual(['滨江开发区中医院:bare']);
    // A zone's hospitals in general name none.
    expect(found('新区各医院')).toEqual([]);
  });

  it('reads a name that starts with 大 (大千竹南医院), but not a size (大型医院, 大医院)', () => {
    expect(found('大千竹南医院预计兴建地上14层')).toEqual(['大千竹南医院:bare']);
    expect(found('该市大型医院')).toEqual([]);
    expect(found('去大医院看病')).toEqual([]);
  });
});

describe('findInstitutions: branches (分院, found on set L)', () => {
  it('reads a branch with its university’s short name and its place (台大云林分院)', () => {
    expect(found('规划多年的台大云林分院虎尾院区二期大楼')).toEqual(['台大云林分院:placeShort']);
  });

  it('joins a branch to the hospital written right before it (某医院城南分院)', () => {
    expect(found('安庆市第二人民医院城南分院开诊')).toEqual(['安庆市第二人民医院城南分院:placed']);
  });

  it('joins a branch named by a centre or a district of several characters (某医院肿瘤中心分院)', () => {
    expect(found('湘雅医院肿瘤中心分院建成')).toEqual(['湘雅医院肿瘤中心分院:bare']);
    expect(found('市中心医院城东新区分院启用')).toEqual(['市中心医院城东新区分院:level']);
    // A clause between them is no branch's name: the two stay apart.
    expect(found('省人民医院和市中心医院城南分院')).toEqual([
      '省人民医院:level',
      '市中心医院城南分院:level',
    ]);
  });

  it('reads an academy’s branch as no hospital (中国科学院沈阳分院)', () => {
    expect(found('中国科学院沈阳分院专家来院交流')).toEqual(['中国科学院沈阳分院:placed!']);
  });

  it('reads no branch out of 分院长 or a branch in general (该院分院)', () => {
    expect(found('该院分院开诊')).toEqual([]);
    expect(found('县医院分院长出席')).toEqual(['县医院:level']);
  });
});

describe('findInstitutions — cost', () => {
  // A page that is one long line naming a hospital again and again, with no 报 in it: looking
  // for a credit word (记者…报道) scanned back to the start of the text at every name, so a
  // 2 MB line of this took 21 s and a 10 MB one minutes.
  it('stays linear on a long line of repeated names', () => {
    const sentence = '北京协和医院今天宣布成立新的心脏中心，投资三亿元人民币。';
    const text = sentence.repeat(10_000);
    let names: ReturnType<typeof findInstitutions> = [];
    const seconds =
      cpuMillisecondsOf(() => {
        names = findInstitutions(text);
      }) / 1000;
    expect(names).toHaveLength(10_000);
    expect(names[9_999]).toMatchObject({
      name: '北京协和医院',
      start: 9_999 * sentence.length,
    });
    expect(seconds).toBeLessThan(1.5);
  });
});

describe('findInstitutions — a campus after the hospital’s name', () => {
  it('reads the hospital, not its campus, as the institution (某县总医院人民医院院区)', () => {
    expect(found('慈利县总医院人民医院院区设有急诊科')).toEqual(['慈利县总医院:placed']);
    expect(found('汝城县总医院中医医院院区开诊')).toEqual(['汝城县总医院:placed']);
  });

  it('still joins a hospital to the university it belongs to', () => {
    expect(found('南方医科大学南方医院专家')).toEqual(['南方医科大学南方医院:bare']);
  });
});
