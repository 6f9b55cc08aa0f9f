import type { ApiErrorCode } from './errors';

/** Messages about the API boundary, project files, backups, profiles, packages, import and export. */
export const projectErrorMessages = {
  // The API boundary itself
  'unknown-method': { code: 'unknown-method', en: 'Unknown API method "{{method}}".' },
  'input-invalid': { code: 'invalid-input', en: 'Invalid input for {{method}}: {{issues}}' },
  'output-invalid': {
    code: 'invalid-output',
    en: 'The answer of {{method}} broke the contract: {{issues}}',
  },
  // Project files
  'project-file-missing': { code: 'not-found', en: 'There is no project file {{file}}.' },
  'project-open-failed': {
    code: 'project-unreadable',
    en: 'Cannot open the project file {{file}}: {{reason}}',
  },
  'project-damaged': {
    code: 'project-unreadable',
    en: 'The project file {{file}} is damaged (SQLite quick_check: {{problems}}).',
  },
  'not-a-project': {
    code: 'project-unreadable',
    en: '{{file}} is not a Gleaner project file (or it is damaged): {{reason}}',
  },
  'project-folder-uncreatable': {
    code: 'forbidden',
    en: 'Cannot create the folder {{folder}} for the project file {{file}}: {{reason}}',
  },
  'project-folder-readonly': {
    code: 'forbidden',
    en: 'Gleaner cannot write to {{folder}}, so it cannot open the project file {{file}} safely. Copy the file to a folder you can write to, or change the permissions.',
  },
  'project-too-new': {
    code: 'project-too-new',
    en: 'The project file {{file}} was written by a newer version of Gleaner (schema {{found}}; this version understands up to {{known}}). Update Gleaner to open it.',
  },
  'save-failed': {
    code: 'internal',
    en: 'Gleaner could not save to {{file}}: {{reason}}. This change was not saved; everything saved before it is intact. ({{detail}})',
  },
  'changed-elsewhere': {
    code: 'conflict',
    en: '{{subject}} was changed elsewhere (revision {{stored}}, you had {{seen}}). {{reload}}',
  },
  // Backups
  'backup-before-migrate-failed': {
    code: 'internal',
    en: 'Gleaner did not migrate {{file}} because it could not back it up first to {{target}}: {{reason}}',
  },
  'backup-missing': { code: 'not-found', en: 'There is no backup "{{name}}" in {{folder}}.' },
  'backup-damaged': {
    code: 'project-unreadable',
    en: 'The backup {{file}} is damaged too; choose an older one.',
  },
  'no-sound-backup': {
    code: 'not-found',
    en: 'There is no sound backup of {{file}} in {{folder}}.',
  },
  'restore-failed': {
    code: 'internal',
    en: 'Restoring {{backup}} into {{file}} failed; the project was not changed and its state before the restore is in {{safetyCopy}}: {{reason}}',
  },
  'restore-waits-for-jobs': {
    code: 'conflict',
    en: 'Restoring a backup must wait until the running {{jobs}} job finishes or is cancelled.',
  },
  'backup-onto-itself': {
    code: 'invalid-input',
    en: '{{file}} is the project itself; a backup must go to another file.',
  },
  'no-backup-to-sign-in': {
    code: 'not-found',
    en: 'There is no sound backup of {{file}}, so there is no profile to sign in as.',
  },
  // Profiles and sign-in
  'profile-missing': {
    code: 'not-found',
    en: 'There is no profile {{profileId}} in this project.',
  },
  'choose-profile-first': {
    code: 'forbidden',
    en: 'Choose a profile first: this action records who did it.',
  },
  'sign-in-first': {
    code: 'forbidden',
    en: 'Sign in to {{what}}: this window is signed out, and every change records who made it.',
  },
  'role-required': {
    code: 'forbidden',
    en: 'Only {{roles}} can {{what}}; {{name}} is a {{role}}.',
  },
  'profile-retired': {
    code: 'forbidden',
    en: 'The profile {{name}} has been retired. Choose another profile.',
  },
  'profile-retired-sign-in': {
    code: 'forbidden',
    en: 'The profile {{name}} is retired and cannot sign in.',
  },
  'profile-name-taken': { code: 'conflict', en: 'There is already a profile named {{name}}.' },
  'last-admin': {
    code: 'conflict',
    en: '{{name}} is the last active admin: make another profile admin first, or nobody could manage profiles.',
  },
  'wrong-passphrase': {
    code: 'forbidden',
    en: 'That passphrase does not open this profile. Check it and try again.',
  },
  'too-many-passphrases': {
    code: 'forbidden',
    en: 'Too many wrong passphrases for {{name}}: wait {{seconds}} s before trying again.',
  },
  // Documents and import
  'document-missing': {
    code: 'not-found',
    en: 'There is no document {{documentId}} in this project.',
  },
  'redecode-table-row': {
    code: 'conflict',
    en: '{{name}} is a row of a table: re-import the table file with its encoding instead.',
  },
  'redecode-unreadable': {
    code: 'invalid-input',
    en: '{{name}} cannot be read as {{encoding}}: {{reason}}',
  },
  'redecode-duplicate': {
    code: 'conflict',
    en: 'Read as {{encoding}}, {{name}} has the same text as {{other}}, which is already in the project.',
  },
  'redecode-curated': {
    code: 'conflict',
    en: '{{name}} already has curated articles; re-decoding it would move every highlight. Undo the curation first.',
  },
  'encoding-unknown': { code: 'invalid-input', en: 'Cannot import: {{reason}}.' },
  // Work packages
  'package-missing': { code: 'not-found', en: 'There is no work package {{file}}.' },
  'package-from-other-project': {
    code: 'conflict',
    en: 'The work package {{file}} was made from another project ({{source}}); this project is {{project}}. Merge it into the project it came from.',
  },
  'package-empty-selection': {
    code: 'invalid-input',
    en: 'The selection holds no articles: there is nothing to package.',
  },
  'package-no-stamp': {
    code: 'invalid-input',
    en: '{{file}} is not a work package: it has no package stamp. Make packages with "gleaner package create" or Project → Create Work Package….',
  },
  'package-stamp-invalid': {
    code: 'invalid-input',
    en: '{{file}}: its package stamp is not valid JSON.',
  },
  'package-stamp-unknown-format': {
    code: 'invalid-input',
    en: '{{file}}: its package stamp has a format this version of Gleaner does not know.',
  },
  'agreement-different-projects': {
    code: 'invalid-input',
    en: '{{fileA}} and {{fileB}} were made from different projects: their agreement means nothing.',
  },
  // Export and jobs
  'export-path-not-absolute': {
    code: 'invalid-input',
    en: 'Give the full path of the file to write, not "{{file}}".',
  },
  'folder-missing': { code: 'invalid-input', en: 'The folder {{folder}} does not exist.' },
  'file-exists': {
    code: 'file-exists',
    en: '{{file}} already exists. Choose another name, or confirm that it should be replaced.',
  },
  'export-format-unknown': {
    code: 'invalid-input',
    en: 'Unknown export format "{{format}}" (use {{formats}} or dataset).',
  },
  'date-invalid': { code: 'invalid-input', en: '{{name}} must be an ISO date such as 2026-01-31' },
  'status-filter-unknown': { code: 'invalid-input', en: 'Unknown status filter {{status}}.' },
  'job-missing': {
    code: 'not-found',
    en: 'There is no job {{jobId}} (jobs are kept until the app closes).',
  },
} as const satisfies Record<string, { code: ApiErrorCode; en: string }>;
