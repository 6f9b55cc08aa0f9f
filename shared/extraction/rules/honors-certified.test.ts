import { describe, expect, it } from 'vitest';
import { extractFrom } from './rule-test-kit';

const honors = (text: string): unknown[] => extractFrom(text, ['honors']).map((s) => s.value);

describe('rule:honors — certified centres (found on set L, 2026-12-07)', () => {
  it('reads the centre a hospital passed the certification of, without year or batch', () => {
    expect(honors('近日，该院胸痛中心顺利通过国家标准版胸痛中心认证。')).toEqual([
      '国家标准版胸痛中心',
    ]);
    expect(honors('县医院通过中国胸痛中心(标准版)评审，院长接受授牌。')).toEqual([
      '中国胸痛中心(标准版)',
    ]);
    expect(honors('某市醫院順利通過2025年第二批次國家胸痛中心認證。')).toEqual(['國家胸痛中心']);
    expect(honors('该院胸痛中心正式通过国家级胸痛中心“基层版”认证。')).toEqual([
      '国家级胸痛中心“基层版”',
    ]);
  });

  it('reads the centres created under a scheme, one by one', () => {
    expect(honors('医院先后成功创建中国胸痛中心和国家高级卒中中心。')).toEqual([
      '中国胸痛中心',
      '国家高级卒中中心',
    ]);
    expect(honors('医院向成功创建的中国胸痛中心、高级卒中中心颁发牌匾。')).toEqual([
      '中国胸痛中心',
      '高级卒中中心',
    ]);
  });

  it('gives a scheme written with and without its scope once, in its longer form', () => {
    expect(
      honors('医院向成功创建的胸痛中心、高级卒中中心颁奖。此前医院成功创建国家高级卒中中心。'),
    ).toEqual(['国家高级卒中中心']);
  });

  it('reads no honour from a centre merely set up, nor from the certifying body', () => {
    expect(honors('去年医院成功创建胸痛中心，开通绿色通道。')).toEqual([]);
    expect(honors('资料通过胸痛中心总部审核后，医院通过了市疾控中心的检测。')).toEqual([]);
  });
});
