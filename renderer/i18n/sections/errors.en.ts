import { errorMessages, type ErrorKey } from '../../../shared/contract/error-messages';
import type { ApiErrorCode } from '../../../shared/contract/errors';
import { detailsEn } from './details.en';

/** The English of every main-side error is the registry's own (the CLI prints the same words). */
const messages = Object.fromEntries(
  Object.entries(errorMessages).map(([key, { en }]) => [key, en]),
) as Record<ErrorKey, string>;

/** When an error has no key (an unexpected failure), the UI names its kind. */
const codes: Record<ApiErrorCode, string> = {
  'unknown-method': 'This version of Gleaner does not know that request.',
  'invalid-input': 'The request was refused: some input is not valid.',
  'invalid-output': 'Gleaner gave an answer it should not have; nothing was changed.',
  'not-found': 'What was asked for is not in this project.',
  conflict: 'This was changed elsewhere; reload to see it.',
  'project-too-new': 'The project file was written by a newer version of Gleaner.',
  'project-unreadable': 'The project file cannot be read.',
  forbidden: 'Your profile cannot do this.',
  'file-exists': 'The file already exists.',
  internal: 'Something failed inside Gleaner; nothing saved before is lost.',
};

export const errorsEn = {
  title: 'Something went wrong',
  dismiss: 'Dismiss',
  details: 'Details (for a bug report)',
  codes,
  messages,
  /** An error's details (a schema problem, a system failure) by their codes. */
  detail: detailsEn,
  /** Why an import left a file out (the import report's badge). */
  skipReasons: {
    'not-found': 'not found',
    unreadable: 'unreadable',
    'unsupported-type': 'not a text file',
    'symlink-loop': 'link loop',
    'too-large': 'too large',
    empty: 'empty',
    binary: 'binary',
    undecodable: 'cannot be decoded',
    'low-confidence': 'encoding unclear',
    'unknown-encoding': 'unknown encoding',
    'unsupported-encoding': 'unsupported encoding',
    mojibake: 'garbled text',
    failed: 'could not be imported',
  },
  /** Errors the window finds itself, before asking the main side. */
  ui: {
    valueGone: 'Value {{valueId}} is no longer in this project.',
    valueReplaced:
      'Value {{valueId}} was removed and added again since; its earlier versions cannot be restored.',
  },
};
