import { parseChineseNumber } from './chinese-numerals';
import { parseMoney, type Currency } from './money';
import { parseQuantity } from './quantity';

/**
 * Values with parts a curator edits one by one (issue 21.5): a metric (name of the indicator,
 * number, unit: `门诊量 1.4万人次`), a person (name, role or title) and an investment (amount,
 * currency, what it is for). Each part is read on its own and refused on its own, so the form can
 * say which part is wrong; the value keeps the shape extraction gives it (shared/extraction/rules)
 * and its spans: only what the value says changes, never where it was read.
 *
 * Shared by the renderer (the form checks each part as it is typed) and the Node side (which
 * parses again before writing and refuses with the same part names).
 */
export type StructuredKind = 'metric' | 'person' | 'investment';

export const structuredParts = {
  metric: ['name', 'number', 'unit'],
  person: ['name', 'role'],
  investment: ['amount', 'currency', 'purpose'],
} as const satisfies Record<StructuredKind, readonly string[]>;

export type PartName = (typeof structuredParts)[StructuredKind][number];

/** Why a part was refused; the UI words each in its language. */
export type PartProblem =
  | 'required'
  | 'not-a-number'
  | 'not-an-amount'
  | 'unknown-currency'
  | 'currency-mismatch'
  | 'not-a-unit'
  | 'too-long';

export interface PartIssue {
  part: PartName;
  problem: PartProblem;
}

export type PartsResult =
  { ok: true; value: unknown; raw: string } | { ok: false; issues: PartIssue[] };

export const currencies: readonly Currency[] = [
  'CNY',
  'USD',
  'HKD',
  'TWD',
  'MOP',
  'EUR',
  'GBP',
  'JPY',
];

const MAX_NAME = 40;
const MAX_UNIT = 8;
const MAX_PURPOSE = 200;

const record = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;

const squeeze = (text: string): string => text.replace(/\s+/gu, '');

/** Issues in the order the form shows its parts. */
const inPartOrder = (kind: StructuredKind, issues: PartIssue[]): PartIssue[] => {
  const order: readonly string[] = structuredParts[kind];
  return [...issues].sort((a, b) => order.indexOf(a.part) - order.indexOf(b.part));
};

/**
 * Which form edits a value of a field of this type: people and money always; a quantity unless
 * it is a floor area (stored in m², one number with nothing to name).
 */
