/**
 * Highlight colours, one per field of the schema, told apart two ways: by hue and by the style of
 * the underline (solid, dashed, dotted, wavy). Twelve reused Mantine colours made 建院年份 look
 * like 医院 in an 18-field schema; hue alone fails for colour-blind curators, so a field's
 * underline style differs from its neighbours' too (checked by a colour-blindness simulation in
 * field-colors.test.ts).
 *
 * The hues are Kelly's colours of maximum contrast (1965), white and black left out, in his
 * order: the first fields get the most distinct ones. Each is registered as a Mantine colour
 * (`field0`…), so badges, swatches and the highlight CSS all use the same names.
 */
import { darken, lighten, type MantineColorsTuple } from '@mantine/core';

export const underlineStyles = ['solid', 'dashed', 'dotted', 'wavy'] as const;
export type UnderlineStyle = (typeof underlineStyles)[number];

/**
 * Each hue with its underline. The styles were chosen so that hues a colour-blind eye confuses
 * (ΔE under 15 in a protanopia, deuteranopia or tritanopia simulation) and neighbouring fields
 * never share one: see field-colors.test.ts.
 */
export const fieldPalette: readonly { hue: string; underline: UnderlineStyle }[] = [
  { hue: '#f3c300', underline: 'solid' },
  { hue: '#875692', underline: 'dashed' },
  { hue: '#f38400', underline: 'dotted' },
  { hue: '#a1caf1', underline: 'wavy' },
  { hue: '#be0032', underline: 'solid' },
  { hue: '#c2b280', underline: 'dashed' },
  { hue: '#848482', underline: 'dotted' },
  { hue: '#008856', underline: 'dashed' },
  { hue: '#e68fac', underline: 'solid' },
  { hue: '#0067a5', underline: 'dotted' },
  { hue: '#f99379', underline: 'wavy' },
  { hue: '#604e97', underline: 'solid' },
  { hue: '#f6a600', underline: 'dashed' },
  { hue: '#b3446c', underline: 'solid' },
  { hue: '#dcd300', underline: 'dotted' },
  { hue: '#882d17', underline: 'dashed' },
  { hue: '#8db600', underline: 'wavy' },
  { hue: '#654522', underline: 'dotted' },
  { hue: '#e25822', underline: 'solid' },
  { hue: '#2b3d26', underline: 'wavy' },
];

export const fieldHues = fieldPalette.map((entry) => entry.hue);

/** Distinct (hue, underline) pairs: 20 hues × 4 styles. */
export const fieldColorCount = fieldHues.length * underlineStyles.length;

export function fieldColorIndex(fieldKeys: readonly string[], key: string): number {
  const index = fieldKeys.indexOf(key);
  return (index < 0 ? 0 : index) % fieldColorCount;
}

/**
 * The hue and underline of colour `index`. Past the twentieth field the hues come round again,
 * each with its underline turned one step per round, so no two of the first 80 fields share both.
 */
export function fieldLook(index: number): { hue: string; underline: UnderlineStyle } {
  const round = Math.floor(index / fieldPalette.length);
  const { hue, underline } = fieldPalette[index % fieldPalette.length]!;
  const style =
    underlineStyles[(underlineStyles.indexOf(underline) + round) % underlineStyles.length]!;
  return { hue, underline: style };
}

/** Mantine colour names, `field0`… (see fieldThemeColors). */
export const fieldColorNames: readonly string[] = Array.from(
  { length: fieldHues.length },
  (_, i) => `field${i}`,
);

/** The Mantine colour name of a field: its hue (the underline is drawn by the reader only). */
export function fieldColorName(fieldKeys: readonly string[], key: string): string {
  return fieldColorNames[fieldColorIndex(fieldKeys, key) % fieldHues.length]!;
}

/** Ten shades around each hue (6 is the hue itself), as Mantine's theme wants them. */
export const fieldThemeColors: Record<string, MantineColorsTuple> = Object.fromEntries(
  fieldHues.map((hue, i) => [
    `field${i}`,
    [
      lighten(hue, 0.9),
      lighten(hue, 0.8),
      lighten(hue, 0.65),
      lighten(hue, 0.5),
      lighten(hue, 0.35),
      lighten(hue, 0.15),
      hue,
      darken(hue, 0.15),
      darken(hue, 0.3),
      darken(hue, 0.45),
    ] as unknown as MantineColorsTuple,
  ]),
);

function rgba(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${n >> 16}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/**
 * The reader's highlight rules: per colour, suggestions lightly tinted with a thin underline,
 * decided values (accepted, edited, added) tinted more with a thicker one.
 */
export function highlightCss(): string {
  const rules: string[] = [];
  for (let i = 0; i < fieldColorCount; i++) {
    const { hue, underline } = fieldLook(i);
    rules.push(
      `::highlight(field-${i}-suggested) { background-color: ${rgba(hue, 0.16)}; text-decoration: underline 1.5px ${underline} ${hue}; }`,
      `::highlight(field-${i}-decided) { background-color: ${rgba(hue, 0.36)}; text-decoration: underline 3px ${underline} ${hue}; }`,
    );
  }
  return rules.join('\n');
}
