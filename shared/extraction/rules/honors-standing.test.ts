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
