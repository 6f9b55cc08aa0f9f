import { describe, expect, it } from 'vitest';
import { clauseStart, LONGEST_CLAUSE, sentenceEnd } from '../suggest';
import { moneyIn } from './figures-money';

const amounts = (piece: string): string[] => moneyIn(piece).map((m) => m.text);

describe('moneyIn', () => {
  it('finds sums with a currency, and without one after a word of spending', () => {
    expect(amounts('新院区总投资3.2亿元，其中设备投入5000万')).toEqual(['3.2亿元', '5000万']);
  });

  it('takes no sum without 元 when the word of spending is in another sentence', () => {
    expect(amounts('医院加大投入。门诊量达到12万')).toEqual([]);
  });

  it('leaves out an amount cut out of a Chinese decimal', () => {
    expect(amounts('投资二点八亿元')).not.toContain('八亿元');
  });

  it('keeps every amount of a line of thousands, each once', () => {
    // Once a walk over every amount found before each one (quadratic: seconds for this line).
    const line = '拨款1万元'.repeat(5000);
    const found = moneyIn(line);
    expect(found).toHaveLength(5000);
    expect(new Set(found.map((m) => m.start)).size).toBe(5000);
  });
});

describe('clauses and sentences on a line without a stop', () => {
  it('reach at most LONGEST_CLAUSE units from the point asked about', () => {
    const line = '床'.repeat(5 * LONGEST_CLAUSE);
    expect(clauseStart(line, 3 * LONGEST_CLAUSE)).toBe(2 * LONGEST_CLAUSE);
    expect(sentenceEnd(line, LONGEST_CLAUSE)).toBe(2 * LONGEST_CLAUSE);
    expect(clauseStart('院长说，医院', 6)).toBe(4);
  });
});
