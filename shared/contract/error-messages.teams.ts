import type { ApiErrorCode } from './errors';

/**
 * Messages about the work of several people on one project and the tools around it: comments,
 * adjudication of double annotation, learned lexicons, model suggestions, the choice of a schema
 * and the editing of a value part by part.
 */
export const teamsErrorMessages = {
  // Comments
  'reply-has-no-anchor': {
    code: 'invalid-input',
    en: 'A reply belongs to its thread and has no value or span of its own.',
  },
  'comment-missing': {
    code: 'not-found',
    en: 'There is no comment {{commentId}} in this project.',
  },
  'comment-other-article': {
    code: 'invalid-input',
    en: 'Comment {{commentId}} is on article {{threadArticleId}}, not on article {{articleId}}.',
  },
  'comment-span-mismatch': {
    code: 'invalid-input',
    en: 'The text at {{start}}–{{end}} of article {{articleId}} is {{found}}, not {{given}}.',
  },
  'comment-two-anchors': {
    code: 'invalid-input',
    en: 'A thread is anchored to one value or to one span of text, not to both.',
  },
  'comment-is-reply': {
    code: 'invalid-input',
    en: 'Comment {{commentId}} is a reply; resolve its thread (comment {{threadId}}) instead.',
  },
  // Adjudication of double annotation
  'disagreement-already-adjudicated': {
    code: 'conflict',
    en: 'The disagreement {{key}} was already adjudicated.',
  },
  'adjudicated-value-changed': {
    code: 'conflict',
    en: 'Value {{valueId}} of article {{articleId}} was changed elsewhere since you saw it (revision {{stored}}, you had {{seen}}). Reload the disagreements to see it.',
  },
  'disagreement-not-adjudicated': {
    code: 'not-found',
    en: 'The disagreement {{key}} is not adjudicated.',
  },
  'disagreement-missing': {
    code: 'not-found',
    en: "There is no disagreement {{key}}: the curators' versions it compared are not in this project.",
  },
  'adjudication-edit-text-required': {
    code: 'invalid-input',
    en: 'Type the value to keep: an edit needs its text.',
  },
  // Learned lexicons
  'learn-text-empty': { code: 'invalid-input', en: 'Type the text to learn: it is empty.' },
  'lexicon-field-not-learnable': {
    code: 'invalid-input',
    en: '{{fieldEn}} ({{fieldKey}}) holds {{type}} values: a word list applies to fields that name things (text, institution, person, place, choice).',
  },
  'lexicon-file-kind': {
    code: 'invalid-input',
    en: '{{name}}: a lexicon is read from a .csv, .txt or .xlsx file (rows "text" or "text,value"); save other spreadsheets as .xlsx or CSV first.',
  },
  'lexicon-workbook-invalid': { code: 'invalid-input', en: '{{message}}' },
  'lexicon-workbook-not-workbook': {
    code: 'invalid-input',
    en: '{{file}} is not an Excel workbook (.xlsx); save it as .xlsx or CSV.',
  },
  'lexicon-workbook-no-sheet': {
    code: 'invalid-input',
    en: '{{file}}: the workbook has no sheet.',
  },
  'lexicon-workbook-empty': { code: 'invalid-input', en: '{{file}}, sheet "{{sheet}}" is empty.' },
  'lexicon-workbook-formula': {
    code: 'invalid-input',
    en: '{{file}}, sheet "{{sheet}}", cell {{cell}} holds a formula; a word list takes typed values (paste the values instead).',
  },
  'lexicon-workbook-error-cell': {
    code: 'invalid-input',
    en: '{{file}}, sheet "{{sheet}}", cell {{cell}} holds an error value; correct it or clear the cell.',
  },
  'lexicon-workbook-too-big': {
    code: 'invalid-input',
    en: '{{file}} is larger than a word list may be ({{message}})',
  },
  'lexicon-workbook-too-many-rows': {
    code: 'invalid-input',
    en: '{{file}}, sheet "{{sheet}}": row {{row}} is past the {{limit}} rows a word list may have.',
  },
  'lexicon-file-unreadable': { code: 'not-found', en: '{{file}} cannot be read: {{reason}}' },
  'lexicon-file-undecodable': { code: 'invalid-input', en: '{{name}}: {{reason}}' },
  'pattern-field-missing': {
    code: 'invalid-input',
    en: 'There is no field "{{fieldKey}}" in the schema.',
  },
  'patterns-invalid': { code: 'invalid-input', en: '{{problems}}' },
  // Model suggestions
  'model-endpoint-missing': {
    code: 'invalid-input',
    en: 'No model endpoint is set in the model settings.',
  },
  'model-name-missing': {
    code: 'invalid-input',
    en: 'No model name is set in the model settings.',
  },
  'model-endpoint-invalid': { code: 'invalid-input', en: 'model settings: {{reason}}' },
  'model-endpoint-not-local': { code: 'invalid-input', en: 'model settings: {{reason}}' },
  'model-articles-missing': {
    code: 'not-found',
    en: '{{project}} has no article {{articleIds}} (gleaner export lists the ids).',
  },
  // Choosing a schema
  'schema-unusable': {
    code: 'invalid-input',
    en: '{{source}} is not a usable schema:\n- {{problems}}',
  },
  'schema-choice-unreadable': {
    code: 'invalid-input',
    en: '--schema "{{choice}}" is neither a built-in schema ({{builtIns}}) nor a readable file: {{reason}}',
  },
  'schema-switch-has-values': {
    code: 'conflict',
    en: 'This project already holds {{values}} values of the schema "{{current}}", so it cannot switch to "{{given}}". Start a new project for it, or edit the fields in Fields….',
  },
  'schema-choice-has-values': {
    code: 'conflict',
    en: 'This project already holds {{values}} values: change its schema "{{current}}" in Fields…, which keeps every value.',
  },
  'init-file-exists': {
    code: 'file-exists',
    en: '{{file}} already exists; init never replaces a file.',
  },
  'schema-export-file-exists': { code: 'file-exists', en: '{{file}} already exists' },
  'schema-file-unreadable': { code: 'invalid-input', en: 'Cannot read {{file}}: {{reason}}' },
  // Editing a value part by part
  'value-has-no-parts': {
    code: 'invalid-input',
    en: 'Values of the field {{fieldEn}} ({{fieldKey}}) have no parts; edit their text instead.',
  },
  'value-parts-unknown': {
    code: 'invalid-input',
    en: 'A {{kind}} has the parts {{parts}}; not {{unknown}}.',
  },
  'value-parts-refused': {
    code: 'invalid-input',
    en: 'This {{kind}} of the field {{fieldEn}} ({{fieldKey}}) was not saved: {{problems}}.',
  },
} as const satisfies Record<string, { code: ApiErrorCode; en: string }>;
