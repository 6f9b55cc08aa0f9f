import fs from 'node:fs';
import path from 'node:path';
import {
  beginBulkLoad,
  describeFiles,
  endBulkLoad,
  importPaths,
  nameWriteFailure,
  type ImportReport,
} from '../services/import-pipeline';
import { unextractedOf } from '../services/unextracted-report';
import { addFieldsLeftOut, describeFieldLeftOut } from '../services/fields-at-store';
import { addPatternSkips, describePatternSkip } from '../services/pattern-skips';
import { allArticleIds } from '../services/extract-articles';
import { extractArticlesInSteps } from '../services/extract-in-steps';
import { activeSchema } from '../database/schema-repository';
import { articlesToExtract, indexSearchInSteps } from '../services/finish-import';
import { Project } from '../services/project';
import { applySchemaChoice } from '../services/schema-choice';
import type { FieldSchema } from '../../shared/schema';
import type { ChosenColumnMapping } from '../import/table-mapping';
import { listenForInterrupt } from './interrupt';
import { printable } from './printable';
import { createProgressBar } from './progress-bar';

export interface ImportCommandOptions {
  project: string;
  paths: string[];
  maxBytes?: number | undefined;
  actor: string;
  /** --text-column, --title-column, --metadata-columns: applied to every table imported. */
  columnMapping?: ChosenColumnMapping | undefined;
  /** --encoding: every file is read with it instead of detecting its encoding. */
  encoding?: string | undefined;
  /** --schema: what a new project collects with; an existing one switches to it while empty. */
  schema?: FieldSchema | undefined;
}

/**
 * `--schema` on an existing project: makes it the project's (refused once it holds values of
 * another schema, closing the project); true when the schema changed, so that the articles
 * already there are extracted again under it.
 */
function switchSchema(project: Project, schema: FieldSchema | undefined, actor: string): boolean {
  if (!schema) return false;
  try {
    const before = activeSchema(project.db);
    const after = applySchemaChoice(project.db, schema, actor);
    return after.id !== before.id || after.version !== before.version;
  } catch (error) {
    project.close();
    throw error;
  }
}

/** Seconds of extraction at most a kill would undo (the next import extracts them again). */
const BULK_LOAD_ARTICLES_PER_COMMIT = 5000;

/** Files stored per commit of a bulk load: at most this much text, or this long (a kill redoes it). */
const BULK_LOAD_STORE_COMMITS = { bytes: 16 * 1024 * 1024, milliseconds: 2000 };

/**
 * Articles indexed for search per commit of a bulk load (10 times the usual step). FTS5 writes
 * each commit's text as a new segment and merges segments as they pile up, rewriting what it
 * wrote: the 20 MB page of 73,427 articles wrote 83 MB to index 26 MB in steps of 2,000.
 * Still a few steps, so Ctrl+C stops it within seconds.
 */
const BULK_LOAD_INDEX_STEP = 20_000;

/**
 * `gleaner import`: imports files and folders into a project file, with a progress bar, then
 * extracts suggested values for every article not yet extracted (this import's, and those an
 * earlier import that was killed or stopped left) and indexes them for search. Ctrl+C stops any
 * of the three phases at its next step; what was done before is kept.
 */
