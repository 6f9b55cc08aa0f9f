/** English strings for confirming a segmentation correction and for undoing one. */
export const correctionEn = {
  title: {
    split: 'Split this article?',
    merge: 'Merge these articles?',
    move: 'Move the selected text?',
  },
  /** What the correction does, named: above the counts of what moves. */
  what: {
    merge: '“{{absorbed}}” becomes part of “{{keeper}}”.',
    split: 'The text from “{{start}}” on becomes a new article.',
    move: '“{{text}}” moves from “{{from}}” to “{{to}}”.',
  },
  moving_one: '{{count}} value moves with its text: {{states}}.',
  moving_other: '{{count}} values move with their text: {{states}}.',
  nothingMoves: 'No value moves.',
  staying_one: '{{count}} value stays where it is.',
  staying_other: '{{count}} values stay where they are.',
  divided_one:
    '{{count}} value has provenance on both sides: each article keeps it, with its own spans.',
  divided_other:
    '{{count}} values have provenance on both sides: each article keeps them, with their own spans.',
  comments_one: '{{count}} comment moves to the merged article.',
  comments_other: '{{count}} comments move to the merged article.',
  stateCount: '{{count}} {{state}}',
  separator: ', ',
  undoHint: 'States, revisions and comments are kept. Ctrl+Z puts the page back exactly.',
  confirm: {
    split: 'Split',
    merge: 'Merge',
    move: 'Move',
  },
  cancel: 'Cancel',
  articleGone:
    'That change was made in article {{id}}, which is no longer in this project (merged or split away elsewhere); it cannot be undone.',
};
