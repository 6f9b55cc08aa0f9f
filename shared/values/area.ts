import { scaleNumberByPowerOfTen } from './exact-decimal';
import type { Quantity } from './quantity';

/**
 * An area quantity in square metres, or null when the unit is not an area. Parsed quantities keep
 * the unit the article used (亩 stays 亩); this is for comparing or summing areas. 万平方米 needs no
 * case here: the parser already folds 万 into the value (3.23万平方米 → 32300 m²).
 */
export function toSquareMetres(quantity: Pick<Quantity, 'value' | 'unit'>): number | null {
  switch (quantity.unit) {
    case 'm²':
      return quantity.value;
    case 'km²':
      return scaleNumberByPowerOfTen(quantity.value, 6);
    case '公顷':
      return scaleNumberByPowerOfTen(quantity.value, 4);
    case '亩':
      // 1 亩 = 10000/15 m² exactly (市亩); multiply first so that 15亩 is exactly 10000.
      return scaleNumberByPowerOfTen(quantity.value, 4) / 15;
    case '坪':
      // Taiwan's floor measure: 1 坪 = 400/121 m² exactly (a square of 6 尺 of 10/33 m).
      return (quantity.value * 400) / 121;
    default:
      return null;
  }
}
