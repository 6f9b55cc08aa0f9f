import { errorEntries } from './error-entries';

/**
 * Messages about the work of several people on one project and the tools around it: comments,
 * adjudication of double annotation, learned lexicons, model suggestions, the choice of a schema
 * and the editing of a value part by part.
 */
export const teamsErrorMessages = errorEntries({
  // Comments
  'reply-has-no-anchor': [
    'invalid-input',
    'A reply belongs to its thread and has no value or span of its own.',
  ],
  'comment-missing': ['not-found', 'There is no comment {{commentId}} in this project.'],
  'comment-other-article': [
    'invalid-input',
    'Comment {{commentId}} is on article {{threadArticleId}}, not on article {{articleId}}.',
  ],
  'comment-span-mismatch': [
    'invalid-input',
    'The text at {{start}}–{{end}} of article {{articleId}} is {{found}}, not {{given}}.',
  ],
  'comment-two-anchors': [
    'invalid-input',
    'A thread is anchored to one value or to one span of text, not to both.',
  ],
  'comment-is-reply': [
    'invalid-input',
    'Comment {{commentId}} is a reply; resolve its thread (comment {{threadId}}) instead.',
  ],
  // Adjudication of double annotation
  'disagreement-already-adjudicated': [
    'conflict',
    'The disagreement {{key}} was already adjudicated.',
  ],
  'adjudicated-value-changed': [
    'conflict',
    'Value {{valueId}} of article {{articleId}} was changed elsewhere since you saw it (revision {{stored}}, you had {{seen}}). Reload the disagreements to see it.',
  ],
  'disagreement-not-adjudicated': ['not-found', 'The disagreement {{key}} is not adjudicated.'],
  'disagreement-missing': [
    'not-found',
    "There is no disagreement {{key}}: the curators' versions it compared are not in this project.",
  ],
  'adjudication-edit-text-required': [
    'invalid-input',
    'Type the value to keep: an edit needs its text.',
  ],
  // Learned lexicons
  'learn-text-empty': ['invalid-input', 'Type the text to learn: it is empty.'],
  'lexicon-field-not-learnable': [
    'invalid-input',
    '{{fieldEn}} ({{fieldKey}}) holds {{type}} values: a word list applies to fields that name things (text, institution, person, place, choice).',
  ],
  'lexicon-file-kind': [
    'invalid-input',
    '{{name}}: a lexicon is read from a .csv, .txt or .xlsx file (rows "text" or "text,value"); save other spreadsheets as .xlsx or CSV first.',
  ],
  'lexicon-workbook-invalid': ['invalid-input', '{{message}}'],
  'lexicon-workbook-not-workbook': [
    'invalid-input',
    '{{file}} is not an Excel workbook (.xlsx); save it as .xlsx or CSV.',
  ],
  'lexicon-workbook-no-sheet': ['invalid-input', '{{file}}: the workbook has no sheet.'],
  'lexicon-workbook-empty': ['invalid-input', '{{file}}, sheet "{{sheet}}" is empty.'],
  'lexicon-workbook-formula': [
    'invalid-input',
    '{{file}}, sheet "{{sheet}}", cell {{cell}} holds a formula; a word list takes typed values (paste the values instead).',
  ],
  'lexicon-workbook-error-cell': [
    'invalid-input',
    '{{file}}, sheet "{{sheet}}", cell {{cell}} holds an error value; correct it or clear the cell.',
  ],
  'lexicon-workbook-too-big': [
    'invalid-input',
    '{{file}} is larger than a word list may be ({{message}})',
  ],
  'lexicon-workbook-too-many-rows': [
    'invalid-input',
    '{{file}}, sheet "{{sheet}}": row {{row}} is past the {{limit}} rows a word list may have.',
  ],
  'lexicon-file-unreadable': ['not-found', '{{file}} cannot be read: {{reason}}'],
  'lexicon-file-undecodable': ['invalid-input', '{{name}}: {{reason}}'],
  'pattern-field-missing': ['invalid-input', 'There is no field "{{fieldKey}}" in the schema.'],
  'patterns-invalid': ['invalid-input', '{{problems}}'],
  // Model suggestions
  'model-endpoint-missing': ['invalid-input', 'No model endpoint is set in the model settings.'],
  'model-name-missing': ['invalid-input', 'No model name is set in the model settings.'],
  'model-endpoint-invalid': ['invalid-input', 'model settings: {{reason}}'],
  'model-endpoint-not-local': ['invalid-input', 'model settings: {{reason}}'],
  'model-articles-missing': [
    'not-found',
    '{{project}} has no article {{articleIds}} (gleaner export lists the ids).',
  ],
  // Choosing a schema
  'schema-unusable': ['invalid-input', '{{source}} is not a usable schema:\n- {{problems}}'],
  'schema-choice-unreadable': [
    'invalid-input',
    '--schema "{{choice}}" is neither a built-in schema ({{builtIns}}) nor a readable file: {{reason}}',
  ],
  'schema-switch-has-values': [
    'conflict',
    'This project already holds {{values}} values of the schema "{{current}}", so it cannot switch to "{{given}}". Start a new project for it, or edit the fields in Fields….',
  ],
  'schema-choice-has-values': [
    'conflict',
    'This project already holds {{values}} values: change its schema "{{current}}" in Fields…, which keeps every value.',
  ],
  'init-file-exists': ['file-exists', '{{file}} already exists; init never replaces a file.'],
  'schema-export-file-exists': ['file-exists', '{{file}} already exists'],
  'schema-file-unreadable': ['invalid-input', 'Cannot read {{file}}: {{reason}}'],
  // Editing a value part by part
  'value-has-no-parts': [
    'invalid-input',
    'Values of the field {{fieldEn}} ({{fieldKey}}) have no parts; edit their text instead.',
  ],
  'value-parts-unknown': ['invalid-input', 'A {{kind}} has the parts {{parts}}; not {{unknown}}.'],
  'value-parts-refused': [
    'invalid-input',
    'This {{kind}} of the field {{fieldEn}} ({{fieldKey}}) was not saved: {{problems}}.',
  ],
});
