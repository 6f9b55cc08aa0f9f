import { describe, expect, it } from 'vitest';
import { findInstitutions } from './institutions';
import { classifyPlaceMentions } from './place-mentions';

/** `written:role` of each place name in `text`. */
function roles(text: string): string[] {
  return classifyPlaceMentions(text, findInstitutions(text)).map((m) => `${m.written}:${m.role}`);
}

describe('classifyPlaceMentions', () => {
  it.each([
    ['医院位于锦州市。', ['锦州市:administrative']],
    ['安庆市卫健委组织义诊。', ['安庆市:administrative']],
    ['怀宁县人民政府支持。', ['怀宁县:administrative']],
    ['与大连医科大学合作。', ['大连:institution']],
    ['锦州市中心医院专家。', ['锦州市:institution']],
    ['门诊部设在中山南路。', ['中山:otherName']],
    ['代表在北京会议中心领奖。', ['北京:otherName']],
    ['代表在北京国际会议中心领奖。', ['北京:otherName']],
    ['据辽宁日报报道。', ['辽宁:otherName']],
    // An outlet signing the page at its end.
    ['县医院新院投用。\n福建财经', ['福建:otherName']],
    ['据湖南卫视报道。', ['湖南:otherName']],
    ['帮扶市级医院和县级医院。', ['和县:otherName']],
    ['会议在沈阳市召开。', ['沈阳市:trip']],
    ['专家赴北京学习。', ['北京:trip']],
    ['专家来到安庆市怀宁县义诊。', ['安庆市:trip', '怀宁县:trip']],
    ['在锦州市，医院开展义诊。', ['锦州市:administrative']],
    // A district of a Taiwan city is not the mainland district of the same name (set N).
    ['医院地址为台中市西区三民路。', ['台中市:administrative', '西区:otherName']],
    ['台中市中西区卫生所。', ['台中市:administrative', '西区:otherName']],
  ])('%s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});
