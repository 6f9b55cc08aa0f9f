import { apiError } from '../../shared/contract/error-messages';
import type { ArticleRow, RangeRow, SideRows } from '../database/packages-repository';

/** The meta key of a package's stamp, and the prefix of the project's record of merged ones. */
export const STAMP_KEY = 'work_package';
export const MERGED_KEY_PREFIX = 'merged_package:';
/** The meta key of a project's identity, made when its first package is. */
export const PROJECT_ID_KEY = 'project_id';

/**
 * What a package knew of the project when it was made: which project, and the revision (or, for
 * what has no revision, the content) of every row it carries. A merge compares each side with
 * this to tell who changed what since: a row changed on one side is taken from it, a row changed
 * differently on both is a conflict. Kept in the package's meta table as one JSON value, so a
 * package is a normal project file of the current schema.
 */
export interface PackageStamp {
  format: 1;
  packageId: string;
  sourceProjectId: string;
  createdAt: string;
  createdBy: string;
  /** How the articles were chosen, in words (shown when merging). */
  selection: string;
  /** The package's last audit row when it was made: later rows are work done in the package. */
  auditBase: number;
  /** Per document id: its segmentation (segmentationKey). */
  documents: Record<string, string>;
  /** Per article id: its revision and workflow state. */
  articles: Record<string, { revision: number; status: string; assignee: string | null }>;
  /** Per value id: its revision. */
  values: Record<string, number>;
  comments: number[];
}

/**
 * Each page's segmentation as text: its articles' ranges in reading order (ids left out, so the
 * same split made on both sides reads the same). One pass over the rows, whatever the page count.
 */
export function segmentationKeys(rows: {
  articles: readonly ArticleRow[];
  ranges: readonly RangeRow[];
}): Map<number, string> {
  const byArticle = new Map<number, string[]>();
  for (const r of rows.ranges) {
    let list = byArticle.get(r.articleId);
    if (!list) byArticle.set(r.articleId, (list = []));
    list.push(`${r.start}-${r.end}`);
  }
  const byDocument = new Map<number, ArticleRow[]>();
  for (const a of rows.articles) {
    let list = byDocument.get(a.documentId);
    if (!list) byDocument.set(a.documentId, (list = []));
    list.push(a);
  }
  const keys = new Map<number, string>();
  for (const [documentId, articles] of byDocument)
    keys.set(
      documentId,
      [...articles]
        .sort((a, b) => a.ordinal - b.ordinal)
        .map((a) => (byArticle.get(a.id) ?? []).join(','))
        .join('|'),
    );
  return keys;
}

export function stampOf(
  rows: SideRows,
  header: Omit<PackageStamp, 'documents' | 'articles' | 'values' | 'comments'>,
): PackageStamp {
  const documents: PackageStamp['documents'] = {};
  const keys = segmentationKeys(rows);
  for (const d of rows.documents) documents[d.id] = keys.get(d.id) ?? '';
  const articles: PackageStamp['articles'] = {};
  for (const a of rows.articles)
    articles[a.id] = { revision: a.revision, status: a.status, assignee: a.assigneeName };
  const values: PackageStamp['values'] = {};
  for (const v of rows.values) values[v.id] = v.revision;
  return { ...header, documents, articles, values, comments: rows.comments.map((c) => c.id) };
}

export function parseStamp(text: string | undefined, file: string): PackageStamp {
  if (text === undefined) throw apiError('package-no-stamp', { file });
  let stamp: PackageStamp;
  try {
    stamp = JSON.parse(text) as PackageStamp;
  } catch {
    throw apiError('package-stamp-invalid', { file });
  }
  if (
    stamp.format !== 1 ||
    typeof stamp.packageId !== 'string' ||
    typeof stamp.sourceProjectId !== 'string'
  )
    throw apiError('package-stamp-unknown-format', { file });
  return stamp;
}
