import type { CSSProperties } from 'react';
import { fieldLook, rgbTriplet } from '../fields/field-colors';
import classes from './Reader.module.css';

/**
 * The look of colour `index` as highlightCss paints it in the text, for a sample of it elsewhere
 * (the legend, the colour chooser in Fields…): its tint and its underline.
 */
export function highlightSample(
  index: number,
  decided: boolean,
): { className: string; style: CSSProperties } {
  const { hue, underline } = fieldLook(index);
  return {
    className: decided ? classes.legendDecided! : classes.legendSuggested!,
    style: {
      '--legend-rgb': rgbTriplet(hue),
      textDecoration: `underline ${decided ? 3 : 1.5}px ${underline} ${hue}`,
    } as CSSProperties,
  };
}
