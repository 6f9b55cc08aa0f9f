/**
 * How alike two hues look to people with normal colour vision and with each of the three
 * dichromacies: the check behind the palette (field-colors.test.ts) and behind the warning in
 * Fields… when a chosen colour is confused with another field's.
 */

/** Below this ΔE (CIE 1976) two hues are taken for one another at a glance. */
export const CONFUSABLE_DIFFERENCE = 15;

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
export function leastDifference(a: string, b: string): number {
  return Math.min(
    ...Object.values(deficiencies).map((m) =>
      Math.hypot(...seenAs(a, m).map((v, i) => v - seenAs(b, m)[i]!)),
    ),
  );
}
