import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { showBidiControls } from '../../../shared/text/bidi-controls';
import { buildReadingView } from '../../../shared/text/reading-view';
import { readingPieces } from './reading-pieces';

/** Full-width letters and digits the view maps to ASCII, one for one. */
const fullWidth = (char: string) =>
  /^[Ａ-Ｚａ-ｚ０-９]$/u.test(char) ? String.fromCharCode(char.charCodeAt(0) - 0xfee0) : char;

// Text shaped like the seeds: CJK with OCR line breaks, letter-spacing, CRLF, column gaps.
const messyText = fc
  .array(
    fc.constantFrom(
      '医',
      '院',
      '阜',
      '新',
      '。',
      '，',
      ' ',
      '   ',
      '\n',
      '\r\n',
      '\n\n',
      'Ａ',
      '1',
      'x',
      '\u202E',
      '😀',
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

describe('readingPieces', () => {
  it('shows exactly the reading view, each tagged character at its document offset', () => {
    fc.assert(
      fc.property(messyText, fc.nat(10_000), (text, segmentStart) => {
        const pieces = readingPieces(text, segmentStart);
        expect(pieces.map((p) => p.text).join('')).toBe(
          showBidiControls(buildReadingView(text).text),
        );
        const original = Array.from(text);
        let lastOffset = -1;
        for (const piece of pieces) {
          if (piece.start === null) {
            expect(piece.text).toBe('\n');
            continue;
          }
          Array.from(piece.text).forEach((char, i) => {
            const offset = piece.start! - segmentStart + i;
            expect(offset).toBeGreaterThan(lastOffset);
            lastOffset = offset;
            expect(char).toBe(showBidiControls(fullWidth(original[offset]!)));
          });
        }
      }),
    );
  });

  it('joins a line broken inside a sentence, and the two halves keep their offsets', () => {
    // As in the 阜新 seed article.
    const text = '面对新要求，阜新市第\n二人民医院开启了新征程。';
    expect(readingPieces(text, 100)).toEqual([
      { text: '面对新要求，阜新市第', start: 100 },
      { text: '二人民医院开启了新征程。', start: 111 },
    ]);
  });
});
