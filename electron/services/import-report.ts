import type { FieldLeftOut } from './fields-at-store';
import type { PatternSkip } from './pattern-skips';

/** What an import did, file by file, and what its extraction did (import-pipeline.ts). */
export interface ImportReport {
  imported: {
    path: string;
    name: string;
    documentIds: number[];
    articles: number;
    encoding: string;
  }[];
  duplicates: { path: string; name: string; matchedName: string }[];
  skipped: { path: string; name: string; reason: string; message: string }[];
  cancelled: boolean;
  articles: number;
  /**
   * Articles extraction went through, as their pages were stored (`extractAsStored`) or after the
   * import, of which `resumed` an earlier import had stored and never extracted (killed, stopped,
   * out of disk); `suggestions` it stored.
   */
  extracted: number;
  resumed: number;
  suggestions: number;
  /** Suggestions not stored because they repeat a curator's decision (a re-run's, mostly). */
  heldBack: number;
  /** When cancelled, the phase the cancel stopped: it decides what was kept. */
  stoppedIn: ImportPhase | null;
  /**
   * Articles stored whose rules failed (a flaw a page found in them): they have no suggestions,
   * stay listed as never extracted by `gleaner check`, and are tried again by the next import.
   */
  unextracted: { name: string; articleId: number; message: string }[];
  /** Field patterns extraction skipped as over their time budget, with the articles they missed. */
  patternsSkipped: PatternSkip[];
  /** Suggestions not stored: their field was retired, removed or changed while extraction ran. */
  fieldsLeftOut: FieldLeftOut[];
}

export type ImportPhase = 'import' | 'extract' | 'index';

export function emptyReport(): ImportReport {
  return {
    imported: [],
    duplicates: [],
    skipped: [],
    cancelled: false,
    articles: 0,
    extracted: 0,
    resumed: 0,
    suggestions: 0,
    heldBack: 0,
    stoppedIn: null,
    unextracted: [],
    patternsSkipped: [],
    fieldsLeftOut: [],
  };
}
