import { apiError } from '../../shared/contract/error-messages';
import {
  buildCanonicalRecord,
  verifySpans,
  type CanonicalRecord,
} from '../../shared/export/canonical-record';
import type { ArticleFilter } from '../../shared/contract/articles';
import type { FieldSchema } from '../../shared/schema';
import { CodePointIndex } from '../../shared/text/codepoints';
import { textOfDocument } from '../database/article-text-repository';
import { exportArticleIds, type ExportConditions } from '../database/export-queries';
import type { ProjectDatabase } from '../database/open-project';
import { activeSchema } from '../database/schema-repository';
import { savedSearchById } from '../database/saved-searches-repository';
import { EXPORT_WINDOW, readExportWindow } from './export-window';
import { refuseValuesOfWrongType } from './value-shape-guard';

/** Which articles an export takes. */
export interface ExportFilter {
  /**
   * 'approved' (the default: only reviewed data leaves the project), 'submitted' (exactly the
   * articles waiting for review), or 'any' status.
   */
  status?: 'approved' | 'submitted' | 'any';
  /** ISO date (2026-01-31, whole day in UTC) or timestamp; compared with the article's updated_at. */
  updatedFrom?: string | undefined;
  updatedTo?: string | undefined;
  /** Only the articles assigned to this profile. */
  assigneeId?: number | undefined;
  /** Only the articles this saved search selects, combined with the conditions above. */
  savedSearchId?: number | undefined;
}

export interface SelectionOptions {
  includeRejected?: boolean;
  /** Articles read per query (EXPORT_WINDOW unless given): the records do not depend on it. */
  articlesPerRead?: number;
}

/**
 * The articles of an export, as canonical records in a stable order (document name, then
 * document, then the article's place in it). Iterate it with for…of; each record is built when
 * asked for and has passed verifySpans. `total` and `schema` are known before the first record
 * (writers need them for progress and for column headers).
 */
export interface ExportSelection extends Iterable<CanonicalRecord> {
  readonly total: number;
  readonly schema: FieldSchema;
  readonly filter: Required<Pick<ExportFilter, 'status'>> &
    ExportFilter & {
      /** The saved search as it was when exported: its filter may change later. */
      savedSearch?: { name: string; filter: ArticleFilter };
    };
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * An ISO date (or timestamp) that names a day of the calendar: JavaScript reads "2026-02-30" as
 * 2 March, which would quietly move the bound by days.
 */
export function isExportDate(value: string): boolean {
  if (!DATE_ONLY.test(value) && !TIMESTAMP.test(value)) return false;
  const day = value.slice(0, 10);
  const parsed = Date.parse(`${day}T00:00:00.000Z`);
  return (
    !Number.isNaN(parsed) &&
    new Date(parsed).toISOString().startsWith(day) &&
    !Number.isNaN(Date.parse(value))
  );
}

/** Turns a user date into a bound comparable with stored ISO timestamps (UTC, 'Z'). */
function bound(name: string, value: string | undefined, end: boolean): string | null {
  if (value === undefined || value === '') return null;
  if (!isExportDate(value)) {
    throw apiError('date-invalid', { name }, [
      `filter.${name}: not an ISO date: ${JSON.stringify(value)}`,
    ]);
  }
  if (!DATE_ONLY.test(value)) return new Date(value).toISOString();
  // A date alone means the whole day: "to 2026-01-31" includes 2026-01-31T23:59.
  if (!end) return `${value}T00:00:00.000Z`;
  const next = new Date(`${value}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
}

function exportConditionsOf(
  db: ProjectDatabase,
  filter: ExportFilter,
): { conditions: ExportConditions; normalised: ExportSelection['filter'] } {
  const status = filter.status ?? 'approved';
  if (!['approved', 'submitted', 'any'].includes(status)) {
    throw apiError('status-filter-unknown', { status: JSON.stringify(status) });
  }
  const updatedFrom = bound('updatedFrom', filter.updatedFrom, false);
  const updatedTo = bound('updatedTo', filter.updatedTo, true);
  const saved =
    filter.savedSearchId === undefined ? undefined : savedSearchById(db, filter.savedSearchId);
  const conditions: ExportConditions = {
    status,
    updatedFrom,
    updatedTo,
    // A date-only bound is the next midnight, exclusive; a timestamp is inclusive.
    updatedToExclusive: filter.updatedTo !== undefined && DATE_ONLY.test(filter.updatedTo),
    assigneeId: filter.assigneeId,
    savedFilter: saved?.filter,
  };
  const normalised: ExportSelection['filter'] = { status };
  if (filter.updatedFrom) normalised.updatedFrom = filter.updatedFrom;
  if (filter.updatedTo) normalised.updatedTo = filter.updatedTo;
  if (filter.assigneeId !== undefined) normalised.assigneeId = filter.assigneeId;
  if (saved) {
    normalised.savedSearchId = saved.id;
    normalised.savedSearch = { name: saved.name, filter: saved.filter };
  }
  return { conditions, normalised };
}

/**
 * Selects the articles of an export. The ids are read up front in one ordered pass (8 bytes an
 * article: under 1 MB for 100,000), so the selection is a fixed snapshot with an exact total;
 * the records are then read a window of EXPORT_WINDOW articles at a time (a few queries each,
 * memory bounded by the window) and built only when the iterator reaches them. No statement
 * stays open between records: better-sqlite3 refuses writes on a connection with an open
 * iterator, and the app must keep saving while a long export awaits the disk.
 */
export function selectArticlesForExport(
  db: ProjectDatabase,
  filter: ExportFilter = {},
  options: SelectionOptions = {},
): ExportSelection {
  const schema = activeSchema(db);
  const where = exportConditionsOf(db, filter);
  const ids = exportArticleIds(db, where.conditions);
  const includeRejected = options.includeRejected ?? false;
  const perRead = Math.max(1, Math.floor(options.articlesPerRead ?? EXPORT_WINDOW));
  return {
    total: ids.length,
    schema,
    filter: where.normalised,
    *[Symbol.iterator]() {
      // Articles of one document come one after another: index each document's text once.
      let cachedDocumentId = -1;
      let index = new CodePointIndex('');
      for (let from = 0; from < ids.length; from += perRead) {
        for (const { article, ranges, values } of readExportWindow(
          db,
          ids.slice(from, from + perRead),
        )) {
          if (cachedDocumentId !== article.documentId) {
            cachedDocumentId = article.documentId;
            index = new CodePointIndex(textOfDocument(db, article.documentId));
          }
          refuseValuesOfWrongType(db, schema, article.id, values);
          const record = buildCanonicalRecord({
            article: { ...article, ranges },
            document: {
              id: article.documentId,
              name: article.documentName,
              sha256: article.sha256,
              encoding: article.encoding,
            },
            documentIndex: index,
            schema,
            values,
            includeRejected,
          });
          verifySpans(index, record);
          yield record;
        }
      }
    },
  };
}
