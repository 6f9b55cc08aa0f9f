import { describe, expect, it } from 'vitest';
import { listMarkerOf } from './list-markers';

describe('listMarkerOf', () => {
  it.each([
    ['2024-03-12  我院开展世界肾脏日义诊活动', 'date-lead', '我院开展世界肾脏日义诊活动'],
    ['2024/3/8 我院举办健康讲座', 'date-lead', '我院举办健康讲座'],
    ['03-05 心内科完成首例左心耳封堵术', 'date-lead', '心内科完成首例左心耳封堵术'],
    ['【3月12日】县人民医院开展义诊。', 'date-lead', '县人民医院开展义诊。'],
    ['[2024-03-12]县医院召开职工大会', 'date-lead', '县医院召开职工大会'],
    ['2024年3月12日 县医院召开职工大会', 'date-lead', '县医院召开职工大会'],
    ['· 2024.03.12 县医院召开职工大会', 'date-lead', '县医院召开职工大会'],
    ['我院开展世界肾脏日义诊活动  2024-03-12', 'date-trail', '我院开展世界肾脏日义诊活动'],
    ['我院开展义诊活动（2024年3月12日）', 'date-trail', '我院开展义诊活动'],
    ['我院开展义诊活动 2025-06-21 13:43', 'date-trail', '我院开展义诊活动'],
    ['● 我院开展义诊活动 03-12', 'date-trail', '我院开展义诊活动'],
    ['2024-03-12', 'date-only', ''],
    ['【2024年3月12日】', 'date-only', ''],
    ['发布时间：2024-03-12 09:30', 'date-only', ''],
    ['· 我院开展义诊活动', 'bullet', '我院开展义诊活动'],
    ['• 2021-07-29 11:58', 'date-only', ''],
    [
      '医院入选全国百佳医院名单 2026/03/11 16:52 生活 医药',
      'date-trail',
      '医院入选全国百佳医院名单',
    ],
  ])('reads %s as %s', (line, kind, rest) => {
    const marker = listMarkerOf(line);
    expect({ kind: marker?.kind, rest: marker?.rest }).toEqual({ kind, rest });
    // Only a bullet then a date make an item that counts two by two (list-items.ts).
    expect(marker?.bulletDated === true).toBe(line === '· 2024.03.12 县医院召开职工大会');
  });

  it.each([
    // A date that opens a sentence is the start of a paragraph, not an item.
    '3月12日，县人民医院在门诊大厅开展义诊活动。',
    '2024年3月12日上午，医院召开职工代表大会。',
    // Numbers that are not dates.
    '耳鼻喉门诊和病房，首年门诊量1.4',
    '长 9.53% ；手 术 量 增 长',
    '联系电话：0411-8765 4321',
    '邮编 116000',
    '医院始建于1956年',
    // A month alone, or a year alone, is no item date.
    '2019年12月 医院通过三级甲等评审',
    // A date inside a line of text is neither a leading nor a trailing one.
    '医院在2024-03-12召开了职工大会，会议由院长主持',
    '',
    '医院新闻',
  ])('leaves %s unmarked', (line) => {
    expect(listMarkerOf(line)).toBeNull();
  });
});

describe('listMarkerOf — a bullet and a date opening a sentence (session 9)', () => {
  it('marks the line as a dated item, the date opening a sentence included', () => {
    expect(listMarkerOf('·4月2日下午，儿科开展义诊。')).toEqual({
      kind: 'date-lead',
      rest: '下午，儿科开展义诊。',
      bulletDated: true,
    });
    expect(listMarkerOf('4月2日下午，儿科开展义诊。')).toBeNull();
  });
});
