import { describe, expect, it } from 'vitest';
import { extractFrom } from './rule-test-kit';

const events = (text: string): string[] =>
  extractFrom(text, ['events']).map((s) => {
    const v = s.value as { iso: string; description: string };
    return `${v.iso} ${v.description}`;
  });

describe('rule:events', () => {
  it('reads a dated event with the clause after it as its description', () => {
    expect(events('2024年3月18日，新住院综合楼投入使用。')).toEqual([
      '2024-03-18 新住院综合楼投入使用',
    ]);
  });

  it.each([
    ['发布于：2025-05-12 10:20   字体：【大】【中】【小】\n院庆大会在新院区举行。'],
    ['时间：2023-06-01 作者：办公室 浏览：\n院庆大会在新院区举行。'],
    ['2025/03/27 11:55\n\n院庆大会在新院区举行。'],
    ['（2019-08-07 09:25:49）\n\n院庆大会在新院区举行。'],
  ])('reads no event from the page’s publication line in %j', (text) => {
    expect(events(text)).toEqual([]);
  });

  it('reads no event from a posting stamp inside a line, dated with its clock time or labelled date (found on set J)', () => {
    expect(
      events(
        '仁愛醫院院慶 新大樓將啟用 2016年3月8日 09:15 李文華/嘉義報導 仁愛醫院7日舉行院慶，2018年升格為區域醫院。',
      ),
    ).toEqual(['2018 升格为区域医院']);
    expect(events(' date 2025-11-02 仁爱医院今天举办院庆，2019年新大楼启用。')).toEqual([
      '2019 新大楼启用',
    ]);
    // A date without a clock time after it stays an event.
    expect(events('2023年5月12日，医院新楼启用。')).toEqual(['2023-05-12 医院新楼启用']);
  });

  it('reads no event from a posting date alone on its line that the view joined to the headline (found on set K)', () => {
    const text =
      '社區新聞\n醫師團隊獲病患聲援 盼外界理性看待\n2026-01-08\n【某傳媒、某某網/林家豪/台中報導】台中某醫院今天表示，2019年新大樓啟用。';
    expect(events(text)).toEqual(['2019 新大楼启用']);
  });

  it('reads a date with an astral character right before and right after it, taking each whole', () => {
    // 𠀀 is two UTF-16 units: a neighbour counted in units split it and the source mapping threw.
    expect(events('院史𠀀2024年3月18日𠀀新住院综合楼投入使用。')).toEqual([
      '2024-03-18 𠀀新住院综合楼投入使用',
    ]);
    expect(events('𠀀2023年5月12日，医院新楼启用。')).toEqual(['2023-05-12 医院新楼启用']);
  });
});
