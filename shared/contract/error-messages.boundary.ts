import type { ApiErrorCode } from './errors';

/**
 * Messages for what comes in from outside before any service runs (a request body the server
 * cannot read) and for a file operation the operating system refused (see file-system-errors.ts).
 */
export const boundaryErrorMessages = {
  'request-body-not-json': {
    code: 'invalid-input',
    en: 'The request to {{method}} is not valid JSON.',
  },
  'request-body-too-deep': {
    code: 'invalid-input',
    en: 'The request to {{method}} nests deeper than {{limit}} levels.',
  },
  'request-body-too-large': {
    code: 'invalid-input',
    en: 'The request to {{method}} is larger than {{limitMb}} MB. Import large files from a folder on this computer instead of sending them through the browser.',
  },
  'file-name-too-long': {
    code: 'invalid-input',
    en: '{{file}}: a name in this path is too long for the file system.',
  },
  'file-access-denied': {
    code: 'forbidden',
    en: 'Gleaner is not allowed to use {{file}} (it, or its folder, is read-only or protected).',
  },
  'file-is-folder': { code: 'invalid-input', en: '{{file}} is a folder, not a file.' },
  'file-parent-not-folder': {
    code: 'invalid-input',
    en: 'A part of the path {{file}} is a file, not a folder.',
  },
  'file-not-regular': {
    code: 'invalid-input',
    en: '{{file}} is not a regular file (a pipe, socket or device); choose a file.',
  },
  'file-too-large': {
    code: 'invalid-input',
    en: '{{file}} is larger than {{limitMb}} MB, more than this can read.',
  },
  'file-not-found': { code: 'not-found', en: 'There is no file or folder {{file}}.' },
  'file-link-loop': {
    code: 'invalid-input',
    en: '{{file}}: its symbolic links point at each other in a loop.',
  },
  'disk-full': {
    code: 'internal',
    en: 'The disk is full, or the file grew larger than allowed, while writing {{file}}. Nothing that was saved before is lost.',
  },
  'backup-failed': {
    code: 'internal',
    en: 'Backing up to {{file}} failed ({{reason}}); the project itself was not touched. Is the disk full?',
  },
  'file-system-failed': {
    code: 'internal',
    en: 'The operating system refused to {{operation}} {{file}} ({{errno}}).',
  },
} as const satisfies Record<string, { code: ApiErrorCode; en: string }>;
