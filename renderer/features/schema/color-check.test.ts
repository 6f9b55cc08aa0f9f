import { describe, expect, it } from 'vitest';
import { fieldHues } from '../fields/field-colors';
import { checkFieldColor, contrast } from './color-check';

describe('the check of a chosen field colour', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('finds Kelly yellow faint on the light page and strong on the dark one', () => {
    const yellow = fieldHues.indexOf('#f3c300');
    const check = checkFieldColor(yellow, []);
    expect(check.mark.light).toBeLessThan(3);
    expect(check.mark.dark).toBeGreaterThan(3);
    expect(check.problems).toEqual([{ kind: 'faint', scheme: 'light', ratio: check.mark.light }]);
  });

  it('names a field that would look the same, and one a colour-blind eye confuses', () => {
    const blue = fieldHues.indexOf('#0067a5');
    expect(checkFieldColor(blue, [{ label: '城市', index: blue }]).problems).toContainEqual({
      kind: 'same',
      field: '城市',
    });
    // Every pair of the palette, each with its own underline.
    const confusable: string[] = [];
    for (let a = 0; a < fieldHues.length; a++)
      for (let b = 0; b < fieldHues.length; b++)
        if (
          a !== b &&
          checkFieldColor(a, [{ label: String(b), index: b }]).problems.some(
            (p) => p.kind === 'confused',
          )
        )
          confusable.push(`${a}~${b}`);
    // The palette's own underlines keep every pair apart; only a chosen clash is reported.
    expect(confusable).toEqual([]);
    // Past the twentieth field the underline turns: hue 0 with the next style is told apart.
    expect(checkFieldColor(0, [{ label: 'x', index: 20 }]).problems).toEqual(
      checkFieldColor(0, []).problems,
    );
  });

  it('keeps the text readable on every tint of the palette', () => {
    for (let i = 0; i < fieldHues.length; i++)
      expect(checkFieldColor(i, []).problems.filter((p) => p.kind === 'text')).toEqual([]);
  });
});
