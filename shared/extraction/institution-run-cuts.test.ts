import { describe, expect, it } from 'vitest';
import { findInstitutions } from './institutions';

/** `name:form` of each hospital found, with the text its span covers when that differs. */
function found(text: string): string[] {
  return findInstitutions(text)
    .filter((m) => m.kind === 'hospital')
    .map((m) => {
      const written = text.slice(m.start, m.end);
      return written === m.name ? `${m.name}:${m.form}` : `${m.name}:${m.form}@${written}`;
    });
}

describe('findInstitutions — words before the name inside its run of ideographs', () => {
  it.each([
    // A sentence's verb or time word glued between the place where it happens and the name.
    ['嘉禾县举行经开区人民医院项目开工仪式', ['经开区人民医院:bare']],
    ['澳门特区今日举行镜湖医院新楼落成典礼', ['镜湖医院:bare']],
    ['某某集团上午举办竹溪医院动土典礼', ['竹溪医院:bare']],
    ['并将现时仁和综合医院的部分项目转移', ['仁和综合医院:bare']],
    // A person, their post and a courtesy title before the name, with or without a preposition.
    ['特区行政长官某某女士于香港中文大学医院致辞', ['香港中文大学医院:placeShort']],
    ['主席某某先生出席仁和医院揭幕仪式', ['仁和医院:bare']],
    // A delegation (一行) coming, or two parties building it together (共建).
    ['酒泉市卫健委领导一行到祁连医院调研', ['祁连医院:bare']],
    ['两县携手共建六盘医院', ['六盘医院:bare']],
    // A post, a person and where they go, glued before the name (a digest's headline).
    ['江南省卫生局局长欧阳明到江南大学附属第五医院调研', ['江南大学附属第五医院:bare']],
    ['县委书记李文赴平安医院检查工作', ['平安医院:bare']],
    // A body that names, honours or announces the institution, glued before its name (set X).
    [
      '会上湖南省委负责同志授予湖南中医药大学附属第二医院等八家单位称号',
      ['湖南中医药大学附属第二医院:placeShort'],
    ],
    ['宁乡市政府网站公示宁乡康宁医院选址方案', ['宁乡康宁医院:bare']],
    ['浏阳市人民政府表彰浏阳康复医院', ['浏阳康复医院:bare']],
    ['据长沙市卫健委公布湘江妇幼保健院名单', ['湘江妇幼保健院:bare']],
    // A caption line naming a studio, joined by the reading view to the name on the line below.
    [
      '2020年湘西名医工作室湖南中医药大学附属第二医院设站',
      ['湖南中医药大学附属第二医院:placeShort'],
    ],
    // A Taiwan city's short name before a general hospital's own name.
    ['百年台中光田综合医院大搬家', ['光田综合医院:bare']],
    // A province's short name before its city's.
    [
      '河南南阳医专附属第二医院的医生',
      ['南阳医专附属第二医院:placeShort@河南南阳医专附属第二医院'],
    ],
  ])('%s', (text, names) => {
    expect(found(text)).toEqual(names);
  });

  it('keeps a place that is part of the name (臺中市…綜合醫院, 联合医院)', () => {
    expect(found('台中市老人复健综合医院今天')).toEqual(['台中市老人复健综合医院:placed']);
    expect(found('嘉禾县联合医院开展义诊')).toEqual(['嘉禾县联合医院:placed']);
  });

  it('reads no name from a descriptive phrase (台东地区唯一区域级…医院)', () => {
    expect(found('这是台东地区唯一区域级和急重症医院，')).toEqual([]);
    expect(found('成为全市首家智慧医院')).toEqual([]);
  });

  it('cuts a word a bare name swallowed when the article writes the name without it', () => {
    expect(found('新光医院举办年会。院方说，让新光医院成为守护神。')).toEqual([
      '新光医院:bare',
      '新光医院:bare',
    ]);
  });

  it('reads no name from a site’s chrome or 我院 glued before a kind of hospital', () => {
    expect(found('网站首页医院文化')).toEqual([]);
    expect(found('副市长对我院儿童医院二期项目进行视察')).toEqual([]);
  });
});

describe("findInstitutions — a website's words joined before the name (set Y)", () => {
  it.each([
    // A site's name and menu above the headline, joined to it by the reading view.
    ['江城特区政府门户网站新闻中心仁济综合医院公布扩建方案', ['仁济综合医院:bare']],
    ['某某生活网首页新闻东岭医院新楼开诊', ['东岭医院:bare']],
  ])('%s', (text, names) => {
    expect(found(text)).toEqual(names);
  });
});

describe('findInstitutions — an ordinal count inside the run describes, it names nothing (set Y)', () => {
  it.each([
    ['新院区建成后是湘潭高新区第一所综合医疗中心。', []],
    ['湘潭首家民营儿童医院今天开业', []],
    // An ordinal that is part of the name stays (第二人民医院).
    ['江城县第二人民医院开展义诊', ['江城县第二人民医院:placed']],
  ])('%s', (text, names) => {
    expect(found(text)).toEqual(names);
  });
});

describe('findInstitutions — a level word and 直 or 立 before a hospital (set Y)', () => {
  it.each([
    // 省直/市直 with a kind of hospital is a name (a province's own TCM hospital)…
    ['坐落江城的市直中医医院新院区今日开诊', ['市直中医医院:level']],
    // …and with none, the hospitals a level runs directly, as 市立 with no place is a city's own.
    ['全省市直医院参加培训', []],
    ['晴川市第二家市立医院由某学院承建', []],
  ])('%s', (text, names) => {
    expect(found(text)).toEqual(names);
  });
});
