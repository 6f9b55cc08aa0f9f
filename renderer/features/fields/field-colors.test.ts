import { describe, expect, it } from 'vitest';
import { leastDifference } from './color-vision';
import {
  fieldColorCount,
  fieldColorIndexes,
  fieldLook,
  fieldPalette,
  highlightCss,
} from './field-colors';

describe('field colours', () => {
  it('gives each of the first twenty fields its own hue, and no two of the first 80 the same look', () => {
    const looks = Array.from({ length: fieldColorCount }, (_, i) => fieldLook(i));
    expect(new Set(looks.slice(0, 20).map((l) => l.hue)).size).toBe(20);
    expect(new Set(looks.map((l) => `${l.hue} ${l.underline}`)).size).toBe(fieldColorCount);
  });

  it('tells confusable hues apart by their underline, for colour-blind curators too', () => {
    const confusable: string[] = [];
    for (let i = 0; i < fieldPalette.length; i++) {
      for (let j = i + 1; j < fieldPalette.length; j++) {
        const [a, b] = [fieldPalette[i]!, fieldPalette[j]!];
        if (a.underline === b.underline && leastDifference(a.hue, b.hue) < 15) {
          confusable.push(`${i} ${a.hue} ~ ${j} ${b.hue}`);
        }
      }
    }
    expect(confusable).toEqual([]);
    // Neighbouring fields in the schema never share an underline.
    for (let i = 1; i < fieldColorCount; i++) {
      expect(fieldLook(i).underline, `field ${i}`).not.toBe(fieldLook(i - 1).underline);
    }
  });

  it('gives a field the colour chosen for it, and the others the colour of their place', () => {
    const fields = [
      { key: 'hospital' },
      { key: 'city', color: fieldPalette[9]!.hue },
      { key: 'beds' },
    ];
    expect([...fieldColorIndexes(fields)]).toEqual([
      ['hospital', 0],
      ['city', 9],
      ['beds', 2],
    ]);
    // A colour outside the palette (a schema from a newer build, say) falls back to the place.
    expect(fieldColorIndexes([{ key: 'a' }, { key: 'b', color: '#123456' }]).get('b')).toBe(1);
  });

  it('writes a rule for suggested and for decided values of every colour', () => {
    const css = highlightCss();
    expect(css).toContain('::highlight(field-0-suggested)');
    expect(css).toContain(`::highlight(field-${fieldColorCount - 1}-decided)`);
    expect(css.match(/::highlight/g)).toHaveLength(fieldColorCount * 4);
  });
});
