/** What the import pipeline knows about a file it will read. */
export type ImportKind = 'text' | 'markdown' | 'html' | 'jsonl' | 'csv';

export interface ImportFile {
  path: string;
  /** Base name, for messages and the document list. */
  name: string;
  size: number;
  kind: ImportKind;
}

export type SkipReason =
  | 'not-found'
  | 'unreadable'
  | 'unsupported-type'
  | 'symlink-loop'
  | 'too-large'
  | 'empty'
  | 'binary'
  | 'undecodable'
  | 'low-confidence'
  | 'unknown-encoding'
  | 'unsupported-encoding'
  | 'mojibake';

/** A file the user asked for that will not be imported, with a message that names it. */
export interface SkippedFile {
  path: string;
  name: string;
  reason: SkipReason;
  message: string;
}
