import type { ApiErrorCode } from './errors';

/** Messages about articles, their workflow and segmentation, values, fields and the schema. */
export const curationErrorMessages = {
  // Articles, workflow and assignment
  'article-missing': {
    code: 'not-found',
    en: 'There is no article {{articleId}} in this project.',
  },
  'articles-missing-nothing-assigned': {
    code: 'not-found',
    en: 'There is no article {{articleIds}} in this project; nothing was assigned.',
  },
  'assignee-retired': {
    code: 'conflict',
    en: '{{name}} is retired: articles cannot be assigned to them.',
  },
  'workflow-role': {
    code: 'forbidden',
    en: 'Only {{roles}} can {{verb}} {{article}}; {{name}} is a {{role}}.',
  },
  'workflow-wrong-status': {
    code: 'conflict',
    en: 'Cannot {{verb}} {{article}}: it is {{status}}, and this needs it to be {{statuses}}.',
  },
  'comment-required': {
    code: 'invalid-input',
    en: 'Say what should change in {{article}}: a request for changes needs a comment.',
  },
  'value-needs-comment': {
    code: 'invalid-input',
    en: 'A value can only be named together with a comment.',
  },
  'article-submitted-readonly': {
    code: 'forbidden',
    en: '{{article}} cannot change: it is submitted; it can change again once a reviewer requests changes.',
  },
  'article-approved-readonly': {
    code: 'forbidden',
    en: '{{article}} cannot change: it is approved; a reviewer must reopen it before it can change.',
  },
  'article-approved-locked': {
    code: 'forbidden',
    en: 'Article {{articleId}} is approved; a reviewer must reopen it before it can {{change}}.',
  },
  'article-submitted-locked': {
    code: 'forbidden',
    en: 'Article {{articleId}} is submitted for review; it must be sent back or approved and reopened before it can {{change}}.',
  },
  'article-assigned-elsewhere': {
    code: 'forbidden',
    en: '{{article}} is assigned to {{assignee}}; {{name}} can change only their own or unassigned articles.',
  },
  'self-approval': {
    code: 'forbidden',
    en: "{{name}} curated article {{articleId}} ({{how}}), so another reviewer must approve it. An admin can allow approving one's own work in the project settings.",
  },
  // Segmentation
  'articles-on-other-pages': {
    code: 'invalid-input',
    en: 'Article {{articleId}} is not on the same page as article {{otherId}}; only articles of one page can be merged or exchange text.',
  },
  'split-outside-article': {
    code: 'invalid-input',
    en: 'Offset {{at}} is not inside article {{articleId}}: both parts must keep some text.',
  },
  'merge-needs-two': { code: 'invalid-input', en: 'Merging needs at least two articles.' },
  'merge-repeated-article': {
    code: 'invalid-input',
    en: 'Article {{articleId}} is listed more than once; merging needs two or more different articles.',
  },
  'move-to-itself': {
    code: 'invalid-input',
    en: 'Text cannot move from article {{articleId}} to itself; choose another article.',
  },
  'move-range-empty': {
    code: 'invalid-input',
    en: 'Article {{articleId}} has no text in {{start}}–{{end}}.',
  },
  'move-whole-article': {
    code: 'invalid-input',
    en: 'That is all of article {{articleId}}: merge the two articles instead.',
  },
  'correction-missing': {
    code: 'not-found',
    en: 'There is no segmentation correction {{correctionId}} to undo in this project.',
  },
  'correction-too-old': {
    code: 'not-found',
    en: 'Correction {{correctionId}} was recorded by an earlier version of Gleaner and cannot be undone.',
  },
  'correction-page-gone': {
    code: 'not-found',
    en: 'The page of correction {{correctionId}} is no longer in this project; there is nothing to undo.',
  },
  'correction-page-changed': {
    code: 'conflict',
    en: 'This page changed since the correction ({{change}}), so it cannot be undone. Reload to see the page as it is.',
  },
  'id-taken': { code: 'conflict', en: '{{what}} {{id}} cannot be brought back: its id is taken.' },
  'change-cuts-provenance': {
    code: 'invalid-input',
    en: 'The change would cut the provenance {{start}}–{{end}} of value {{valueId}} (field {{fieldKey}}) in two; choose a place outside it.',
  },
  // Values and fields
  'value-missing': { code: 'not-found', en: 'There is no value {{valueId}} in this project.' },
  'value-of-other-article': {
    code: 'invalid-input',
    en: 'Value {{valueId}} belongs to article {{owner}}, not to article {{articleId}}.',
  },
  'revision-missing': {
    code: 'not-found',
    en: 'Value {{valueId}} has no recorded revision {{revision}} to go back to.',
  },
  'span-already-in-value': {
    code: 'invalid-input',
    en: 'The span {{start}}–{{end}} is already part of value {{valueId}}.',
  },
  'span-missing': { code: 'not-found', en: 'Value {{valueId}} has no span {{start}}–{{end}}.' },
  'span-only-source': {
    code: 'invalid-input',
    en: 'The span {{start}}–{{end}} is the only source of value {{valueId}} ("{{raw}}"), which extraction suggested: reject the value instead.',
  },
  'span-outside-article': {
    code: 'invalid-input',
    en: 'The span {{spans}} is not inside article {{articleId}}.',
  },
  'spans-outside-article': {
    code: 'invalid-input',
    en: 'The spans {{spans}} are not inside article {{articleId}}.',
  },
  'field-unknown': {
    code: 'invalid-input',
    en: 'There is no field "{{fieldKey}}" in the project\'s schema.',
  },
  'fields-unknown': {
    code: 'invalid-input',
    en: "No field {{fields}} in the project's schema (fields: {{known}}).",
  },
  'value-unparseable': {
    code: 'invalid-input',
    en: '"{{text}}" is not a valid {{expected}} for the field {{fieldEn}} ({{fieldKey}}).',
  },
  'value-text-required': {
    code: 'invalid-input',
    en: 'Type the value for {{fieldEn}} ({{fieldKey}}): a value with no span needs its text.',
  },
  'field-holds-one-value': {
    code: 'invalid-input',
    en: '{{fieldEn}} ({{fieldKey}}) holds one value and already has "{{raw}}" (value {{valueId}}): edit or reject that value instead of adding another.',
  },
  'extracted-value-remove': {
    code: 'forbidden',
    en: 'Value {{valueId}} ("{{raw}}") was suggested by extraction: reject it instead of removing it, so it is not suggested again.',
  },
  'order-changed-elsewhere': {
    code: 'conflict',
    en: 'The order of {{fieldKey}} in article {{articleId}} was changed elsewhere since you saw it. Reload the article to see it.',
  },
  'order-incomplete': {
    code: 'invalid-input',
    en: 'List every value of {{fieldKey}} in article {{articleId}} exactly once ({{problems}}).',
  },
  'confidence-out-of-range': {
    code: 'invalid-input',
    en: 'The minimum confidence must be between 0 and 1.',
  },
  'confidence-range-inverted': {
    code: 'invalid-input',
    en: 'The lowest confidence is above the highest.',
  },
  // Schema
  'schema-invalid': { code: 'invalid-input', en: '{{problems}}' },
  'schema-id-mismatch': {
    code: 'invalid-input',
    en: 'This project\'s schema is "{{current}}"; a schema with id "{{given}}" cannot replace it.',
  },
  'schema-changed-elsewhere': {
    code: 'conflict',
    en: 'The schema was changed elsewhere (it is now version {{current}}, the edit started from version {{given}}). Reopen the field settings to see the change.',
  },
  'schema-change-orphans': { code: 'conflict', en: '{{problems}}' },
  // Saved searches and comments
  'saved-search-missing': {
    code: 'not-found',
    en: 'There is no saved search {{id}} in this project.',
  },
  'saved-search-name-missing': {
    code: 'not-found',
    en: 'There is no saved search named "{{name}}".',
  },
} as const satisfies Record<string, { code: ApiErrorCode; en: string }>;
