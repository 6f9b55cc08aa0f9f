import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bidiControlMarker, showBidiControls } from './bidi-controls';

describe('bidi controls in the reader', () => {
  it('shows overrides, embeddings and isolates as a visible marker', () => {
    expect(showBidiControls('invoice\u202Efdp.exe\u202C')).toBe(
      `invoice${bidiControlMarker}fdp.exe${bidiControlMarker}`,
    );
    expect(showBidiControls('\u2066a\u2067b\u2068c\u2069 \u202A\u202B\u202D')).toBe('◇a◇b◇c◇ ◇◇◇');
    expect(showBidiControls('阜新市第二人民医院')).toBe('阜新市第二人民医院');
  });

  it('keeps every code-point and UTF-16 offset of the text', () => {
    const alphabet = ['a', '医', '𠀀', '\u202E', '\u2066', '\u200F', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        const shown = showBidiControls(text);
        expect(shown.length).toBe(text.length);
        expect(Array.from(shown)).toHaveLength(Array.from(text).length);
        expect(shown).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/u);
      }),
    );
  });
});
