import { describe, expect, it } from 'vitest';
import {
  endsSentence,
  isByline,
  isCaption,
  isSectionLabel,
  isSloganPair,
  isSponsorLine,
  leadingInstitution,
  parseKickerLine,
} from './line-kinds';

describe('parseKickerLine', () => {
  it('reads an institution name closed by a full- or half-width colon', () => {
    expect(parseKickerLine('阜新市第二人民医院：')).toBe('阜新市第二人民医院');
    expect(parseKickerLine('辽宁省阜新市第二人民医院（妇产医院）：')).toBe(
      '辽宁省阜新市第二人民医院（妇产医院）',
    );
    expect(parseKickerLine('辽宁省妇幼保健院(辽宁省妇女儿童医院):\r')).toBe(
      '辽宁省妇幼保健院(辽宁省妇女儿童医院)',
    );
    expect(parseKickerLine('盘锦市中心医院医疗集团:')).toBe('盘锦市中心医院医疗集团');
  });

  it('ignores colons that open text rather than close a name', () => {
    expect(parseKickerLine('总访问人数:')).toBeNull();
    expect(parseKickerLine('新闻中心：')).toBeNull();
    expect(parseKickerLine('安庆市第二人民医院:安庆市关岳庙街79号')).toBeNull();
    expect(parseKickerLine('记者观察到，朝阳市第二医院当前正稳步推进“三个转变”：')).toBeNull();
  });
});

describe('layout lines', () => {
  it('recognises bylines but not paragraphs that start with 记者', () => {
    expect(isByline('□本报记者 邹欣芮')).toBe(true);
    expect(isByline('通讯员 潘祖斌 张浩斌')).toBe(true);
    expect(isByline('特约记者 李波锤炼匠心')).toBe(true);
    expect(isByline('记者观察到，朝阳市第二医院当前正稳步推进')).toBe(false);
  });

  it('recognises section labels, sponsor credits and captions', () => {
    expect(isSectionLabel('【高质量发展】')).toBe(true);
    expect(isSectionLabel('【高质量发展】近年来')).toBe(false);
    expect(isSponsorLine('本专版由辽宁省卫生健康委主办')).toBe(true);
    expect(isSponsorLine('图片由朝阳市第二医院提供')).toBe(true);
    expect(isSponsorLine('本院由省政府批准设立，是一所三甲医院。')).toBe(false);
    expect(isCaption('医院外景')).toBe(true);
    expect(isCaption('图为医护人员在查房。')).toBe(true);
    expect(isCaption('为贯彻落实健康中国建设要求，')).toBe(false);
  });

  it('tells sentence ends from broken lines', () => {
    expect(endsSentence('量发展新征程。')).toBe(true);
    expect(endsSentence('面对新时代的新要求，阜新市第')).toBe(false);
    expect(endsSentence('的深刻内涵。”')).toBe(true);
    expect(endsSentence('打造高端医疗“服务圈”')).toBe(false);
    expect(endsSentence('（集团）')).toBe(false);
  });

  it('finds slogan-pair headlines and the place-named institution they open with', () => {
    expect(isSloganPair('聚核心竞争力 促高质量发展')).toBe(true);
    expect(isSloganPair('数 字 化 手 术 室 、重 症 监')).toBe(false);
    expect(isSloganPair('2020 年，跻身全国地市级医院 500')).toBe(false);
    expect(leadingInstitution('辽宁省大连市妇女儿童医疗中心（集团）创“一院多区”新模式')).toBe(
      '辽宁省大连市妇女儿童医疗中心（集团）',
    );
    expect(leadingInstitution('准格尔旗中心医院 优化医疗资源惠民生')).toBe('准格尔旗中心医院');
    expect(leadingInstitution('打造智慧医院 高效畅通服务通道')).toBeNull();
  });
});
