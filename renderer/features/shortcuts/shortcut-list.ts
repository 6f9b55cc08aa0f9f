/**
 * Every keyboard shortcut of the app, in the order the sheet shows them. Keys are as printed on
 * the keyboard; `label` is the full i18n key of what it does.
 */
export const shortcutList = [
  { keys: ['J'], label: 'shortcuts.nextArticle' },
  { keys: ['K'], label: 'shortcuts.previousArticle' },
  { keys: ['N'], label: 'shortcuts.nextValue' },
  { keys: ['P'], label: 'shortcuts.previousValue' },
  { keys: ['A'], label: 'shortcuts.accept' },
  { keys: ['X'], label: 'shortcuts.reject' },
  { keys: ['Shift', 'A'], label: 'shortcuts.acceptAll' },
  { keys: ['E'], label: 'curation.edit.shortcuts.edit' },
  { keys: ['1–9'], label: 'curation.edit.shortcuts.assign' },
  { keys: ['Alt', '↑/↓'], label: 'curation.edit.shortcuts.move' },
  { keys: ['Ctrl', 'Z'], label: 'curation.edit.shortcuts.undo' },
  { keys: ['Ctrl', 'Shift', 'Z'], label: 'curation.edit.shortcuts.redo' },
  { keys: ['Ctrl', 'Y'], label: 'curation.edit.shortcuts.redo' },
  { keys: ['F3'], label: 'shortcuts.nextMatch' },
  { keys: ['Shift', 'F3'], label: 'shortcuts.previousMatch' },
  { keys: ['Ctrl', 'I'], label: 'shortcuts.import' },
  { keys: ['Ctrl', 'Shift', 'S'], label: 'shortcuts.split' },
  { keys: ['Ctrl', 'Enter'], label: 'review.shortcuts.primary' },
  { keys: ['Shift', 'R'], label: 'review.shortcuts.requestChanges' },
  { keys: [']'], label: 'review.shortcuts.nextInQueue' },
  { keys: ['C'], label: 'review.threads.shortcuts.comment' },
  { keys: ['Shift', 'C'], label: 'review.threads.shortcuts.panel' },
  { keys: ['G'], label: 'workbench.grid.shortcut' },
  { keys: ['Q'], label: 'workbench.queue.shortcut' },
  { keys: ['?'], label: 'shortcuts.help' },
] as const;
