import { describe, expect, it } from 'vitest';
import { findDatelinePlaces } from './datelines';

/** The dateline places of a text: the written names and the division they make. */
function datelines(text: string): string[] {
  return findDatelinePlaces(text).map((d) => `${text.slice(d.start, d.end)}→${d.division.name}`);
}

describe('findDatelinePlaces', () => {
  it.each([
    ['锦州讯 近日，市中心医院开设门诊。', ['锦州→锦州市']],
    ['本报沈阳12月3日讯 协和医院专家抵达。', ['沈阳→沈阳市']],
    ['新华社武汉5月8日电 中南医院发布新技术。', ['武汉→武汉市']],
    ['本报讯（记者 王明 通讯员 李华 河南南阳报道）近日，医院开展义诊。', ['河南南阳→南阳市']],
    ['（记者 王明 安庆报道）', ['安庆→安庆市']],
    ['本报怀宁12月3日讯 县人民医院通过验收。', ['怀宁→怀宁县']],
    ['〔記者蔡明／台中報導〕醫院將於九月試營運。', ['台中→台中市']],
    ['北京讯 朝阳医院启用新院区。', ['北京→北京市']],
    ['中新网武汉12月3日电（记者 王明）中南医院发布新技术。', ['武汉→武汉市']],
    ['人民网北京3月5日电 协和医院开通夜诊。', ['北京→北京市']],
    // A county's or city's own media between the place and 讯.
    ['宜都融媒讯(通讯员 陶某)1月20日,市妇幼保健院走访慰问退休职工。', ['宜都→宜都市']],
    ['秀山网讯 3月1日,县人民医院新院区开诊。', ['秀山→秀山土家族苗族自治县']],
    // Found on set F: a county's portal with its date before 讯.
    ['中国义乌网11月12日讯(某某商报记者 何某)11月10日上午,市中心医院开工。', ['义乌→义乌市']],
    // Session 9: a county's own media given as the page's source.
    [
      '发布日期:2020-03-28 来源:城口县融媒体中心\n3月24日，县人民医院举行开工仪式。',
      ['城口县→城口县'],
    ],
    ['来源：某报社\n县人民医院举行开工仪式。', []],
  ])('%s', (text, expected) => {
    // Traditional text is searched through its simplified view, as the rules do.
    const view = text.replace('記者', '记者').replace('報導', '报导');
    expect(datelines(view)).toEqual(expected);
  });

  it.each([
    ['本报讯 近日，医院开展义诊。'],
    ['锦州日报讯 近日，医院开展义诊。'],
    ['医院通讯员李华介绍，义诊持续三天。'],
    ['沈阳电视台记者到场采访。'],
    ['记者了解到，医院今年将扩建。'],
  ])('gives no place: %s', (text) => {
    expect(datelines(text)).toEqual([]);
  });
});

describe('the county or city a slogan or a local branch names (set Q)', () => {
  it.each([
    ['县医院积极投身健康米脂建设。', ['米脂→米脂县']],
    ['义诊由民革涪城总支与我院联合举办。', ['涪城→涪城区']],
    ['全力推进平安汝城创建。', ['汝城→汝城县']],
  ])('%s', (text, expected) => {
    expect(datelines(text)).toEqual(expected);
  });

  it.each([['助力健康中国建设，县医院开展义诊。'], ['推进美丽乡村建设。']])(
    'names no place where the slogan names none: %s',
    (text) => {
      expect(datelines(text)).toEqual([]);
    },
  );
});
