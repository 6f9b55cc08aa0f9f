import { describe, expect, it } from 'vitest';
import { fieldColorCount, fieldLook, fieldPalette, highlightCss } from './field-colors';

/**
 * Colour-vision deficiency simulation (Machado, Oliveira and Fernandes 2009, severity 1) on
 * linear RGB, then CIE L*a*b* distance (ΔE 1976) between what the two colours look like.
 */
const deficiencies: Record<string, number[][]> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function linear(hex: string): number[] {
  return [1, 3, 5].map((at) => {
    const c = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
}

function lab([r, g, b]: number[]): number[] {
  const x = (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047;
  const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  const z = (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function seenAs(hex: string, matrix: number[][]): number[] {
  const rgb = linear(hex);
  return lab(
    matrix.map((row) =>
      Math.min(
        1,
        Math.max(
          0,
          row.reduce((sum, m, k) => sum + m * rgb[k]!, 0),
        ),
      ),
    ),
  );
}

/** The smallest ΔE between two hues over normal vision and the three dichromacies. */
function leastDifference(a: string, b: string): number {
  return Math.min(
    ...Object.values(deficiencies).map((m) =>
      Math.hypot(...seenAs(a, m).map((v, i) => v - seenAs(b, m)[i]!)),
    ),
  );
}

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

  it('writes a rule for suggested and for decided values of every colour', () => {
    const css = highlightCss();
    expect(css).toContain('::highlight(field-0-suggested)');
    expect(css).toContain(`::highlight(field-${fieldColorCount - 1}-decided)`);
    expect(css.match(/::highlight/g)).toHaveLength(fieldColorCount * 2);
  });
});
