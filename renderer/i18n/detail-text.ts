import type { TFunction } from 'i18next';
import type { SchemaIssue } from '../../shared/schema';
import { detailsEn } from './sections/details.en';

/**
 * The details an error carries, in the window's language, by their codes: a schema's problems
 * by zod issue code (the main side sends them without words, `issueList`), and a system failure
 * by its errno code (`ENOENT: no such file or directory, open '/x'`), SQLite's message or V8's
 * JSON.parse message. Anything else in English is not shown to a Chinese window as a sentence:
 * it says the system gave its reason in English only.
 */

const errnoLine = /\b(E[A-Z]{2,}): [^,]*(?:, [a-z]+(?: '([^']*)')?)?/;
const jsonPosition = /line (\d+) column (\d+)/;

/** Words of at least three Latin letters outside file paths and quoted identifiers. */
export function hasEnglishWords(text: string): boolean {
  return /[A-Za-z]{3,}/.test(
    text.replace(/(?:[A-Za-z]:)?[/\\][^\s'"，。：）)]*|“[^”]*”|"[^"]*"/g, ''),
  );
}

/** A system failure's text (an errno message, SQLite, JSON.parse) in the window's language. */
export function systemDetailText(t: TFunction, text: string): string {
  const errno = errnoLine.exec(text.trim());
  if (errno) {
    const code = errno[1]!;
    const said =
      code in detailsEn.errno
        ? t(`errors.detail.errno.${code}`)
        : t('errors.detail.errno.other', { code });
    return errno[2] ? t('errors.detail.errnoAt', { text: said, path: errno[2] }) : said;
  }
  const sqlite = Object.keys(detailsEn.sqlite).find((message) => text.includes(message));
  if (sqlite) return t(`errors.detail.sqlite.${sqlite}`);
  if (/\bJSON\b/.test(text)) {
    const at = jsonPosition.exec(text);
    return at
      ? t('errors.detail.notJsonAt', { line: at[1], column: at[2] })
      : t('errors.detail.notJson');
  }
  return hasEnglishWords(text) ? t('errors.detail.untranslated') : text;
}

/** Parameters of our own problems that hold stored words: a value's part, a field's type. */
function ownParams(t: TFunction, params: SchemaIssue['params']): SchemaIssue['params'] {
  const said = { ...params };
  if (typeof params.part === 'string')
    said.part = t(`curation.parts.part.${params.part}`, { defaultValue: params.part });
  for (const name of ['from', 'to'] as const)
    if (typeof params[name] === 'string')
      said[name] = t(`schema.types.${params[name]}`, { defaultValue: params[name] });
  return said;
}

/** What is wrong, without where (a schema issue's text after its place). */
export function issueProblemText(t: TFunction, issue: SchemaIssue): string {
  const { code, params, path } = issue;
  const problem = params.problem;
  if (code === 'custom' && typeof problem === 'string' && problem in detailsEn.own)
    return t(`errors.detail.own.${problem}`, ownParams(t, params));
  if (code === 'invalid_type') {
    const expected = String(params.expected ?? 'other');
    const kind = expected in detailsEn.kinds ? expected : 'other';
    return t('errors.detail.zod.invalid_type', { expected: t(`errors.detail.kinds.${kind}`) });
  }
  if (code === 'too_small' || code === 'too_big') {
    const origin = String(params.origin ?? '');
    const kind = origin === 'array' || origin === 'string' ? origin : 'number';
    return t(`errors.detail.zod.${code}_${kind}`, params);
  }
  if (code === 'invalid_format') {
    const last = path.split('.').at(-1) ?? '';
    const named = /^\d+$/.test(last) ? 'extractor' : last;
    return named in formatByPlace
      ? t(`errors.detail.zod.invalid_format_${named}`)
      : t('errors.detail.zod.invalid_format');
  }
  if (code === 'mapping' && params.extractor !== undefined)
    return t('errors.detail.zod.mappingOf', params);
  if (['invalid_value', 'unrecognized_keys', 'invalid_union', 'json', 'mapping'].includes(code))
    return t(`errors.detail.zod.${code}`, params);
  return t('errors.detail.zod.other');
}

const formatByPlace = { key: 1, hotkey: 1, id: 1, extractor: 1, output: 1 };

/** One schema problem: where, then what, e.g. 字段“beds”的 type：应为以下之一：text, integer… */
export function schemaIssueText(t: TFunction, issue: SchemaIssue): string {
  const where = issue.field
    ? issue.path
      ? t('errors.detail.where.field', { field: issue.field, path: issue.path })
      : t('errors.detail.where.fieldOnly', { field: issue.field })
    : issue.path || t('errors.detail.where.schema');
  return `${where}：${issueProblemText(t, issue)}`;
}

/** The `issueList` parameter (JSON of SchemaIssue[]) as lines; null when it is not one. */
export function schemaIssuesOf(issueList: string | number | undefined): SchemaIssue[] | null {
  if (typeof issueList !== 'string') return null;
  try {
    const parsed = JSON.parse(issueList) as unknown;
    return Array.isArray(parsed) ? (parsed as SchemaIssue[]) : null;
  } catch {
    return null;
  }
}
