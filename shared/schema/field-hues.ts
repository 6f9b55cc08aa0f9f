/**
 * The highlight hues a field may be given in Fields…: Kelly's colours of maximum contrast (1965),
 * white and black left out, in his order, so the first fields get the most distinct ones. A field
 * without a colour takes the hue of its place in the schema. The set is closed, so a hand-edited
 * schema cannot bring in a colour the reader's colour-blindness checks have not seen
 * (renderer/features/fields/field-colors.test.ts).
 */
export const FIELD_HUES = [
  '#f3c300',
  '#875692',
  '#f38400',
  '#a1caf1',
  '#be0032',
  '#c2b280',
  '#848482',
  '#008856',
  '#e68fac',
  '#0067a5',
  '#f99379',
  '#604e97',
  '#f6a600',
  '#b3446c',
  '#dcd300',
  '#882d17',
  '#8db600',
  '#654522',
  '#e25822',
  '#2b3d26',
] as const;

export type FieldHue = (typeof FIELD_HUES)[number];
