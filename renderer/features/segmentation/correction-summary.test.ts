import { describe, expect, it } from 'vitest';
import type { ArticleDetail, ArticleSummary } from '../../../shared/contract/domain';
import { describeCorrection, shortened } from './correction-summary';

const summary = (id: number, title: string | null, ordinal = 0): ArticleSummary => ({
  id,
  documentId: 1,
  documentName: 'page.txt',
  ordinal,
  title,
  status: 'new',
  length: 100,
  flagged: false,
});

// The article's text starts at code point 10 of the page; 𠀀 takes two UTF-16 units, one point.
const detail = {
  ...summary(1, '聚核心竞争力 促高质量发展'),
  segments: [
    { start: 10, end: 40, text: '院长𠀀张丽丽从大处着眼，在实际工作中着手，提出了从就医环境' },
  ],
} as unknown as ArticleDetail;

const part = (a: ArticleSummary) => `${a.documentName} · part ${a.ordinal + 1}`;

describe('what a segmentation correction does, in words', () => {
  it('names both articles of a merge, by title or by file and part', () => {
    const articles = [summary(1, '聚核心竞争力 促高质量发展'), summary(2, null, 1)];
    expect(
      describeCorrection({ kind: 'merge', articleIds: [1, 2] }, articles, detail, part),
    ).toEqual({
      key: 'merge',
      params: { keeper: '聚核心竞争力 促高质量发展', absorbed: 'page.txt · part 2' },
    });
  });

  it('quotes where a split starts and what a move takes, counting code points', () => {
    expect(describeCorrection({ kind: 'split', articleId: 1, at: 12 }, [], detail, part)).toEqual({
      key: 'split',
      params: { start: '𠀀张丽丽从大处着眼，在实际工作中…' },
    });
    const move = describeCorrection(
      { kind: 'move', fromId: 1, toId: 3, start: 13, end: 16 },
      [summary(3, '三院合一共发展 融合资源出成效 辽宁省大连')],
      detail,
      part,
    );
    expect(move).toEqual({
      key: 'move',
      params: {
        text: '张丽丽',
        from: '聚核心竞争力 促高质量发展',
        to: '三院合一共发展 融合资源出成效…',
      },
    });
  });

  it('shortens on whole characters and folds white space', () => {
    expect(shortened('a\n\n b')).toBe('a b');
    expect(shortened('从大处着\n眼，在实际\r\n工作 ABC')).toBe('从大处着眼，在实际工作 ABC');
    expect(shortened('😀'.repeat(20))).toBe(`${'😀'.repeat(16)}…`);
  });
});
