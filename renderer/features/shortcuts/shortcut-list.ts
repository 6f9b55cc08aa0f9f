/**
 * Every keyboard shortcut of the app, in the order the sheet shows them. Keys are as printed on
 * the keyboard; `label` is the i18n key under `shortcuts`.
 */
export const shortcutList = [
  { keys: ['J'], label: 'nextArticle' },
  { keys: ['K'], label: 'previousArticle' },
  { keys: ['N'], label: 'nextValue' },
  { keys: ['P'], label: 'previousValue' },
  { keys: ['A'], label: 'accept' },
  { keys: ['X'], label: 'reject' },
  { keys: ['Ctrl', 'I'], label: 'import' },
  { keys: ['Ctrl', 'Shift', 'S'], label: 'split' },
  { keys: ['?'], label: 'help' },
] as const;
