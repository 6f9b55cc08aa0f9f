import { isDecodedFile, readAndDecodeFile, type DecodedFile } from '../import/validate';
import type { ImportFile } from '../import/types';
import { planPage, type PagePlan } from '../../shared/pages/plan-page';
import type { FieldSchema } from '../../shared/schema';
import type { DecodedDocument } from './store-document';
import { rulePlannedArticles, rulePlannedPages, type RuledPage } from './rule-planned-articles';

// The half of an import that needs no database: reading, decoding and planning a file. Kept
// apart from the pipeline (and free of database imports) so prepare worker threads can run it.

/**
 * A file ready to be stored. Everything in it survives a structured clone (plain objects and
 * Uint8Array bytes), so a worker thread can prepare it and post it back.
 */
export type PreparedFile =
  | {
      kind: 'page';
      file: ImportFile;
      doc: DecodedDocument;
      plan: PagePlan;
      /** The extraction rules' suggestions for the plan's articles, when the request asked. */
      ruled?: RuledPage;
    }
  | {
      kind: 'table';
      file: ImportFile & { kind: 'csv' | 'jsonl' };
      // Rows are split when stored (the column mapping may come from the database); the bytes
      // are not needed for that, so they are not carried.
      decoded: Pick<DecodedFile, 'text' | 'encoding' | 'confidence'>;
    }
  | { kind: 'skip'; file: ImportFile; reason: string; message: string };

export interface PrepareRequest {
  maxBytes: number;
  /** The user's "decode as…" encoding, for every file; otherwise each file's is detected. */
  encoding?: string | undefined;
  /**
   * Run this schema's extraction rules on each planned page too (rule-planned-articles.ts), so
   * that they run in the preparing threads rather than after the import in the storing one.
   */
  schema?: FieldSchema | undefined;
  /** Checked between files by preparers that can stop mid-batch. */
  isCancelled?: (() => boolean) | undefined;
  /** Called as files are prepared, in file order, with the files just prepared. */
  onPrepared?: ((files: ImportFile[]) => void) | undefined;
}

/**
 * Prepares a batch of files and resolves with one result per file, in the same order; a
 * cancelled preparer may resolve with only the first files of the batch.
 */
export type FilePreparer = (
  files: ImportFile[],
  request: PrepareRequest,
) => Promise<PreparedFile[]>;

/**
 * Pages of more articles are left to the extraction phase after the import: it reads a page in
 * steps of 200 articles, while the rules' suggestions for a whole page would be held in memory
 * (and copied once more from a worker thread), some 300 MB for a 20 MB page of 73,000 articles.
 */
export const MAX_ARTICLES_RULED_WHEN_PREPARED = 500;

function isRuledWhenPrepared(plan: PagePlan): boolean {
  return plan.articles.length <= MAX_ARTICLES_RULED_WHEN_PREPARED;
}

/**
 * The prepared files with the rules' suggestions added to every page of at most
 * MAX_ARTICLES_RULED_WHEN_PREPARED articles, all their articles ruled in one call (a prepare
 * thread's files: rulePlannedPages). Prepared without a schema, then ruled here, they are what
 * prepareFile with the schema gives, a failure of the rules included: should the call fail, each
 * page is ruled on its own and the one that fails becomes a skip naming its file.
 */
export function withRuledPages(prepared: PreparedFile[], schema: FieldSchema): PreparedFile[] {
  const pages = prepared.filter(
    (p): p is PreparedFile & { kind: 'page' } => p.kind === 'page' && isRuledWhenPrepared(p.plan),
  );
  let ruled: RuledPage[];
  try {
    ruled = rulePlannedPages(
      pages.map((page) => ({ text: page.doc.text, articles: page.plan.articles })),
      schema,
    );
  } catch {
    return prepared.map((p) =>
      p.kind === 'page' && isRuledWhenPrepared(p.plan) ? ruledAlone(p, schema) : p,
    );
  }
  const byPage = new Map<PreparedFile, RuledPage>(pages.map((page, i) => [page, ruled[i]!]));
  return prepared.map((p) => {
    const pageRuled = byPage.get(p);
    return pageRuled ? { ...p, ruled: pageRuled } : p;
  });
}

function ruledAlone(page: PreparedFile & { kind: 'page' }, schema: FieldSchema): PreparedFile {
  try {
    return { ...page, ruled: rulePlannedArticles(page.doc.text, page.plan.articles, schema) };
  } catch (error) {
    return failed(page.file, error);
  }
}

function failed(file: ImportFile, error: unknown): PreparedFile {
  return {
    kind: 'skip',
    file,
    reason: 'failed',
    message: `${file.name}: ${(error as Error).message}`,
  };
}

/** Reading, decoding and planning one file; any failure becomes a skip that names the file. */
export async function prepareFile(
  file: ImportFile,
  maxBytes: number,
  encoding?: string,
  schema?: FieldSchema,
): Promise<PreparedFile> {
  try {
    const decoded = await readAndDecodeFile(file, { maxBytes, forceEncoding: encoding });
    if (!isDecodedFile(decoded))
      return { kind: 'skip', file, reason: decoded.reason, message: decoded.message };
    if (file.kind === 'csv' || file.kind === 'jsonl') {
      const { text, encoding, confidence } = decoded;
      return {
        kind: 'table',
        file: { ...file, kind: file.kind },
        decoded: { text, encoding, confidence },
      };
    }
    const doc: DecodedDocument = {
      name: file.name,
      sourcePath: file.path,
      kind: file.kind,
      text: decoded.text,
      encoding: decoded.encoding,
      encodingConfidence: decoded.confidence,
      bom: decoded.bom,
      // Keep the bytes when the text cannot be rebuilt from them alone: HTML, non-UTF-8.
      original: file.kind === 'html' || decoded.encoding !== 'utf-8' ? decoded.bytes : null,
    };
    const plan = planPage(decoded.text, decoded.hints);
    if (!schema || !isRuledWhenPrepared(plan)) return { kind: 'page', file, doc, plan };
    const ruled = rulePlannedArticles(decoded.text, plan.articles, schema);
    return { kind: 'page', file, doc, plan, ruled };
  } catch (error) {
    return failed(file, error);
  }
}

/** How long preparing may hold this thread before queued callbacks get a turn. */
const YIELD_EVERY_MS = 20;

/**
 * Prepares the files one after another in this thread, stopping early when cancelled. Files are
 * read synchronously, so awaiting a file never leaves this loop: every few milliseconds it lets
 * queued callbacks run, or a Ctrl+C handler or a job's cancel message could only be heard once the
 * whole import phase was over.
 */
export const prepareInProcess: FilePreparer = async (files, request) => {
  const prepared: PreparedFile[] = [];
  let lastYield = performance.now();
  for (const file of files) {
    prepared.push(await prepareFile(file, request.maxBytes, request.encoding, request.schema));
    request.onPrepared?.([file]);
    if (performance.now() - lastYield >= YIELD_EVERY_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      lastYield = performance.now();
    }
    if (request.isCancelled?.()) break;
  }
  return prepared;
};
