import { DEFAULT_THEME, darken, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrastRatio, DIMMED, readableCssVariables } from './accessible-colors';
import { theme } from './theme';

const merged = mergeMantineTheme(DEFAULT_THEME, theme);
const resolved = readableCssVariables(merged);
// Mantine's colours and the fields' own (field0…).
const colorNames = Object.keys(merged.colors).filter((n) => n !== 'dark');

describe('readable colours', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#12b886', '#ffffff')).toBeCloseTo(2.55, 2);
  });

  it('puts white text on every filled colour at 4.5:1 or more, in both schemes', () => {
    for (const name of colorNames) {
      for (const scheme of [resolved.light, resolved.dark]) {
        const filled = scheme[`--mantine-color-${name}-filled`]!;
        expect(contrastRatio(filled, '#ffffff'), name).toBeGreaterThanOrEqual(4.5);
        const outline = resolved.light[`--mantine-color-${name}-outline`]!;
        expect(contrastRatio(outline, '#ffffff'), name).toBeGreaterThanOrEqual(4.5);
        // On the focused value's teal tint too.
        const tint = DEFAULT_THEME.colors.teal[2];
        expect(contrastRatio(outline, tint), name).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('keeps light-variant text readable on its tint and its hover tint', () => {
    for (const name of colorNames) {
      const shades = merged.colors[name]!;
      const text = resolved.light[`--mantine-color-${name}-light-color`]!;
      expect(contrastRatio(text, shades[1]), name).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(text, shades[2]), name).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('dims secondary text no lower than 4.5:1 on the body and on hovered rows', () => {
    expect(contrastRatio(DIMMED.light, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(DIMMED.light, DEFAULT_THEME.colors.gray[0])).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(DIMMED.dark, DEFAULT_THEME.colors.dark[7])).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(DIMMED.dark, DEFAULT_THEME.colors.dark[6])).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps the hue: teal stays teal, only darker', () => {
    expect(resolved.light['--mantine-color-teal-filled']).not.toBe(DEFAULT_THEME.colors.teal[6]);
    expect(contrastRatio(resolved.light['--mantine-color-teal-filled']!, '#ffffff')).toBeLessThan(
      contrastRatio(darken(DEFAULT_THEME.colors.teal[9], 0.5), '#ffffff'),
    );
  });
});
