import { describe, expect, it } from 'vitest';
import { extractFrom } from './rule-test-kit';

const honours = (text: string): string[] =>
  extractFrom(text, ['honors']).map((s) => s.value as string);

describe('rule:honors — honours of standing no award verb introduces (set Q)', () => {
  it('reads membership of a ranked group as the group', () => {
    expect(honours('某市人民医院始建于1950年，是全国300家大型医院之一。')).toEqual([
      '全国300家大型医院',
    ]);
    expect(honours('某县人民医院为国家首批县域医共体试点单位之一。')).toEqual([
      '国家首批县域医共体试点单位',
    ]);
  });

  it('reads no honour from a group without a scope', () => {
    expect(honours('某县人民医院是本地历史最悠久的医院之一。')).toEqual([]);
  });

  it('reads the rank of its departments, once however many departments hold it', () => {
    expect(honours('心内科、骨科为市级重点学科，普外科为省级临床重点专科。')).toEqual([
      '市级重点学科',
      '省级临床重点专科',
    ]);
    expect(honours('其中儿科、眼科等7个科室被评为市级重点学科。')).toEqual(['市级重点学科']);
    expect(honours('醫院的心臟內科為省級重點學科。')).toEqual(['省級重點學科']);
  });
});

describe('honours of a ranked place won (session 12)', () => {
  it('reads a scoped rank after 入选 or 入围, up to the clause or the next item', () => {
    expect(honours('城南医院入选全国首批“县医院提质”示范医院、某省“强基行动”名单。')).toEqual([
      '全国首批“县医院提质”示范医院',
    ]);
    expect(honours('该院去年入围全省十佳医院行列。')).toEqual(['全省十佳医院']);
  });

  it('takes no place climbed to in a ranking (跻身…100强)', () => {
    expect(honours('城南医院跻身全国县级医院100强行列。')).toEqual([]);
  });

  it('takes no case or list that was chosen, nor a rank without a scope', () => {
    expect(honours('该院护理项目入选全国改善护理服务典型案例。')).toEqual([]);
    expect(honours('城南医院入选区域医疗第一梯队。')).toEqual([]);
  });
});
