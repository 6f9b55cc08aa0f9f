export const en = {
  app: { name: 'Gleaner', tagline: 'Curate structured data out of articles' },
  articles: {
    title: 'Articles',
    count: '{{count}} articles',
    empty: 'No articles yet. Import files to begin.',
    untitled: 'Untitled article',
    part: 'part {{n}}',
    loading: 'Loading articles…',
  },
  status: {
    new: 'New',
    in_progress: 'In progress',
    submitted: 'Submitted',
    approved: 'Approved',
    changes_requested: 'Changes requested',
  },
  reader: {
    title: 'Reader',
    none: 'Select an article on the left to read it.',
    source: 'Source: {{name}} · {{encoding}} · {{length}} characters',
    gap: 'Text from another article on this page is left out here',
  },
  fields: {
    title: 'Fields',
    empty:
      'No field values yet: extraction fills this panel with suggested values and their provenance.',
  },
  settings: {
    language: 'Language',
    theme: 'Theme',
    light: 'Light',
    dark: 'Dark',
  },
  import: {
    button: 'Import',
    title: 'Import articles',
    intro:
      'Text (.txt, .md), web pages (.html) and tables (.csv, .jsonl, one article per row), in any encoding. You can also drop files anywhere on the window.',
    chooseFiles: 'Choose files…',
    pathsLabel: 'Files or folders on this computer',
    pathsHint: 'One path per line; folders are imported with everything inside them.',
    start: 'Import',
    cancel: 'Cancel',
    stop: 'Stop',
    progress: 'Importing {{done}} / {{total}}',
    reportTitle: 'Import finished',
    summary:
      '{{files}} files imported ({{articles}} articles), {{duplicates}} duplicates, {{skipped}} skipped.',
    wasCancelled: 'The import was stopped; the files before that point are imported.',
    failed: 'The import failed: {{message}}',
    skipped: 'Skipped',
    duplicates: 'Already in the project',
    duplicateOf: '{{name}} has the same text as {{matched}}',
    close: 'Close',
    dropHere: 'Drop files to import them',
  },
  errors: {
    title: 'Something went wrong',
    dismiss: 'Dismiss',
  },
} as const;
