/** The import report's words for what extraction skipped or left out. */
export const extractionReportEn = {
  patternsSkipped: 'Field patterns skipped (too slow)',
  patternSkippedItem:
    'The pattern "{{pattern}}" of the field "{{field}}" ran over its time budget and was skipped on {{count}} article(s): {{articles}}. Bound its repeats ({1,20}) in Fields…, then re-run extraction.',
  fieldsLeftOut: {
    title: 'Fields changed while extraction ran',
    retired:
      '{{count}} suggestion(s) of the field "{{field}}" were not stored: it was retired while extraction ran.',
    removed:
      '{{count}} suggestion(s) of the field "{{field}}" were not stored: it was removed from the schema while extraction ran.',
    changed:
      '{{count}} suggestion(s) of the field "{{field}}" were not stored: its type or count changed while extraction ran. Re-run extraction to find its values as it is now.',
    'other-schema':
      '{{count}} suggestion(s) of the field "{{field}}" were not stored: the project switched to another schema while extraction ran.',
  },
};
