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

describe('rule:events — whose dates (set Q)', () => {
  it('reads the Republic’s years: with their era anywhere, without it on a Taiwan page', () => {
    expect(
      events('某某醫院位於台中市北屯區，自民國72年遷入現址以來服務鄉親，新大樓於109年啟動興建。'),
    ).toEqual(['1983 迁入现址以来服务乡亲', '2020 启动兴建']);
    expect(events('某某醫院位於高雄市，112年5月新院區正式開幕。')).toEqual([
      '2023-05 新院区正式开幕',
    ]);
  });

  it('reads no Republic year from a duration, nor from a page not from Taiwan', () => {
    // 逾40年, 有110年歷史: how long, not when.
    expect(events('某某醫院座落市區，服務鄉親逾40年，已有110年歷史。')).toEqual([]);
    // A mainland page in traditional characters: 108年 is no year there.
    expect(events('遼寧省錦州市某醫院，108年來服務患者。')).toEqual([]);
  });

  it('reads no event from a person’s own story or from a date that sets a scene', () => {
    expect(events('村民王大娘，2020年脱贫，日常和儿子一起生活。')).toEqual([]);
    expect(events('2023年5月，患者因腹痛入院。2023年6月，医院新住院楼启用。')).toEqual([
      '2023-06 医院新住院楼启用',
    ]);
    expect(events('1995年3月8日，春天了，河边的柳树发了芽。')).toEqual([]);
  });

  it('reads the events of a paragraph that closes with its editor’s credit', () => {
    expect(
      events(
        '某某醫院今天舉行院慶。\n院方表示，醫院於民國75年遷入新址。新大樓於110年動工。（編輯：王某某）1150130',
      ),
    ).toEqual(['1986 迁入新址', '2021 动工']);
  });

  it('reads the same event told in the headline and the lead as one value', () => {
    const found = extractFrom('新院預計2026年落成\n新院預計2026年落成，同年第三季投入服務。', [
      'events',
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.spans).toHaveLength(2);
  });
});

describe('rule:events — a profile’s founding year without 年 (set Q)', () => {
  it('reads the year right after a founding verb as the founding event', () => {
    expect(events('嘉禾市中医医院，位于解放路，创建于1979，是一所二级甲等中医医院。')).toEqual([
      '1979 创建',
    ]);
  });

  it('reads no year from four digits that go on as a number', () => {
    expect(events('新院区建于19520平方米的地块上。')).toEqual([]);
  });

  it('reads no event from a year that starts a span of time (2002年以来, 2010年至今)', () => {
    expect(events('医院于2002年以来先后获得多项荣誉。2010年至今，医院每年开展义诊。')).toEqual([]);
  });

  it('reads no event from a year that names an award period or a programme (set V)', () => {
    expect(events('医院举行2019年度先进个人颁奖典礼。')).toEqual([]);
    expect(events('该项目列入我县2016年重点惠民项目，2018年6月建成。')).toEqual(['2018-06 建成']);
    expect(events('医院2012年通过三级医院评审。')).toEqual(['2012 通过三级医院评审']);
    expect(events('医院召开2023年度职工代表大会。')).toEqual([]);
    expect(events('医院在2021年度绩效考核中排名全省第五。')).toHaveLength(1);
  });

  it('reads no event from a year that names the programme a project is in (set Y)', () => {
    expect(events('新院区是省级民生工程、市级2019年度重大工程项目之一。')).toEqual([]);
    expect(events('该楼入选县2020年度重点工程，2021年3月竣工。')).toEqual(['2021-03 竣工']);
    expect(events('医院在2021年度绩效考核中排名全省第五。')).toHaveLength(1);
  });

  it('dates a month and day without a year by a named yearly event of its sentence', () => {
    expect(events('11月26日上午，某区2021年“世界艾滋病日”宣传义诊活动在城南医院举行。')).toEqual([
      '2021-11-26 上午',
    ]);
  });

  it('leaves a bare year that is an event of its own to itself', () => {
    expect(events('3月5日，公司在2021年成立的新厂区举行投产仪式。')).not.toContain('2021-03-05 ');
  });
});
