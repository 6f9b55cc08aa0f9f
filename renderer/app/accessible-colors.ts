/**
 * Colours that keep text readable (WCAG AA, 4.5:1 for normal text) in both schemes. Mantine's
 * defaults put white on shade 6 of a colour (2.5:1 on teal) and shade 9 text on shade 1 tints
 * (3.6:1 on orange); here each colour's filled and light-variant text shades are darkened just
 * enough to pass, so every Button, Badge and Alert keeps its hue without a per-component fix.
 */
import {
  DEFAULT_THEME,
  darken,
  luminance,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

/** A little above 4.5 so that rounding in a checker never tips a pair under. */
export const MINIMUM_CONTRAST = 4.6;

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `color` darkened in small steps until it reaches the minimum contrast on every background. */
export function darkenUntilReadable(color: string, ...backgrounds: string[]): string {
  for (let step = 0; step <= 20; step++) {
    const candidate = step === 0 ? color : darken(color, step * 0.05);
    if (backgrounds.every((bg) => contrastRatio(candidate, bg) >= MINIMUM_CONTRAST)) {
      return candidate;
    }
  }
  return '#000000';
}

/** Grey of secondary text (`c="dimmed"`), on the light and the dark body. */
export const DIMMED = { light: '#5c636a', dark: '#a6a6a6' } as const;

function readableColorVariables(
  name: string,
  shades: MantineColorsTuple,
  primaryTint: string,
): Record<string, string> {
  const filled = darkenUntilReadable(shades[6], '#ffffff');
  return {
    [`--mantine-color-${name}-filled`]: filled,
    [`--mantine-color-${name}-filled-hover`]: darken(filled, 0.1),
    [`--mantine-color-${name}-text`]: filled,
    // Outline badges also sit inside the focused value, which is tinted with the primary colour.
    [`--mantine-color-${name}-outline`]: darkenUntilReadable(filled, '#ffffff', primaryTint),
    // Light-variant text sits on shade 1, and on shade 2 under the pointer.
    [`--mantine-color-${name}-light-color`]: darkenUntilReadable(shades[9], shades[2]),
  };
}

export const readableCssVariables: CSSVariablesResolver = (theme) => {
  const light: Record<string, string> = { '--mantine-color-dimmed': DIMMED.light };
  const dark: Record<string, string> = { '--mantine-color-dimmed': DIMMED.dark };
  const primaryTint = theme.colors[theme.primaryColor]![2];
  for (const [name, shades] of Object.entries({ ...DEFAULT_THEME.colors, ...theme.colors })) {
    if (name === 'dark') continue;
    const variables = readableColorVariables(name, shades, primaryTint);
    Object.assign(light, variables);
    // White text on filled buttons is the same in the dark scheme.
    dark[`--mantine-color-${name}-filled`] = variables[`--mantine-color-${name}-filled`]!;
    dark[`--mantine-color-${name}-filled-hover`] =
      variables[`--mantine-color-${name}-filled-hover`]!;
  }
  return { variables: {}, light, dark };
};
