import { describe, expect, it } from 'vitest';
import { detectPageChrome } from './chrome';
import { sliceCodePoints } from './codepoints';

const chromeLines = (text: string): string[] =>
  detectPageChrome(text).map((r) => sliceCodePoints(text, r.start, r.end).trim());

const STORY =
  '【記者林若凡嘉義報導】嘉禾綜合醫院於12日舉行新大樓落成典禮，院長陳志遠表示將增設病床一百張，服務更多鄉親。';

describe('a slider’s items printed twice (set S)', () => {
  it('marks both copies of a run of short lines as navigation', () => {
    const slides = ['社會處_長照服務專區', '115年度志工招募簡章', '黃美玲'];
    const page = [...slides, ...slides, '', STORY].join('\n');
    expect(chromeLines(page)).toEqual([...slides, ...slides]);
  });

  it('leaves a headline printed twice with its date between them', () => {
    const page = ['嘉禾醫院新大樓落成', '2025-03-12', '嘉禾醫院新大樓落成', STORY].join('\n');
    expect(chromeLines(page)).not.toContain('嘉禾醫院新大樓落成');
  });

  it('leaves a single short line said twice (one line is no run)', () => {
    const page = ['嘉禾醫院新大樓落成', '嘉禾醫院新大樓落成', STORY].join('\n');
    expect(chromeLines(page)).toEqual([]);
  });

  it('leaves repeated sentences to the repeat marks', () => {
    const twice = [STORY, STORY, STORY, STORY].join('\n');
    expect(chromeLines(twice)).toEqual([]);
  });
});
