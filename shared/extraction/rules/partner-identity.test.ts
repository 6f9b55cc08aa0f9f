import { describe, expect, it } from 'vitest';
import { isDesignation, isParentUniversity, isPartnerAt, isShortFormOf } from './partner-identity';
import { extractFrom } from './rule-test-kit';

function found(text: string, field: 'partners' | 'centers'): string[] {
  return extractFrom(text, ['hospital', field])
    .filter((s) => s.field === field)
    .map((s) => s.value as string);
}

describe('partners that are the hospital itself or no partner of it (set Q)', () => {
  it('tells a place written short from another hospital', () => {
    expect(isShortFormOf('通道人民医院', '通道侗族自治县人民医院')).toBe(true);
    expect(isShortFormOf('凤凰县中医医院', '凤凰县中医医院')).toBe(false);
    expect(isShortFormOf('北京医院', '北京协和医院')).toBe(false);
    expect(isShortFormOf('凌海人民医院', '锦州市人民医院')).toBe(false);
  });

  it('tells the hospital’s own university and designations', () => {
    expect(isParentUniversity('成功大学', '成大医院')).toBe(true);
    expect(isParentUniversity('中山大学', '成大医院')).toBe(false);
    expect(isDesignation('国家区域医疗中心')).toBe(true);
    expect(isDesignation('国家儿童医院中心')).toBe(true);
    expect(isDesignation('国家癌症中心')).toBe(false);
    // Where no segmenter cut the run, the designation ends it.
    expect(isDesignation('某县人民医院以国家儿童医院中心')).toBe(true);
  });

  it('reads no partner from the subject’s short form or its declared alias', () => {
    expect(
      found(
        '近日，通道侗族自治县人民医院（以下简称“通道人民医院”）与怀化市第一人民医院签约组建医联体。通道人民医院院长出席。通道侗族自治县人民医院表示欢迎。',
        'partners',
      ),
    ).toEqual(['怀化市第一人民医院']);
  });

  it('reads no partner from the hospital’s university, nor a designation as partner or centre', () => {
    expect(
      found(
        '成大醫院新大樓啟用，成功大學校長與成大醫院院長聯合主持剪綵。成大醫院以國家兒童醫院中心為目標。',
        'partners',
      ),
    ).toEqual([]);
    expect(
      found(
        '某某县人民医院依托国家区域医疗中心建设项目，与某市中心医院合作。某某县人民医院以国家儿童医院中心为目标，设有卒中中心。',
        'centers',
      ),
    ).toEqual(['卒中中心']);
  });

  it('reads the hospital whose experts guided an operation as a partner', () => {
    expect(
      found(
        '近日，凤凰县人民医院外科团队在湖南省肿瘤医院专家的全程指导下，成功实施首例手术。凤凰县人民医院表示将继续开展新技术。',
        'partners',
      ),
    ).toEqual(['湖南省肿瘤医院']);
    // An office's guidance makes no partner.
    expect(
      found(
        '凤凰县人民医院在凤凰县卫生健康局的指导下开展义诊。凤凰县人民医院表示将继续开展。',
        'partners',
      ),
    ).toEqual([]);
  });
});

describe('sentences that make a hospital a partner (session 12)', () => {
  it('reads experts invited, an event hosted together and a team made up together', () => {
    expect(
      found(
        '凌海市人民医院开展义诊。当天，该院还邀请锦州医科大学附属第一医院心内科、骨科专家坐诊。凌海市人民医院表示将常态化开展。',
        'partners',
      ),
    ).toEqual(['锦州医科大学附属第一医院']);
    expect(
      found(
        '凌海市人民医院举办义诊。本次专家组由凌海市人民医院与锦州市中心医院组成，共12名专家。凌海市人民医院供稿。',
        'partners',
      ),
    ).toEqual(['锦州市中心医院']);
  });

  it('reads a hospital that hosts an event with the subject, not an office nor a sponsor line', () => {
    const hosted = '由锦州市中心医院医疗集团主办、凌海市人民医院承办的论坛开幕';
    const at = hosted.indexOf('锦州市中心医院');
    expect(isPartnerAt(hosted, at, at + 7, 'hospital')).toBe(true);
    const office = '由锦州市卫生健康委员会主办、凌海市人民医院承办的论坛开幕';
    expect(isPartnerAt(office, 1, 11, 'government')).toBe(false);
    const sponsor =
      '本专版由锦州市卫生健康委主办\n凌海市人民医院门诊楼启用，锦州市中心医院院长出席';
    const far = sponsor.indexOf('锦州市中心医院');
    expect(isPartnerAt(sponsor, far, far + 7, 'hospital')).toBe(false);
  });
});
