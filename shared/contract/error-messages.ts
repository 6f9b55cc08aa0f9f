import { boundaryErrorMessages } from './error-messages.boundary';
import { curationErrorMessages } from './error-messages.curation';
import { projectErrorMessages } from './error-messages.project';
import { teamsErrorMessages } from './error-messages.teams';
import { ApiError } from './errors';

/**
 * Every error the main side can return, by a stable key: its code, and its English message with
 * {{parameter}} places. The CLI prints the English; the UI translates the key with the same
 * parameters (renderer/i18n/sections/errors.*.ts), so no English reaches the Chinese UI. A throw
 * site names a key here (`apiError('article-missing', { articleId })`) instead of writing its own
 * sentence; error-messages.test.ts refuses a bare `new ApiError(` outside this module.
 *
 * Parameters named `role`, `roles`, `status`, `statuses` and `action` hold stored words
 * (curator, approved, approve…) the UI says in its own vocabulary.
 */
export const errorMessages = {
  ...projectErrorMessages,
  ...curationErrorMessages,
  ...teamsErrorMessages,
  ...boundaryErrorMessages,
};

export type ErrorKey = keyof typeof errorMessages;
export type ErrorParams = Record<string, string | number>;

const englishStatus: Record<string, string> = {
  new: 'new',
  in_progress: 'in progress',
  submitted: 'submitted',
  approved: 'approved',
  changes_requested: 'changes requested',
};

function englishRoles(roles: string): string {
  const named = roles.split(',').map((r) => (r === 'admin' ? 'an admin' : `a ${r}`));
  return named.length > 1 ? `${named.slice(0, -1).join(', ')} or ${named.at(-1)}` : named.join('');
}

/** A parameter as the English message says it: role lists and statuses in words. */
export function englishParam(name: string, value: string | number): string {
  const text = String(value);
  if (name === 'roles') return englishRoles(text);
  if (name === 'status') return englishStatus[text] ?? text;
  if (name === 'statuses')
    return text
      .split(',')
      .map((s) => englishStatus[s] ?? s)
      .join(' or ');
  return text;
}

/** Fills a template's {{name}} places; `say` turns each parameter into words. */
export function fillTemplate(
  template: string,
  params: ErrorParams,
  say: (name: string, value: string | number) => string,
): string {
  return template.replace(/\{\{(\w+)\}\}/g, (place, name: string) =>
    name in params ? say(name, params[name]!) : place,
  );
}

/** The error for `key`, with its English message filled in and its parameters kept for the UI. */
export function apiError(key: ErrorKey, params: ErrorParams = {}, issues?: string[]): ApiError {
  const { code, en } = errorMessages[key];
  return new ApiError(code, fillTemplate(en, params, englishParam), issues, { key, params });
}
