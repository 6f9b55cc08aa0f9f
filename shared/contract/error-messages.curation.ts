import { errorEntries } from './error-entries';

/** Messages about articles, their workflow and segmentation, values, fields and the schema. */
export const curationErrorMessages = errorEntries({
  // Articles, workflow and assignment
  'article-missing': ['not-found', 'There is no article {{articleId}} in this project.'],
  'articles-missing-nothing-assigned': [
    'not-found',
    'There is no article {{articleIds}} in this project; nothing was assigned.',
  ],
  'assignee-retired': ['conflict', '{{name}} is retired: articles cannot be assigned to them.'],
  'workflow-role': [
    'forbidden',
    'Only {{roles}} can {{verb}} {{article}}; {{name}} is a {{role}}.',
  ],
  'workflow-wrong-status': [
    'conflict',
    'Cannot {{verb}} {{article}}: it is {{status}}, and this needs it to be {{statuses}}.',
  ],
  'comment-required': [
    'invalid-input',
    'Say what should change in {{article}}: a request for changes needs a comment.',
  ],
  'value-needs-comment': ['invalid-input', 'A value can only be named together with a comment.'],
  'article-submitted-readonly': [
    'forbidden',
    '{{article}} cannot change: it is submitted; it can change again once a reviewer requests changes.',
  ],
  'article-approved-readonly': [
    'forbidden',
    '{{article}} cannot change: it is approved; a reviewer must reopen it before it can change.',
  ],
  'article-approved-locked': [
    'forbidden',
    'Article {{articleId}} is approved; a reviewer must reopen it before it can {{change}}.',
  ],
  'article-submitted-locked': [
    'forbidden',
    'Article {{articleId}} is submitted for review; it must be sent back or approved and reopened before it can {{change}}.',
  ],
  'article-assigned-elsewhere': [
    'forbidden',
    '{{article}} is assigned to {{assignee}}; {{name}} can change only their own or unassigned articles.',
  ],
  'self-approval': [
    'forbidden',
    "{{name}} curated article {{articleId}} ({{how}}), so another reviewer must approve it. An admin can allow approving one's own work in the project settings.",
  ],
  // Segmentation
  'articles-on-other-pages': [
    'invalid-input',
    'Article {{articleId}} is not on the same page as article {{otherId}}; only articles of one page can be merged or exchange text.',
  ],
  'split-outside-article': [
    'invalid-input',
    'Offset {{at}} is not inside article {{articleId}}: both parts must keep some text.',
  ],
  'merge-needs-two': ['invalid-input', 'Merging needs at least two articles.'],
  'merge-repeated-article': [
    'invalid-input',
    'Article {{articleId}} is listed more than once; merging needs two or more different articles.',
  ],
  'move-to-itself': [
    'invalid-input',
    'Text cannot move from article {{articleId}} to itself; choose another article.',
  ],
  'move-range-empty': ['invalid-input', 'Article {{articleId}} has no text in {{start}}–{{end}}.'],
  'move-whole-article': [
    'invalid-input',
    'That is all of article {{articleId}}: merge the two articles instead.',
  ],
  'correction-missing': [
    'not-found',
    'There is no segmentation correction {{correctionId}} to undo in this project.',
  ],
  'correction-too-old': [
    'not-found',
    'Correction {{correctionId}} was recorded by an earlier version of Gleaner and cannot be undone.',
  ],
  'correction-page-gone': [
    'not-found',
    'The page of correction {{correctionId}} is no longer in this project; there is nothing to undo.',
  ],
  'correction-page-changed': [
    'conflict',
    'This page changed since the correction ({{change}}), so it cannot be undone. Reload to see the page as it is.',
  ],
  'id-taken': ['conflict', '{{what}} {{id}} cannot be brought back: its id is taken.'],
  'change-cuts-provenance': [
    'invalid-input',
    'The change would cut the provenance {{start}}–{{end}} of value {{valueId}} (field {{fieldKey}}) in two; choose a place outside it.',
  ],
  // Values and fields
  'value-missing': ['not-found', 'There is no value {{valueId}} in this project.'],
  'value-of-other-article': [
    'invalid-input',
    'Value {{valueId}} belongs to article {{owner}}, not to article {{articleId}}.',
  ],
  'revision-missing': [
    'not-found',
    'Value {{valueId}} has no recorded revision {{revision}} to go back to.',
  ],
  'span-already-in-value': [
    'invalid-input',
    'The span {{start}}–{{end}} is already part of value {{valueId}}.',
  ],
  'span-missing': ['not-found', 'Value {{valueId}} has no span {{start}}–{{end}}.'],
  'span-only-source': [
    'invalid-input',
    'The span {{start}}–{{end}} is the only source of value {{valueId}} ("{{raw}}"), which extraction suggested: reject the value instead.',
  ],
  'span-outside-article': [
    'invalid-input',
    'The span {{spans}} is not inside article {{articleId}}.',
  ],
  'spans-outside-article': [
    'invalid-input',
    'The spans {{spans}} are not inside article {{articleId}}.',
  ],
  'field-unknown': ['invalid-input', 'There is no field "{{fieldKey}}" in the project\'s schema.'],
  'field-retired': [
    'conflict',
    'The field "{{fieldKey}}" is retired: its values are kept but no longer added to, edited, accepted or rejected. Restore it in Fields… to change them.',
  ],
  'fields-unknown': [
    'invalid-input',
    "No field {{fields}} in the project's schema (fields: {{known}}).",
  ],
  'value-unparseable': [
    'invalid-input',
    '"{{text}}" is not a valid {{expected}} for the field {{fieldEn}} ({{fieldKey}}).',
  ],
  'value-text-required': [
    'invalid-input',
    'Type the value for {{fieldEn}} ({{fieldKey}}): a value with no span needs its text.',
  ],
  'field-holds-one-value': [
    'invalid-input',
    '{{fieldEn}} ({{fieldKey}}) holds one value and already has "{{raw}}" (value {{valueId}}): edit or reject that value instead of adding another.',
  ],
  'extracted-value-remove': [
    'forbidden',
    'Value {{valueId}} ("{{raw}}") was suggested by extraction: reject it instead of removing it, so it is not suggested again.',
  ],
  'order-changed-elsewhere': [
    'conflict',
    'The order of {{fieldKey}} in article {{articleId}} was changed elsewhere since you saw it. Reload the article to see it.',
  ],
  'order-incomplete': [
    'invalid-input',
    'List every value of {{fieldKey}} in article {{articleId}} exactly once ({{problems}}).',
  ],
  'confidence-out-of-range': ['invalid-input', 'The minimum confidence must be between 0 and 1.'],
  'confidence-range-inverted': ['invalid-input', 'The lowest confidence is above the highest.'],
  // Schema
  'schema-invalid': ['invalid-input', '{{problems}}'],
  'schema-id-mismatch': [
    'invalid-input',
    'This project\'s schema is "{{current}}"; a schema with id "{{given}}" cannot replace it.',
  ],
  'schema-changed-elsewhere': [
    'conflict',
    'The schema was changed elsewhere (it is now version {{current}}, the edit started from version {{given}}). Reopen the field settings to see the change.',
  ],
  'schema-change-orphans': ['conflict', '{{problems}}'],
  // Saved searches and comments
  'saved-search-missing': ['not-found', 'There is no saved search {{id}} in this project.'],
  'saved-search-name-missing': ['not-found', 'There is no saved search named "{{name}}".'],
  'saved-search-not-yours': [
    'forbidden',
    'The saved search "{{search}}" was made by {{owner}}: only they or an admin can replace or delete it, not {{name}}. Save yours under another name.',
  ],
});
