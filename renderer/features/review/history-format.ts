import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../../shared/contract/review';

type Json = Record<string, unknown>;

const asObject = (v: unknown): Json =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};

/** A value snapshot in words: its raw text when it has one, else its normalised value. */
function valueText(snapshot: Json): string {
  if (typeof snapshot.raw === 'string' && snapshot.raw !== '') return `“${snapshot.raw}”`;
  if (snapshot.value === undefined) return '';
  return typeof snapshot.value === 'string' ? snapshot.value : JSON.stringify(snapshot.value);
}

function spansText(spans: unknown): string {
  if (!Array.isArray(spans)) return '';
  return spans
    .map((s) => {
      const span = asObject(s);
      return typeof span.text === 'string'
        ? `“${span.text}”`
        : `${String(span.start)}–${String(span.end)}`;
    })
    .join(', ');
}

/**
 * Anything we have no words for is still shown, as text rather than JSON: what names it (a
 * profile's or file's name, an article's title), else its plain fields as `key: value`.
 */
function compact(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'object') return String(v);
  const object = asObject(v);
  for (const key of ['name', 'title', 'path'] as const) {
    if (typeof object[key] === 'string' && object[key] !== '') return object[key];
  }
  const text = Object.entries(object)
    .filter(([, value]) => ['string', 'number', 'boolean'].includes(typeof value))
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join(', ');
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

export interface ReadableEntry {
  /** What happened, e.g. "Changes requested" or "Edited". */
  action: string;
  /** The field the change touched, when it touched a value. */
  field: string | null;
  before: string;
  after: string;
  comment: string | null;
}

const REPLACED = 'replaced-';

/**
 * One audit row as a person reads it: action, field, before → after, and any comment. A row a
 * backup restore replaced (entity `replaced-…`) reads as the original, marked as undone.
 */
export function readableEntry(
  entry: AuditEntry,
  t: TFunction,
  fieldLabel: (key: string) => string,
): ReadableEntry {
  if (entry.entity.startsWith(REPLACED)) {
    const original = { ...entry, entity: entry.entity.slice(REPLACED.length) };
    const readable = readableEntry(original, t, fieldLabel);
    return { ...readable, action: t('review.history.replaced', { action: readable.action }) };
  }
  const before = asObject(entry.before);
  const after = asObject(entry.after);
  const fieldKey = typeof after.field === 'string' ? after.field : before.field;
  const field = typeof fieldKey === 'string' ? fieldLabel(fieldKey) : null;
  const status = (s: unknown) => (typeof s === 'string' ? t(`status.${s}`) : '');
  const known = (key: string) =>
    t(`review.history.actions.${key}`, {
      defaultValue: t(`audit.actions.${key}`, { defaultValue: key }),
    });
  const base = { field, comment: null };

  if (entry.entity === 'article' && entry.action === 'transition') {
    const action = typeof after.action === 'string' ? after.action : 'transition';
    return {
      ...base,
      action: known(action),
      before: status(before.status),
      after: status(after.status),
      comment: typeof after.comment === 'string' ? after.comment : null,
    };
  }
  if (entry.entity === 'article' && entry.action === 'assign') {
    const name = typeof after.assigneeName === 'string' ? after.assigneeName : null;
    return {
      ...base,
      action: known('assign'),
      before: '',
      after: name ?? t('review.assign.nobody'),
    };
  }
  if (entry.action === 'extract' && typeof after.suggestions === 'number') {
    return {
      ...base,
      action: known('extract'),
      before: '',
      after: t('review.history.suggestions', { count: after.suggestions }),
    };
  }
  if (entry.entity === 'comment') {
    const said = typeof after.body === 'string' ? after.body : null;
    return {
      ...base,
      action: t(`review.threads.history.${entry.action}`, { defaultValue: entry.action }),
      before: '',
      after: '',
      comment: said,
    };
  }
  if (entry.entity === 'value') {
    const change = valueChange(entry.action, before, after, t);
    if (change) return { ...base, action: known(entry.action), ...change };
  }
  return {
    ...base,
    action: known(entry.action),
    before: compact(entry.before),
    after: compact(entry.after),
  };
}

/** Before and after of a change to a value, in words; null for an action with no words here. */
function valueChange(
  action: string,
  before: Json,
  after: Json,
  t: TFunction,
): { before: string; after: string } | null {
  const state = (s: unknown) => (typeof s === 'string' ? t(`fields.states.${s}`) : '');
  switch (action) {
    case 'set-state':
      return { before: state(before.state), after: state(after.state) };
    case 'edit':
    case 'revert':
      return { before: valueText(before), after: valueText(after) };
    case 'add':
      return { before: '', after: valueText(after) };
    case 'remove':
      return { before: valueText(before), after: '' };
    case 'attach-span':
    case 'detach-span':
      return { before: spansText(before.spans), after: spansText(after.spans) };
    default:
      return null;
  }
}