export function structuredKindOf(fieldType: string, value: unknown): StructuredKind | null {
  if (fieldType === 'person') return 'person';
  if (fieldType === 'money') return 'investment';
  if (fieldType === 'quantity' && record(value)?.unit !== 'm²') return 'metric';
  return null;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The form's parts for a value as stored (and its raw text), to start editing from. */
export function partsOfValue(
  kind: StructuredKind,
  value: unknown,
  raw: string,
): Record<string, string> {
  const v = record(value);
  switch (kind) {
    case 'metric': {
      const unit = text(v?.unit);
      // The figure as written, less its unit, keeps its hedge (10%左右 → 10左右); else the number.
      const written = unit ? squeeze(raw).replace(unit, '') : squeeze(raw);
      const number =
        typeof v?.value === 'number' && parseQuantity(written)?.value !== v.value
          ? String(v.value)
          : written;
      return { name: text(v?.indicator), number, unit };
    }
    case 'person':
      return typeof value === 'string'
        ? { name: value, role: '' }
        : { name: text(v?.name), role: text(v?.title) || text(v?.role) };
    case 'investment':
      return {
        amount: squeeze(raw) || (typeof v?.amount === 'number' ? String(v.amount) : ''),
        currency: text(v?.currency) || 'CNY',
        purpose: text(v?.purpose),
      };
  }
}

/**
 * A metric typed on one line, `病区数 52个` or `门诊量：1.4万人次`: the name before the figure, the
 * figure with its unit after it. Null when the text does not have that form.
 */
export function splitMetricLine(line: string): { name: string; figure: string } | null {
  const match =
    /^(.*?[^\s\d０-９.．:：,，=])[\s:：,，=]*((?:约|近|逾|超过|超|达)?[\d０-９][\s\S]*)$/u.exec(
      line.trim(),
    );
  if (!match) return null;
  const name = squeeze(match[1]!).replace(/(?:约|近|逾|超过|超|达到|达|为|共)+$/u, '');
  return name === '' ? null : { name, figure: match[2]!.trim() };
}

/** Reads each part of a metric; `needsName` when the value edited named its indicator. */
function metricFromParts(typed: Record<string, string>, needsName: boolean): PartsResult {
  // The whole line typed into the name (病区数 52个) is read as name, number and unit.
  const line = (typed.number ?? '').trim() === '' ? splitMetricLine(typed.name ?? '') : null;
  const parts = line ? { ...typed, name: line.name, number: line.figure } : typed;
  const issues: PartIssue[] = [];
  const name = squeeze(parts.name ?? '');
  if (name === '' && needsName) issues.push({ part: 'name', problem: 'required' });
  if ([...name].length > MAX_NAME) issues.push({ part: 'name', problem: 'too-long' });
  const numberText = (parts.number ?? '').trim();
  const figure = numberText === '' ? null : parseQuantity(numberText);
  if (numberText === '') issues.push({ part: 'number', problem: 'required' });
  else if (!figure) issues.push({ part: 'number', problem: 'not-a-number' });
  const unitText = squeeze(parts.unit ?? '');
  // A unit typed with the number (52个) counts when the unit part is left empty.
  let unit: string | null = unitText || figure?.unit || null;
  if (unitText !== '') {
    const read = parseQuantity(`1${unitText}`);
    if ([...unitText].length > MAX_UNIT || /[\d０-９]/u.test(unitText))
      issues.push({ part: 'unit', problem: 'not-a-unit' });
    else if (read?.unit) unit = read.unit;
  } else if (!unit) issues.push({ part: 'unit', problem: 'required' });
  if (issues.length > 0 || !figure) return { ok: false, issues: inPartOrder('metric', issues) };
  const value = {
    value: figure.value,
    unit,
    approx: figure.approx,
    ...(name !== '' ? { indicator: name } : {}),
  };
  const numberOnly = figure.unit
    ? numberText.slice(0, numberText.lastIndexOf(figure.unit))
    : numberText;
  return { ok: true, value, raw: `${squeeze(numberOnly)}${unit}` };
}

function personFromParts(parts: Record<string, string>, previous: unknown): PartsResult {
  const issues: PartIssue[] = [];
  const name = squeeze(parts.name ?? '');
  const role = (parts.role ?? '').trim();
  if (name === '') issues.push({ part: 'name', problem: 'required' });
  else if ([...name].length > MAX_NAME) issues.push({ part: 'name', problem: 'too-long' });
  if ([...role].length > MAX_NAME * 2) issues.push({ part: 'role', problem: 'too-long' });
  if (issues.length > 0) return { ok: false, issues };
  // Extraction stores a post as `title`; a value that used `role` keeps its key.
  const key = record(previous) && 'role' in record(previous)! ? 'role' : 'title';
  return { ok: true, value: role === '' ? name : { name, [key]: role }, raw: name };
}

function investmentFromParts(parts: Record<string, string>): PartsResult {
  const issues: PartIssue[] = [];
  const amountText = (parts.amount ?? '').trim();
  const currencyText = (parts.currency ?? '').trim().toUpperCase();
  const purpose = (parts.purpose ?? '').trim();
  const currency = currencyText === '' ? null : currencies.find((c) => c === currencyText);
  if (currency === undefined) issues.push({ part: 'currency', problem: 'unknown-currency' });
  // With a currency word (4100万元, 500万美元) or as a bare amount (4100万, 5亿) in the currency part's.
  const money = amountText === '' ? null : parseMoney(amountText);
  const bare = money ? null : parseChineseNumber(squeeze(amountText));
  if (amountText === '') issues.push({ part: 'amount', problem: 'required' });
  else if (!money && bare === null) issues.push({ part: 'amount', problem: 'not-an-amount' });
  // 500万美元 with CNY chosen: which one is meant is the curator's call, not ours.
  if (money && currency && money.currency !== currency)
    issues.push({ part: 'currency', problem: 'currency-mismatch' });
  if ([...purpose].length > MAX_PURPOSE) issues.push({ part: 'purpose', problem: 'too-long' });
  if (issues.length > 0) return { ok: false, issues: inPartOrder('investment', issues) };
  const value = {
    amount: money?.amount ?? bare!,
    currency: currency ?? money?.currency ?? 'CNY',
    approx: money?.approx ?? null,
    ...(purpose !== '' ? { purpose } : {}),
  };
  return { ok: true, value, raw: squeeze(amountText) };
}

/**
 * The value the parts describe, or every part that is wrong. `previous` is the value edited: a
 * metric that named its indicator must keep a name; a person keeps the key of its role.
 */
export function valueFromParts(
  kind: StructuredKind,
  parts: Record<string, string>,
  previous: unknown,
): PartsResult {
  switch (kind) {
    case 'metric':
      return metricFromParts(parts, typeof record(previous)?.indicator === 'string');
    case 'person':
      return personFromParts(parts, previous);
    case 'investment':
      return investmentFromParts(parts);
  }
}
