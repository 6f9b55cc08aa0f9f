/**
 * Highlight colours, one per field of the schema, told apart two ways: by hue and by the style of
 * the underline (solid, dashed, dotted, wavy). Twelve reused Mantine colours made 建院年份 look
 * like 医院 in an 18-field schema; hue alone fails for colour-blind curators, so a field's
 * underline style differs from its neighbours' too (checked by a colour-blindness simulation in
 * field-colors.test.ts).
 *
 * The hues are Kelly's colours of maximum contrast (shared/schema/field-hues.ts). A field takes
 * the one of its place in the schema, or the one chosen for it in Fields…. Each is registered as a
 * Mantine colour (`field0`…), so badges, swatches and the highlight CSS all use the same names.
 */
import { darken, lighten, type MantineColorsTuple } from '@mantine/core';
import { FIELD_HUES } from '../../../shared/schema/field-hues';

export const underlineStyles = ['solid', 'dashed', 'dotted', 'wavy'] as const;
export type UnderlineStyle = (typeof underlineStyles)[number];

/**
 * Each hue (FIELD_HUES, shared with the schema so a field's chosen colour is one of them) with
 * its underline. The styles were chosen so that hues a colour-blind eye confuses (ΔE under 15 in a
 * protanopia, deuteranopia or tritanopia simulation) and neighbouring fields never share one: see
 * field-colors.test.ts.
 */
const paletteUnderlines: readonly UnderlineStyle[] = [
  'solid',
  'dashed',
  'dotted',
  'wavy',
  'solid',
  'dashed',
  'dotted',
  'dashed',
  'solid',
  'dotted',
  'wavy',
  'solid',
  'dashed',
  'solid',
  'dotted',
  'dashed',
  'wavy',
  'dotted',
  'solid',
  'wavy',
];

export const fieldPalette: readonly { hue: string; underline: UnderlineStyle }[] = FIELD_HUES.map(
  (hue, i) => ({ hue, underline: paletteUnderlines[i]! }),
);

export const fieldHues = fieldPalette.map((entry) => entry.hue);

/** Distinct (hue, underline) pairs: 20 hues × 4 styles. */
export const fieldColorCount = fieldHues.length * underlineStyles.length;

/** What a field's colour is read from: its place in the schema, and the colour chosen in Fields…. */
export interface ColoredField {
  key: string;
  color?: string | undefined;
}

/**
 * The colour of each field: the palette entry of the hue chosen for it in Fields…, else the one
 * of its place in the schema. Computed once per schema, not once per highlighted span.
 */
export function fieldColorIndexes(fields: readonly ColoredField[]): Map<string, number> {
  return new Map(
    fields.map((field, place) => {
      const chosen = fieldHues.indexOf(field.color ?? '');
      return [field.key, chosen >= 0 ? chosen : place % fieldColorCount];
    }),
  );
}

export function fieldColorIndex(fields: readonly ColoredField[], key: string): number {
  return fieldColorIndexes(fields).get(key) ?? 0;
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
export function fieldColorName(fields: readonly ColoredField[], key: string): string {
  return fieldColorNames[fieldColorIndex(fields, key) % fieldHues.length]!;
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

/** `r, g, b` of a hex colour, for rgba(var(...), alpha) in CSS. */
export function rgbTriplet(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `${n >> 16}, ${(n >> 8) & 255}, ${n & 255}`;
}

/**
 * Tint strengths. The dark theme's text is light grey, so its tints are fainter: at the light
 * theme's 0.36 a yellow tint left that text at 3.5:1 (axe-core); the underline carries the rest.
 */
export const tintAlpha = {
  light: { suggested: 0.16, decided: 0.36 },
  dark: { suggested: 0.1, decided: 0.2 },
} as const;

/**
 * The reader's highlight rules: per colour, suggestions lightly tinted with a thin underline,
 * decided values (accepted, edited, added) tinted more with a thicker one.
 */
export function highlightCss(): string {
  const rules: string[] = [];
  for (let i = 0; i < fieldColorCount; i++) {
    const { hue, underline } = fieldLook(i);
    const rgb = rgbTriplet(hue);
    for (const state of ['suggested', 'decided'] as const) {
      const thickness = state === 'decided' ? 3 : 1.5;
      rules.push(
        `::highlight(field-${i}-${state}) { background-color: rgba(${rgb}, ${tintAlpha.light[state]}); text-decoration: underline ${thickness}px ${underline} ${hue}; }`,
        `[data-mantine-color-scheme='dark'] ::highlight(field-${i}-${state}) { background-color: rgba(${rgb}, ${tintAlpha.dark[state]}); }`,
      );
    }
  }
  return rules.join('\n');
}
