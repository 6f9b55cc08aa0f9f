/** English strings for backups, recovery and desktop-only screens. */
export const desktopEn = {
  projectMenu: 'Project',
  projectMenuLabel: 'Project: backups',
  backUpNow: 'Back up now',
  restoreFromBackup: 'Restore from backup…',
  backups: {
    title: 'Backups',
    intro:
      'Gleaner keeps copies of this project in {{folder}}: one a day while the project is open (the last 10), before every upgrade of the file (all of them), and the ones you make.',
    none: 'No backups yet.',
    when: 'Made',
    kind: 'Why',
    size: 'Size',
    actions: 'Actions',
    restore: 'Restore…',
    restoreLabel: 'Restore the backup from {{when}}',
    backUpNow: 'Back up now',
    made: 'Backup made: {{name}}',
    confirmTitle: 'Restore this backup?',
    confirmText:
      'The project goes back to how it was on {{when}}. Work done since then is not lost: it is saved first as a “before restore” backup, which you can restore in turn.',
    confirm: 'Restore',
    cancel: 'Cancel',
    restored: 'Restored the backup from {{when}}. The state before was saved as {{safety}}.',
    kinds: {
      daily: 'Daily',
      manual: 'Made by you',
      'pre-migration': 'Before upgrade (schema {{version}})',
      'pre-restore': 'Before a restore',
      damaged: 'Damaged file set aside',
    },
  },
  recovery: {
    title: 'This project cannot be opened',
    explanation:
      'The project file is damaged (a failing disk, an interrupted copy, or a sync tool can do this). Gleaner has not changed it.',
    restoreNewest: 'Restore the newest good backup',
    restoring: 'Restoring…',
    backupsTitle: 'Backups of this project',
    noBackups:
      'There is no backup of this project. Open another project, or recover the file with a copy you keep elsewhere.',
    keptAside:
      'Restoring moves the damaged file into the backups folder (it is never deleted) and puts the backup in its place.',
    openAnotherDesktop: 'To open another project, use File ▸ Open Project… (Ctrl+O).',
    openAnotherBrowser:
      'To open another project, stop Gleaner and start it again with: gleaner serve --project OTHER-FILE.gleaner',
  },
  /** A new project's choice of schema; schemas as JSON files (Fields… → Export / Import). */
  schemaChoice: {
    title: 'What will this project collect?',
    intro:
      'This project has no articles yet. Choose its schema: the fields each article gets, and the rules that suggest their values. You can change the fields later in Fields….',
    hospitalNews: 'Hospital news',
    hospitalNewsNote:
      'Hospital, province, city, county, people, honours, investments, beds, partners…',
    companyNews: 'Company news',
    companyNewsNote:
      'Company, province, city, people and roles, investments, products, partners, events',
    empty: 'Empty',
    emptyNote: 'No fields: add your own in Fields…',
    fromFile: 'Schema file…',
    fromFileNote: 'A schema JSON file exported from another project',
    use: 'Use this schema',
    later: 'Decide later',
    notChosen: 'The schema was not changed',
    exportJson: 'Export JSON',
    importJson: 'Import JSON…',
    suggestedBy: 'Suggested by',
    byHand: 'Nothing (filled by hand)',
    notJson: '{{file}} is not JSON: {{message}}',
  },
} as const;
