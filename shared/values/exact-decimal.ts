/**
 * A decimal held exactly as `digits / 10^scale`. Chinese amounts scale decimals by powers of ten
 * (1.4万, 3.23万平方米, 1.2亿元); doing that in binary floating point gives 14000.000000000002,
 * which then fails equality checks and shows up in exports. BigInt keeps every step exact and
 * only the final conversion to `number` rounds, once, to the nearest double.
 */
export interface ExactDecimal {
  readonly digits: bigint;
  readonly scale: number;
}

export const ZERO: ExactDecimal = { digits: 0n, scale: 0 };

const DECIMAL_LITERAL = /^(\d+)(?:\.(\d+))?$/;

/** Drops trailing fractional zeros so that equal values have one representation. */
function normalise(value: ExactDecimal): ExactDecimal {
  let { digits, scale } = value;
  while (scale > 0 && digits % 10n === 0n) {
    digits /= 10n;
    scale--;
  }
  return { digits, scale };
}

/** Parses an ASCII literal such as `3`, `3.23` or `0.5`; anything else gives null. */
export function decimalFromLiteral(literal: string): ExactDecimal | null {
  const match = DECIMAL_LITERAL.exec(literal);
  if (!match) return null;
  const fraction = match[2] ?? '';
  return normalise({ digits: BigInt(match[1]! + fraction), scale: fraction.length });
}

export function decimalFromInteger(value: number | bigint): ExactDecimal {
  return { digits: BigInt(value), scale: 0 };
}

/** `value × 10^exponent` for exponent ≥ 0, without rounding. */
export function scaleByPowerOfTen(value: ExactDecimal, exponent: number): ExactDecimal {
  if (exponent <= value.scale)
    return normalise({ digits: value.digits, scale: value.scale - exponent });
  return { digits: value.digits * 10n ** BigInt(exponent - value.scale), scale: 0 };
}

export function addDecimals(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  const scale = Math.max(a.scale, b.scale);
  const digits =
    a.digits * 10n ** BigInt(scale - a.scale) + b.digits * 10n ** BigInt(scale - b.scale);
  return normalise({ digits, scale });
}

export function isZeroDecimal(value: ExactDecimal): boolean {
  return value.digits === 0n;
}

/** Plain positional notation, e.g. `32300` or `3.5` (never exponent notation). */
export function decimalToString(value: ExactDecimal): string {
  const sign = value.digits < 0n ? '-' : '';
  const digits = (value.digits < 0n ? -value.digits : value.digits).toString();
  if (value.scale === 0) return sign + digits;
  const padded = digits.padStart(value.scale + 1, '0');
  const point = padded.length - value.scale;
  return `${sign}${padded.slice(0, point)}.${padded.slice(point)}`;
}

/** The nearest double; integers up to 2^53 come out exact. */
export function decimalToNumber(value: ExactDecimal): number {
  return Number(decimalToString(value));
}

/**
 * `value × 10^exponent` for a number that is already a double, done through its shortest decimal
 * spelling so that 1.1 × 10⁶ is 1100000 rather than 1100000.0000000002.
 */
export function scaleNumberByPowerOfTen(value: number, exponent: number): number {
  const literal = decimalFromLiteral(String(Math.abs(value)));
  if (!literal) return value * 10 ** exponent; // exponent notation: beyond exact territory anyway
  const scaled = decimalToNumber(scaleByPowerOfTen(literal, exponent));
  return value < 0 ? -scaled : scaled;
}
