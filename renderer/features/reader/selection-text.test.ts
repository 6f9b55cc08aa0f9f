import { describe, expect, it } from 'vitest';
import { documentText, trimSelection } from './selection-text';

describe('selection text', () => {
  it('trims whitespace at both ends, counting code points', () => {
    expect(trimSelection(' \n𠀋院长 ')).toEqual({ text: '𠀋院长', leading: 2, trailing: 1 });
    expect(trimSelection('   ')).toEqual({ text: '', leading: 3, trailing: 0 });
  });

  it('reads the stored text between document offsets across segments', () => {
    const segments = [
      { start: 0, text: '𠀋医院' },
      { start: 10, text: '床位八百张' },
    ];
    expect(documentText(segments, 1, 12)).toBe('医院床位');
    expect(documentText(segments, 3, 10)).toBe('');
  });
});
