import { describe, expect, it } from 'vitest';
import { findInstitutions } from '../institutions';
import { isFormerNameMention } from './former-names';
import { extractFrom } from './rule-test-kit';

/** The hospital the rule suggests for a short article. */
function hospitalName(text: string): unknown {
  return extractFrom(text, ['hospital']).find((s) => s.field === 'hospital')?.value ?? null;
}

/** Each hospital mention of `text` with whether it reads as a former name. */
function former(text: string): [string, boolean][] {
  return findInstitutions(text)
    .filter((m) => m.kind === 'hospital')
    .map((m) => [m.name, isFormerNameMention(text, m)]);
}

describe('former names', () => {
  it('reads the name after 前身是/原名/最初名为 as a former one', () => {
    expect(former('通辽市人民医院的前身是通辽市第三医院。')).toEqual([
      ['通辽市人民医院', false],
      ['通辽市第三医院', true],
    ]);
    expect(former('嘉禾县中医院原名嘉禾县城关医院，1985年迁入新址。')).toEqual([
      ['嘉禾县中医院', false],
      ['嘉禾县城关医院', true],
    ]);
  });

  it('reads the name before 更名为/改制为, a time between them, as a former one', () => {
    expect(former('桐庐县立医院今天改制为桐庐县第一医院。')).toEqual([
      ['桐庐县立医院', true],
      ['桐庐县第一医院', false],
    ]);
  });

  it('takes the current name, not the former one named first and as often', () => {
    expect(
      hospitalName(
        '桐庐县立医院今天改制为桐庐县第一医院，副县长主持揭牌。桐庐县立医院改制移交仪式上午举行。' +
          '新成立的桐庐县第一医院将扩建门诊楼。',
      ),
    ).toBe('桐庐县第一医院');
    expect(
      hospitalName(
        '通辽市人民医院的前身是 通辽市第三医院 。该院始建于1971年，最初名为通辽市第三医院，' +
          '后发展为通辽市人民医院。',
      ),
    ).toBe('通辽市人民医院');
  });

  it('keeps a former name the history even where a later mention names it in passing', () => {
    expect(
      hospitalName(
        '桐庐县立医院今天改制为桐庐县第一医院。桐庐县立医院改制移交仪式上午举行。' +
          '县长说，他以不舍的心情把桐庐县立医院交给省里。桐庐县第一医院将扩建门诊楼。',
      ),
    ).toBe('桐庐县第一医院');
  });

  it('still takes a hospital met only under a former name (nothing better is written)', () => {
    expect(
      hospitalName('桐庐县城关医院更名后，门诊量逐年上升。桐庐县城关医院更名前只有两栋楼。'),
    ).toBe('桐庐县城关医院');
  });

  it('leaves an ordinary mention alone (与原单位, 更新设备)', () => {
    expect(former('通辽市人民医院更新设备，与原单位合作。')).toEqual([['通辽市人民医院', false]]);
  });
});

describe('a history essay whose subject is today’s hospital, not its predecessor', () => {
  // Written for the test: the predecessor is named first and twice, today's hospital once.
  const essay =
    '汝城县的老人还记得河边那排平房。1946年，汝城县卫生院在那里挂牌，两名医生轮流坐诊。' +
    '当时仅有职员6人、病床4张的汝城县卫生院，几经更名与扩建，便是今日设床410张、' +
    '在岗职工520人、建筑面积4.1万平方米的汝城县人民医院的前身。' +
    '从平房到大楼，用了七十多年。';

  it('takes the hospital the predecessor became as the subject (X…便是今日Y的前身)', () => {
    const found = extractFrom(essay, ['hospital']).find((s) => s.field === 'hospital');
    expect(found?.value).toBe('汝城县人民医院');
    expect(found!.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('keeps today’s beds and staff and leaves out the predecessor’s then (当时…)', () => {
    const found = extractFrom(essay, ['beds', 'metrics']);
    expect(found.filter((s) => s.field === 'beds').map((s) => s.value)).toEqual([410]);
    const staff = found
      .filter((s) => s.field === 'metrics')
      .map((s) => (s.value as { value: number }).value);
    expect(staff).toContain(520);
    expect(staff).not.toContain(6);
  });

  it('also reads Y的前身是X and X更名为Y with the successor as the subject', () => {
    expect(
      hospitalName(
        '1952年，平江县人民卫生院在城关成立，平江县人民卫生院后来几经搬迁。' +
          '平江县中心医院的前身是平江县人民卫生院。',
      ),
    ).toBe('平江县中心医院');
  });
});
