import { describe, expect, it } from 'vitest';
import { splitPageLines } from './lines';
import { fallbackTitle } from './title';

const titleOf = (text: string): string | null => fallbackTitle(splitPageLines(text));
const BODY =
  '3月8日，晴川市中医院妇产科的12名医护人员走进市总工会，为女职工开展健康义诊和专题讲座，现场气氛热烈。';

describe('fallbackTitle on plain-text pages', () => {
  it('takes the short line right above the text', () => {
    expect(titleOf(`新闻中心\n市中医院开展妇女节健康义诊\n${BODY}`)).toBe(
      '市中医院开展妇女节健康义诊',
    );
  });

  it('passes over a caption between the headline and the text', () => {
    expect(titleOf(`市中医院开展妇女节健康义诊\n（护理部 供图）\n${BODY}`)).toBe(
      '市中医院开展妇女节健康义诊',
    );
    expect(titleOf(`市中医院开展妇女节健康义诊\n图为医护人员测量血压\n${BODY}`)).toBe(
      '市中医院开展妇女节健康义诊',
    );
  });

  it('passes over 来源/点击量 bars, login bars and tag lines', () => {
    const page = [
      '會員中心 登出',
      '嘉禾醫院新院區動土',
      '來源：嘉禾醫院 點擊：30',
      '標籤: 新院區 動土',
      BODY,
    ].join('\n');
    expect(titleOf(page)).toBe('嘉禾醫院新院區動土');
  });

  it('finds no title when only chrome and captions sit above the text', () => {
    expect(titleOf(`登出\n（张三 供图）\n${BODY}`)).toBeNull();
  });
});
