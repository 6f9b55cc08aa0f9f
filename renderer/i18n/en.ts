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
  errors: {
    title: 'Something went wrong',
    dismiss: 'Dismiss',
  },
} as const;
