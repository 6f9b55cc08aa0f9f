import { luminance } from '@mantine/core';
import { CONFUSABLE_DIFFERENCE, leastDifference } from '../fields/color-vision';
import { fieldLook, tintAlpha } from '../fields/field-colors';

/** The reader's page and text in each theme (Mantine's body colours). */
const surfaces = {
  light: { page: '#ffffff', text: '#000000' },
  dark: { page: '#242424', text: '#c9c9c9' },
} as const;

type Scheme = keyof typeof surfaces;

/** WCAG 1.4.11: a mark that identifies something needs 3:1 against what is around it. */
export const MARK_CONTRAST = 3;
/** WCAG 1.4.3: normal text needs 4.5:1 against its background. */
export const TEXT_CONTRAST = 4.5;

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `hue` laid at `alpha` over `page`, as the browser paints a highlight's tint. */
function tinted(hue: string, alpha: number, page: string): string {
  const channel = (hex: string, at: number) => Number.parseInt(hex.slice(at, at + 2), 16);
  const mixed = [1, 3, 5].map((at) =>
    Math.round(alpha * channel(hue, at) + (1 - alpha) * channel(page, at)),
  );
  return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

export type ColorProblem =
  | { kind: 'faint'; scheme: Scheme; ratio: number }
  | { kind: 'text'; scheme: Scheme; ratio: number }
  | { kind: 'same'; field: string }
  | { kind: 'confused'; field: string };

export interface ColorCheck {
  /** The underline against the page, per theme. */
  mark: Record<Scheme, number>;
  problems: ColorProblem[];
}

/**
 * What a curator should know before giving a field colour `index`: how its underline stands out
 * from the page in each theme, whether the text stays readable on its tint, and which other
 * fields look the same — the same hue and underline, or hues a colour-blind eye takes for one
 * another drawn with the same underline (the underline style is what tells those apart).
 */
export function checkFieldColor(
  index: number,
  others: readonly { label: string; index: number }[],
): ColorCheck {
  const { hue, underline } = fieldLook(index);
  const problems: ColorProblem[] = [];
  const mark = { light: 0, dark: 0 };
  for (const scheme of ['light', 'dark'] as const) {
    const { page, text } = surfaces[scheme];
    mark[scheme] = contrast(hue, page);
    if (mark[scheme] < MARK_CONTRAST) problems.push({ kind: 'faint', scheme, ratio: mark[scheme] });
    const onTint = contrast(text, tinted(hue, tintAlpha[scheme].decided, page));
    if (onTint < TEXT_CONTRAST) problems.push({ kind: 'text', scheme, ratio: onTint });
  }
  for (const other of others) {
    const look = fieldLook(other.index);
    if (look.hue === hue && look.underline === underline) {
      problems.push({ kind: 'same', field: other.label });
    } else if (
      look.underline === underline &&
      leastDifference(look.hue, hue) < CONFUSABLE_DIFFERENCE
    ) {
      problems.push({ kind: 'confused', field: other.label });
    }
  }
  return { mark, problems };
}
