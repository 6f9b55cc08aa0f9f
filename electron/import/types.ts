import type { DecodeFailure } from './decode-result';

/** What the import pipeline knows about a file it will read. */
export type ImportKind = 'text' | 'markdown' | 'html' | 'jsonl' | 'csv';

export interface ImportFile {
  /** The path as a person reads it (file-name-bytes.ts readableName for a name not in UTF-8). */
  path: string;
  /** The path's bytes, only when they are not UTF-8: `path` then opens nothing, these do. */
  rawPath?: Uint8Array;
  /** Base name, for messages and the document list. */
  name: string;
  size: number;
  kind: ImportKind;
}

/** Why a file is not imported: it could not be listed or read, or decoding refused it. */
export type SkipReason =
  'not-found' | 'unreadable' | 'unsupported-type' | 'symlink-loop' | 'too-large' | DecodeFailure;

/** A file the user asked for that will not be imported, with a message that names it. */
export interface SkippedFile {
  path: string;
  name: string;
  reason: SkipReason;
  message: string;
}
