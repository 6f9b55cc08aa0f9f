import { errorEntries } from './error-entries';

/** Messages about the API boundary, project files, backups, profiles, packages, import and export. */
export const projectErrorMessages = errorEntries({
  // The API boundary itself
  'unknown-method': ['unknown-method', 'Unknown API method "{{method}}".'],
  'input-invalid': ['invalid-input', 'Invalid input for {{method}}: {{issues}}'],
  'output-invalid': ['invalid-output', 'The answer of {{method}} broke the contract: {{issues}}'],
  // Project files
  'project-file-missing': ['not-found', 'There is no project file {{file}}.'],
  'project-open-failed': [
    'project-unreadable',
    'Cannot open the project file {{file}}: {{reason}}',
  ],
  'project-damaged': [
    'project-unreadable',
    'The project file {{file}} is damaged (SQLite quick_check: {{problems}}).',
  ],
  'not-a-project': [
    'project-unreadable',
    '{{file}} is not a Gleaner project file (or it is damaged): {{reason}}',
  ],
  'project-folder-uncreatable': [
    'forbidden',
    'Cannot create the folder {{folder}} for the project file {{file}}: {{reason}}',
  ],
  'project-folder-readonly': [
    'forbidden',
    'Gleaner cannot write to {{folder}}, so it cannot open the project file {{file}} safely. Copy the file to a folder you can write to, or change the permissions.',
  ],
  'project-too-new': [
    'project-too-new',
    'The project file {{file}} was written by a newer version of Gleaner (schema {{found}}; this version understands up to {{known}}). Update Gleaner to open it.',
  ],
  'project-structure-foreign': [
    'project-unreadable',
    'The project file {{file}} was changed by another program: its structure is not what Gleaner makes ({{objects}}; + added, ~ changed, − removed). Gleaner does not open it, because triggers, views and indexes it did not write would run inside every change you make and could alter your work unseen. Restore a backup, or remove those objects with an SQLite tool; "gleaner check" lists them all.',
  ],
  'value-not-json': [
    'project-unreadable',
    'Value {{valueId}} of article {{articleId}} (field "{{field}}") is not JSON: the project file was changed by another program, or damaged. Nothing was exported or changed; "gleaner check" lists every such value. Restore a backup, or fix or remove the value with an SQLite tool.',
  ],
  'value-wrong-type': [
    'project-unreadable',
    'Value {{valueId}} of article {{articleId}} (field "{{field}}", a {{type}} field) is {{problem}}: the project file was changed by another program, or damaged. Nothing was exported or changed; "gleaner check" lists every such value. Fix the value in the article, restore a backup, or remove it with an SQLite tool.',
  ],
  'pattern-too-slow': [
    'invalid-input',
    'The pattern "{{name}}" of the field "{{fieldKey}}" ran for more than {{seconds}} s on a text of {{characters}} characters and was stopped: it repeats inside a repeat (such as (\\S+)+) or repeats the same characters side by side, so it tries exponentially many ways on text it does not match. Bound the repeats ({1,20}) or anchor them to fixed words. Extraction skips it.',
  ],
  'save-failed': [
    'internal',
    'Gleaner could not save to {{file}}: {{reason}}. This change was not saved; everything saved before it is intact. ({{detail}})',
  ],
  'changed-elsewhere': [
    'conflict',
    '{{subject}} was changed elsewhere (revision {{stored}}, you had {{seen}}). {{reload}}',
  ],
  // Backups
  'backup-before-migrate-failed': [
    'internal',
    'Gleaner did not migrate {{file}} because it could not back it up first to {{target}}: {{reason}}',
  ],
  'backup-missing': ['not-found', 'There is no backup "{{name}}" in {{folder}}.'],
  'backup-damaged': [
    'project-unreadable',
    'The backup {{file}} is damaged too; choose an older one.',
  ],
  'no-sound-backup': ['not-found', 'There is no sound backup of {{file}} in {{folder}}.'],
  'restore-failed': [
    'internal',
    'Restoring {{backup}} into {{file}} failed; the project was not changed and its state before the restore is in {{safetyCopy}}: {{reason}}',
  ],
  'restore-waits-for-jobs': [
    'conflict',
    'Restoring a backup must wait until the running {{jobs}} job finishes or is cancelled.',
  ],
  'backup-onto-itself': [
    'invalid-input',
    '{{file}} is the project itself; a backup must go to another file.',
  ],
  'no-backup-to-sign-in': [
    'not-found',
    'There is no sound backup of {{file}}, so there is no profile to sign in as.',
  ],
  // Profiles and sign-in
  'profile-missing': ['not-found', 'There is no profile {{profileId}} in this project.'],
  'choose-profile-first': ['forbidden', 'Choose a profile first: this action records who did it.'],
  'sign-in-first': [
    'forbidden',
    'Sign in to {{what}}: this window is signed out, and every change records who made it.',
  ],
  'role-required': ['forbidden', 'Only {{roles}} can {{what}}; {{name}} is a {{role}}.'],
  'profile-retired': [
    'forbidden',
    'The profile {{name}} has been retired. Choose another profile.',
  ],
  'profile-retired-sign-in': ['forbidden', 'The profile {{name}} is retired and cannot sign in.'],
  'profile-name-taken': ['conflict', 'There is already a profile named {{name}}.'],
  'last-admin': [
    'conflict',
    '{{name}} is the last active admin: make another profile admin first, or nobody could manage profiles.',
  ],
  'wrong-passphrase': [
    'forbidden',
    'That passphrase does not open this profile. Check it and try again.',
  ],
  'too-many-passphrases': [
    'forbidden',
    'Too many wrong passphrases for {{name}}: wait {{seconds}} s before trying again.',
  ],
  // Documents and import
  'document-missing': ['not-found', 'There is no document {{documentId}} in this project.'],
  'redecode-table-row': [
    'conflict',
    '{{name}} is a row of a table: re-import the table file with its encoding instead.',
  ],
  'redecode-unreadable': ['invalid-input', '{{name}} cannot be read as {{encoding}}: {{reason}}'],
  'redecode-duplicate': [
    'conflict',
    'Read as {{encoding}}, {{name}} has the same text as {{other}}, which is already in the project.',
  ],
  'redecode-curated': [
    'conflict',
    '{{name}} already has curated articles; re-decoding it would move every highlight. Undo the curation first.',
  ],
  'encoding-unknown': ['invalid-input', 'Cannot import: {{reason}}.'],
  // Work packages
  'package-missing': ['not-found', 'There is no work package {{file}}.'],
  'package-from-other-project': [
    'conflict',
    'The work package {{file}} was made from another project ({{source}}); this project is {{project}}. Merge it into the project it came from.',
  ],
  'package-empty-selection': [
    'invalid-input',
    'The selection holds no articles: there is nothing to package.',
  ],
  'package-no-stamp': [
    'invalid-input',
    '{{file}} is not a work package: it has no package stamp. Make packages with "gleaner package create" or Project → Create Work Package….',
  ],
  'package-rows-invalid': [
    'invalid-input',
    'The work package {{file}} holds {{count}} row(s) this project cannot take, so nothing was merged: {{problems}}. The package was changed after it was made (by another program, or a damaged disk); ask its curator for a sound copy.',
  ],
  'package-audit-forged': [
    'invalid-input',
    'The work package {{file}} has an audit log changed outside Gleaner ({{problem}}), so its rows can no longer say who did what, and nothing was merged. Ask its curator for a sound copy.',
  ],
  'package-stamp-invalid': ['invalid-input', '{{file}}: its package stamp is not valid JSON.'],
  'package-stamp-unknown-format': [
    'invalid-input',
    '{{file}}: its package stamp has a format this version of Gleaner does not know.',
  ],
  'agreement-different-projects': [
    'invalid-input',
    '{{fileA}} and {{fileB}} were made from different projects: their agreement means nothing.',
  ],
  // Export and jobs
  'export-path-not-absolute': [
    'invalid-input',
    'Give the full path of the file to write, not "{{file}}".',
  ],
  'folder-missing': ['invalid-input', 'The folder {{folder}} does not exist.'],
  'output-is-project': [
    'invalid-input',
    '{{file}} is, or holds, the project {{project}} itself (its file, its companion files or its backups); nothing is written there even when replacing is confirmed. Choose another file or folder.',
  ],
  'dataset-folder-foreign': [
    'invalid-input',
    '{{folder}} holds {{entry}}, which no Gleaner dataset wrote there: a dataset replaces only an empty folder or an earlier dataset (the files its manifest.json lists), even when replacing is confirmed. Choose a new folder name, or move {{entry}} out first.',
  ],
  'file-exists': [
    'file-exists',
    '{{file}} already exists. Choose another name, or confirm that it should be replaced.',
  ],
  'export-format-unknown': [
    'invalid-input',
    'Unknown export format "{{format}}" (use {{formats}} or dataset).',
  ],
  'date-invalid': ['invalid-input', '{{name}} must be an ISO date such as 2026-01-31'],
  'status-filter-unknown': ['invalid-input', 'Unknown status filter {{status}}.'],
  'job-missing': ['not-found', 'There is no job {{jobId}} (jobs are kept until the app closes).'],
  // A job that failed on an error without a key of its own: {{detail}} is what failed, in the
  // system's words (an errno, SQLite), which the UI says by its code (electron/jobs/job-failure.ts).
  'import-job-failed': ['internal', '{{detail}}'],
  'extract-job-failed': ['internal', '{{detail}}'],
  'export-job-failed': ['internal', '{{detail}}'],
  'suggest-job-failed': ['internal', '{{detail}}'],
  'job-write-failed': ['internal', '{{detail}}'],
  'import-job-stopped': [
    'internal',
    'The import stopped unexpectedly (worker exit code {{exitCode}}).',
  ],
  'export-job-stopped': [
    'internal',
    'The export stopped unexpectedly (worker exit code {{exitCode}}).',
  ],
});
