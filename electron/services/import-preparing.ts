import type { ImportFile } from '../import/types';
import type { ProjectDatabase } from '../database/open-project';
import { activeSchema } from '../database/schema-repository';
import { extractionContext, type ArticleExtraction } from './extract-articles';
import { prepareInProcess, type FilePreparer } from './prepare-file';

/** How an import reads, decodes and plans its files, and whether it extracts them as stored. */
export interface ImportPreparing {
  preparer: FilePreparer;
  /** Set when each page's suggestions are stored with it (ImportOptions.extractAsStored). */
  extraction: ArticleExtraction | null;
}

/**
 * The given preparer (prepare threads) and extraction as stored, unless the files total fewer
 * bytes than `inProcessBelowBytes`: then this thread prepares them and extraction follows the
 * import, since starting the threads would cost more than they save.
 */
export function importPreparing(
  db: ProjectDatabase,
  files: readonly ImportFile[],
  options: {
    actor: string;
    preparer?: FilePreparer | undefined;
    extractAsStored?: boolean | undefined;
    inProcessBelowBytes?: number | undefined;
  },
): ImportPreparing {
  const small =
    options.inProcessBelowBytes !== undefined &&
    files.reduce((bytes, file) => bytes + file.size, 0) < options.inProcessBelowBytes;
  return {
    preparer: (small ? null : options.preparer) ?? prepareInProcess,
    extraction:
      options.extractAsStored && !small
        ? extractionContext(db, activeSchema(db), options.actor)
        : null,
  };
}
