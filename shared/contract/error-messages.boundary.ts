import { errorEntries } from './error-entries';

/**
 * Messages for what comes in from outside before any service runs (a request body the server
 * cannot read) and for a file operation the operating system refused (see file-system-errors.ts).
 */
export const boundaryErrorMessages = errorEntries({
  'request-body-not-json': ['invalid-input', 'The request to {{method}} is not valid JSON.'],
  'request-body-too-deep': [
    'invalid-input',
    'The request to {{method}} nests deeper than {{limit}} levels.',
  ],
  'request-body-too-large': [
    'invalid-input',
    'The request to {{method}} is larger than {{limitMb}} MB. Import large files from a folder on this computer instead of sending them through the browser.',
  ],
  'file-name-too-long': [
    'invalid-input',
    '{{file}}: a name in this path is too long for the file system.',
  ],
  'file-access-denied': [
    'forbidden',
    'Gleaner is not allowed to use {{file}} (it, or its folder, is read-only or protected).',
  ],
  'file-is-folder': ['invalid-input', '{{file}} is a folder, not a file.'],
  'file-parent-not-folder': [
    'invalid-input',
    'A part of the path {{file}} is a file, not a folder.',
  ],
  'file-not-regular': [
    'invalid-input',
    '{{file}} is not a regular file (a pipe, socket or device); choose a file.',
  ],
  'file-too-large': [
    'invalid-input',
    '{{file}} is larger than {{limitMb}} MB, more than this can read.',
  ],
  'file-not-found': ['not-found', 'There is no file or folder {{file}}.'],
  'file-link-loop': [
    'invalid-input',
    '{{file}}: its symbolic links point at each other in a loop.',
  ],
  'disk-full': [
    'internal',
    'The disk is full, or the file grew larger than allowed, while writing {{file}}. Nothing that was saved before is lost.',
  ],
  'backup-failed': [
    'internal',
    'Backing up to {{file}} failed ({{reason}}); the project itself was not touched. Is the disk full?',
  ],
  'file-system-failed': [
    'internal',
    'The operating system refused to {{operation}} {{file}} ({{errno}}).',
  ],
});
