import type { TFunction } from 'i18next';
import { englishParam, type ErrorParams } from '../../shared/contract/error-messages';
import { ApiError, type ApiErrorCode } from '../../shared/contract/errors';
import { issueProblemText, schemaIssuesOf, schemaIssueText, systemDetailText } from './detail-text';

/** The reason of an error the renderer made itself, already in the window's language. */
const SAID_IN_UI = 'said-in-ui';

/** An error the renderer raises (not the main side), with a message already translated. */
export function uiError(code: ApiErrorCode, translatedMessage: string): ApiError {
  return new ApiError(code, translatedMessage, undefined, { key: SAID_IN_UI, params: {} });
}

/** Stored words (roles, statuses, workflow actions, field types) as the Chinese UI says them. */
function chineseParam(t: TFunction, name: string, value: string | number): string {
  const text = String(value);
  const list = (prefix: string) =>
    text
      .split(',')
      .map((word) => t(`${prefix}.${word}`, { defaultValue: word }))
      .join('或');
  if (name === 'role' || name === 'roles') return list('review.roles');
  if (name === 'status' || name === 'statuses') return list('status');
  if (name === 'action') return t(`review.actions.${text}`, { defaultValue: text });
  if (name === 'type') return t(`schema.types.${text}`, { defaultValue: text });
  // What the system or a parser said: by its code, never its English sentence.
  if (systemDetails.has(name)) return systemDetailText(t, text);
  return text;
}

/** Parameters that carry a failure's own words (errno messages, SQLite, JSON.parse). */
const systemDetails = new Set(['reason', 'detail', 'problems', 'message']);

/**
 * A Chinese message's parameters; `problems` said from the words-free `issueList` (each with
 * where it is) or `partIssues` (the parts of one value) when given.
 */
function chineseParams(t: TFunction, given: ErrorParams): ErrorParams {
  const params: ErrorParams = {};
  for (const [name, value] of Object.entries(given)) params[name] = chineseParam(t, name, value);
  const issues = schemaIssuesOf(given.issueList);
  if (issues) params.problems = issues.map((issue) => schemaIssueText(t, issue)).join('\n- ');
  const parts = schemaIssuesOf(given.partIssues);
  if (parts) params.problems = parts.map((issue) => issueProblemText(t, issue)).join('；');
  return params;
}

/**
 * An API error in the UI's language: its registry key and parameters translated, so a Chinese
 * window never shows the English message. An error without a key (an unexpected failure) is
 * named by its code; English windows keep its own message, which says more.
 */
export function errorText(t: TFunction, language: string, error: ApiError): string {
  const key = error.reason?.key;
  if (key === SAID_IN_UI) return error.message;
  const english = !language.startsWith('zh');
  if (key !== undefined && t(`errors.messages.${key}`, { defaultValue: '' }) !== '') {
    const given = error.reason?.params ?? {};
    if (!english) return t(`errors.messages.${key}`, chineseParams(t, given));
    const params: ErrorParams = {};
    for (const [name, value] of Object.entries(given)) params[name] = englishParam(name, value);
    return t(`errors.messages.${key}`, params);
  }
  return english ? error.message : t(`errors.codes.${error.code}`);
}
