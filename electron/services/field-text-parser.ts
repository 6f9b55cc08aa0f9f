import { apiError } from '../../shared/contract/error-messages';
import { divisionAt } from '../../shared/extraction/divisions';
import { squeeze } from '../../shared/extraction/suggest';
import type { Field } from '../../shared/schema';
import {
  parseChineseDate,
  parseChineseNumber,
  parseMoney,
  parsePercent,
  parseQuantity,
  toSquareMetres,
} from '../../shared/values';
import { splitMetricLine } from '../../shared/values/structured-value';
import { valueShapeProblem } from '../../shared/values/value-shape';

/**
 * What a curator typed (or selected) for a field, turned into the normalised value of the field's
 * type with the same parsers and the same shapes extraction produces (shared/extraction/rules):
 * text and institution: the text without whitespace; person: the name without whitespace, or
 * { name, title | role } when the value edited had its title or role; integer and decimal: a number
 * (Chinese numerals too, a unit such as 张 dropped); money: { amount, currency, approx }; quantity: { value, unit, approx },
 * areas in m² as the area rule stores them; date: { iso, year?, month?, day?, partial }; place:
 * { name, code } of a Chinese administrative division; enum: one of the field's values.
 *
 * `previous` is the value being edited: what the text cannot say (an event's description, a
 * metric's indicator) is carried over from it. Unparseable text is an invalid-input error naming
 * the field and the text.
 */
export function parseFieldText(field: Field, text: string, previous?: unknown): unknown {
  const value = parse(field, text.trim(), previous);
  // A number past what a double holds parses to Infinity, which JSON stores as null, and a whole
  // number past 2^53 is no longer the one typed: stored, either made every export of the project
  // stop at it (value-wrong-type). So what is stored must be a value of the field's type.
  const problem = value === null ? null : valueShapeProblem(field.type, value);
  if (value === null || problem !== null) {
    throw apiError(
      'value-unparseable',
      {
        text,
        expected: describe(field),
        type: field.type,
        choices: field.enumValues?.join('、') ?? '',
        fieldEn: field.labels.en,
        fieldZh: field.labels['zh-CN'],
        fieldKey: field.key,
      },
      [`text: not a ${field.type}: ${JSON.stringify(text)}${problem ? ` (${problem})` : ''}`],
    );
  }
  return value;
}

function describe(field: Field): string {
  if (field.type === 'enum') return `choice (one of ${field.enumValues?.join(', ') ?? ''})`;
  const names: Record<Field['type'], string> = {
    text: 'text',
    integer: 'whole number',
    decimal: 'number',
    money: 'amount of money (e.g. 4100万元)',
    quantity: 'quantity (e.g. 2753平方米)',
    date: 'date (e.g. 2021年7月26日)',
    enum: 'choice',
    person: 'name',
    institution: 'institution name',
    place: 'place (a Chinese province, city or county, e.g. 阜新市)',
  };
  return names[field.type];
}

const carried = (previous: unknown, key: string): Record<string, unknown> => {
  if (typeof previous !== 'object' || previous === null || !(key in previous)) return {};
  return { [key]: (previous as Record<string, unknown>)[key] };
};

/** A bare number (1200, 一千二百), or a counted one whose unit the field implies (1145张). */
function numberIn(text: string): number | null {
  return parseChineseNumber(squeeze(text)) ?? parseQuantity(text)?.value ?? null;
}

/** A metric typed with its name on one line (`病区数 52个`): the name becomes its indicator. */
function metricLine(text: string): unknown {
  const line = splitMetricLine(text);
  const figure = line && parseQuantity(line.figure);
  // An area with a name in front stays refused: areas are stored in m², with nothing to name.
  if (!line || !figure?.unit || toSquareMetres(figure) !== null) return null;
  return { value: figure.value, unit: figure.unit, approx: figure.approx, indicator: line.name };
}

function parse(field: Field, text: string, previous: unknown): unknown {
  switch (field.type) {
    case 'text':
    case 'institution': {
      const squeezed = squeeze(text);
      return squeezed === '' ? null : squeezed;
    }
    case 'person': {
      const name = squeeze(text);
      if (name === '') return null;
      // Extraction reads a person's title or role from the sentence around the name
      // ({ name, title }); the typed text is the name, so the rest is kept from the value edited.
      const isPersonRecord =
        typeof previous === 'object' && previous !== null && 'name' in previous;
      return isPersonRecord ? { ...previous, name } : name;
    }
    case 'integer': {
      const n = numberIn(text);
      return n !== null && Number.isInteger(n) ? n : null;
    }
    case 'decimal':
      return numberIn(text);
    case 'money': {
      const money = parseMoney(text);
      return money && { amount: money.amount, currency: money.currency, approx: money.approx };
    }
    case 'quantity': {
      const quantity = parseQuantity(text) ?? parsePercent(text);
      if (!quantity) return metricLine(text);
      const squareMetres = quantity.unit === '%' ? null : toSquareMetres(quantity);
      return squareMetres !== null
        ? { value: squareMetres, unit: 'm²', approx: quantity.approx }
        : {
            value: quantity.value,
            unit: quantity.unit,
            approx: quantity.approx,
            ...carried(previous, 'indicator'),
          };
    }
    case 'date': {
      const date = parseChineseDate(text);
      if (!date || date.year === undefined || date.precision === 'decade') return null;
      return {
        iso: date.iso,
        year: date.year,
        ...(date.month !== undefined ? { month: date.month } : {}),
        ...(date.day !== undefined ? { day: date.day } : {}),
        partial: date.partial,
        ...carried(previous, 'description'),
      };
    }
    case 'enum':
      return field.enumValues?.includes(text) ? text : null;
    case 'place': {
      // Full names (阜新市) and the short ones articles use (阜新); a province field prefers a
      // province where a name is shared between levels.
      const name = squeeze(text);
      const mention = divisionAt(name, 0);
      const candidates = mention && mention.end === name.length ? mention.candidates : [];
      const division = candidates.find((d) => d.level === field.key) ?? candidates[0];
      return division ? { name: division.name, code: division.code } : null;
    }
  }
}
