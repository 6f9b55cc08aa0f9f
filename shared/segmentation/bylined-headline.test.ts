import { describe, expect, it } from 'vitest';
import { articleTexts, segmentPage } from './index';

// A newspaper page written for this test: two articles, each a headline right above its byline,
// under column labels, with no kicker lines.
const PAGE = [
  '健康周报 县域版                2024年9月6日 星期五',
  '【县域动态】',
  '松溪县人民医院血透中心扩容',
  '□本报记者 方明远',
  '通讯员 叶小青',
  '9月2日，松溪县人民医院血液透析中心完成扩容，透析机由二十台增至三十六台，',
  '可满足全县尿毒症患者就近透析。',
  '【基层风采】',
  '政和县中医院获评省级',
  '示范中医馆',
  '□通讯员 魏晓东',
  '日前，省中医药管理局公布示范中医馆名单，政和县中医院名列其中。该院中医馆现有医师',
  '十二名，年门诊量三万余人次。',
].join('\n');

describe('bylined headlines', () => {
  it('start an article each on a page without kicker lines', () => {
    const articles = segmentPage(PAGE);
    expect(articles.map((a) => a.title)).toEqual([
      '松溪县人民医院血透中心扩容',
      '政和县中医院获评省级 示范中医馆',
    ]);
    expect(articleTexts(PAGE, articles[1]!).join('\n')).toContain('年门诊量三万余人次');
    expect(articleTexts(PAGE, articles[0]!).join('\n')).not.toContain('政和');
  });

  it('leave a caption that stands apart above a byline to the article it illustrates', () => {
    const page = [
      '松溪县人民医院血透中心扩容',
      '□本报记者 方明远',
      '9月2日，松溪县人民医院血液透析中心完成扩容，透析机由二十台增至三十六台。',
      '',
      '南平市第一医院专家到松溪县人民医院会诊',
      '',
      '□本报记者 方明远',
      '扩容后的中心设有独立的传染病透析区，护士站位于病区中央。',
    ].join('\n');
    expect(segmentPage(page)).toHaveLength(1);
  });

  it('leave the publication line under the headline out of its title', () => {
    const page = [
      '松溪县人民医院成功开展首例微创手术',
      '日期:09-02',
      '本报记者 方明远',
      '近日，松溪县人民医院外科团队成功为一名七旬患者实施微创手术，患者已康复出院。',
    ].join('\n');
    expect(segmentPage(page).map((a) => a.title)).toEqual(['松溪县人民医院成功开展首例微创手术']);
  });
});