export async function importCommand(options: ImportCommandOptions): Promise<ImportReport> {
  const isNewProject = !fs.existsSync(path.resolve(options.project));
  const project = Project.open(options.project, { schema: options.schema });
  const switched = !isNewProject && switchSchema(project, options.schema, options.actor);
  // A first load into a file this command created writes each page once (bulk-load.ts).
  const bulkLoad = isNewProject && beginBulkLoad(project.db);
  const bar = createProgressBar();
  const interrupt = listenForInterrupt(() => {
    bar.finish();
    process.stderr.write('Stopping after the current step (press Ctrl+C again to quit at once)…\n');
  });
  // What the phases after storing write, to name in a failure ("database or disk is full" alone
  // does not say which import filled the disk). A failure while storing names its file itself.
  let writing: string | null = null;
  try {
    const report = await importPaths(project.db, options.paths, {
      actor: options.actor,
      maxBytes: options.maxBytes,
      columnMapping: options.columnMapping,
      encoding: options.encoding,
      ...(bulkLoad ? { commitEvery: BULK_LOAD_STORE_COMMITS } : {}),
      isCancelled: interrupt.isInterrupted,
      onProgress: (p) => bar.update(p.done, p.total, p.currentFile),
    });
    bar.finish();
    if (report.cancelled) return report;
    writing = `the suggested values and search index of ${describeFiles(report.imported.map((i) => i.name))}`;

    const { articleIds, resumed } = switched
      ? { articleIds: allArticleIds(project.db), resumed: 0 }
      : articlesToExtract(
          project.db,
          report.imported.flatMap((i) => i.documentIds),
        );
    const extracted = await extractArticlesInSteps(project.db, articleIds, {
      actor: options.actor,
      // Articles extracted under the schema this import replaced get the new schema's values.
      onlyUnextracted: !switched,
      // A new file nobody else has open: fewer, bigger commits write its shared pages less often.
      ...(bulkLoad ? { articlesPerCommit: BULK_LOAD_ARTICLES_PER_COMMIT } : {}),
      isCancelled: interrupt.isInterrupted,
      onProgress: (p) => bar.update(p.done, p.total, 'extracting'),
    });
    bar.finish();
    report.extracted = extracted.articles;
    report.suggestions = extracted.suggestions;
    report.heldBack = extracted.heldBack;
    report.unextracted.push(...unextractedOf(extracted.failures));
    addPatternSkips(report.patternsSkipped, extracted.patternsSkipped);
    addFieldsLeftOut(report.fieldsLeftOut, extracted.fieldsLeftOut);
    // Leftovers come first (oldest ids): a stop part-way still completed them first.
    report.resumed = Math.min(resumed, extracted.articles);
    if (extracted.cancelled) {
      report.cancelled = true;
      report.stoppedIn = 'extract';
      return report;
    }

    const indexed = await indexSearchInSteps(project.db, {
      ...(bulkLoad ? { step: BULK_LOAD_INDEX_STEP } : {}),
      isCancelled: interrupt.isInterrupted,
      onProgress: (p) => bar.update(p.done, p.total, 'indexing for search'),
    });
    bar.finish();
    if (!indexed) {
      report.cancelled = true;
      report.stoppedIn = 'index';
    }
    return report;
  } catch (error) {
    throw writing ? nameWriteFailure(error, writing) : error;
  } finally {
    interrupt.dispose();
    if (bulkLoad) endBulkLoad(project.db);
    project.close();
  }
}

/** What was kept when a cancel stopped each phase, and what completes the rest. */
const stoppedMessages = {
  import:
    'Stopped while importing: the files imported so far are stored; their values will be extracted by the next import (or when the project is opened in the app).',
  extract:
    'Stopped while extracting: every imported file is stored; articles not yet extracted will be by the next import (or when the project is opened in the app).',
  index:
    'Stopped while indexing for search: everything is imported and extracted; the search index catches up at the next import or search.',
} as const;

export function formatImportSummary(report: ImportReport): string[] {
  const lines = [
    `Imported ${report.imported.length} files (${report.articles} articles), ${report.duplicates.length} duplicates, ${report.skipped.length} skipped${report.cancelled ? ' — cancelled' : ''}.`,
  ];
  if (report.resumed > 0) {
    lines.push(
      `Extracted ${report.resumed} articles an earlier import had stored but not extracted (it was stopped or killed).`,
    );
  }
  // One line per file, whatever its name holds (a newline, an escape sequence).
  for (const d of report.duplicates)
    lines.push(`duplicate: ${printable(d.path)} (same text as ${printable(d.matchedName)})`);
  for (const s of report.skipped) lines.push(`skipped (${s.reason}): ${printable(s.message)}`);
  for (const u of report.unextracted)
    lines.push(
      `not extracted: ${printable(u.name)}, article ${u.articleId}: the rules failed (${printable(u.message)}); stored without suggestions, tried again by the next import`,
    );
  for (const skip of report.patternsSkipped)
    lines.push(`pattern skipped: ${printable(describePatternSkip(skip))}`);
  for (const left of report.fieldsLeftOut)
    lines.push(`field left out: ${printable(describeFieldLeftOut(left))}`);
  if (report.stoppedIn) lines.push(stoppedMessages[report.stoppedIn]);
  return lines;
}
