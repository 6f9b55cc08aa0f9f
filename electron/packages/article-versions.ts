import type { ProjectDatabase } from '../database/open-project';
import { versionView, type VersionView } from './adjudication-list';
import { readAnnotations } from './annotations';

/** One curator's version of an article: every value they decided in it. */
export interface ArticleVersion {
  curator: string;
  packageId: string;
  mergedAt: string;
  values: (VersionView & { field: string })[];
}

/**
 * Each curator's version of one article, as the merges of their work packages recorded it
 * (double annotation, issue 20): the values they decided, with state, spans, who and when,
 * whatever the merges took into the project. Oldest merge first; an article no merged package
 * carried has none.
 */
export function articleVersions(db: ProjectDatabase, articleId: number): ArticleVersion[] {
  return readAnnotations(db)
    .filter((record) => record.articles.includes(articleId))
    .map((record) => ({
      curator: record.curator,
      packageId: record.packageId,
      mergedAt: record.mergedAt,
      values: record.values
        .filter((v) => v.articleId === articleId)
        .map((v) => ({ ...versionView(v)!, field: v.fieldKey })),
    }));
}
