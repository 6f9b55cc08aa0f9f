import { flushSearchIndex } from '../database/search-index';
import {
  describeFiles,
  importPaths,
  nameWriteFailure,
  type ImportReport,
} from '../services/import-pipeline';
import { articleIdsOfDocuments, extractArticles } from '../services/extract-articles';
import { Project } from '../services/project';
import type { ChosenColumnMapping } from '../import/table-mapping';
import { listenForInterrupt } from './interrupt';
import { createProgressBar } from './progress-bar';

export interface ImportCommandOptions {
  project: string;
  paths: string[];
  maxBytes?: number | undefined;
  actor: string;
  /** --text-column, --title-column, --metadata-columns: applied to every table imported. */
  columnMapping?: ChosenColumnMapping | undefined;
}

/** `gleaner import`: imports files and folders into a project file, with a progress bar. */
export async function importCommand(options: ImportCommandOptions): Promise<ImportReport> {
  const project = Project.open(options.project);
  const bar = createProgressBar();
  const interrupt = listenForInterrupt();
  // What the phases after storing write, to name in a failure ("database or disk is full" alone
  // does not say which import filled the disk). A failure while storing names its file itself.
  let writing: string | null = null;
  try {
    const report = await importPaths(project.db, options.paths, {
      actor: options.actor,
      maxBytes: options.maxBytes,
      columnMapping: options.columnMapping,
      isCancelled: interrupt.isInterrupted,
      onProgress: (p) => bar.update(p.done, p.total, p.currentFile),
    });
    bar.finish();
    writing = `the search index and suggested values of ${describeFiles(report.imported.map((i) => i.name))}`;
    // Search indexing is deferred during import (migration 6): index the new articles in one batch.
    flushSearchIndex(project.db);
    if (!report.cancelled) {
      const articleIds = articleIdsOfDocuments(
        project.db,
        report.imported.flatMap((i) => i.documentIds),
      );
      const extracted = extractArticles(project.db, articleIds, {
        actor: options.actor,
        isCancelled: interrupt.isInterrupted,
        onProgress: (p) => bar.update(p.done, p.total, 'extracting'),
      });
      bar.finish();
      report.cancelled = extracted.cancelled;
    }
    return report;
  } catch (error) {
    throw writing ? nameWriteFailure(error, writing) : error;
  } finally {
    interrupt.dispose();
    project.close();
  }
}

export function formatImportSummary(report: ImportReport): string[] {
  const lines = [
    `Imported ${report.imported.length} files (${report.articles} articles), ${report.duplicates.length} duplicates, ${report.skipped.length} skipped${report.cancelled ? ' — cancelled' : ''}.`,
  ];
  for (const d of report.duplicates)
    lines.push(`duplicate: ${d.path} (same text as ${d.matchedName})`);
  for (const s of report.skipped) lines.push(`skipped (${s.reason}): ${s.message}`);
  return lines;
}
