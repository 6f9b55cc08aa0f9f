import { describe, expect, it } from 'vitest';
import { detectPageChrome } from './chrome';
import { classifyChromeLine } from './chrome-rules';
import { sliceCodePoints } from './codepoints';

const reason = (text: string): string | null => classifyChromeLine({ text, standalone: true });
const chromeLines = (text: string): string[] =>
  detectPageChrome(text).map((r) => sliceCodePoints(text, r.start, r.end).trim());

describe('an e-paper’s furniture around its story (found on set U)', () => {
  it.each([
    ['B02版:新闻列表 要闻', 'metadata'],
    ['第3版：民生', 'metadata'],
    ['B02版 2022年3月9日 要闻 默认 扩展', 'metadata'],
    ['甲辰年正月廿九', 'metadata'],
    ['农历 甲辰年二月初一', 'metadata'],
    ['2022年3 9', 'metadata'],
    ['统一刊号：CN12-3456 邮发代号：7-89', 'footer'],
    ['前一天 后一天 上一版 下一版 版面导航', 'navigation'],
    ['~~~——晴川市儿童医院住院楼启用', 'navigation'],
    ['~~——', 'navigation'],
  ])('%s is chrome (%s)', (line, why) => {
    expect(reason(line)).toBe(why);
  });

  it.each([
    '上版面的文章', // one turning word inside a phrase
    '2022年3月9日，晴川市儿童医院住院楼启用。',
    '默认',
    '第3版块建设完成',
  ])('%s stays text', (line) => {
    expect(reason(line)).toBeNull();
  });

  it('marks the header of an e-paper page and leaves its story', () => {
    const page = [
      '前一天 后一天 上一版 下一版 版面导航',
      'B02版:新闻列表 要闻',
      '~~~——住院楼设床位300张,年底投用',
      '甲辰年正月廿九',
      'B02版 2022年3月9日 要闻 默认 扩展',
      '',
      '晴川市儿童医院住院楼启用',
      '住院楼设床位300张,年底投用',
      '3月8日，晴川市儿童医院住院楼正式启用，新增床位300张。',
    ].join('\n');
    expect(chromeLines(page)).toEqual([
      '前一天 后一天 上一版 下一版 版面导航',
      'B02版:新闻列表 要闻',
      '~~~——住院楼设床位300张,年底投用',
      '甲辰年正月廿九',
      'B02版 2022年3月9日 要闻 默认 扩展',
    ]);
  });
});
