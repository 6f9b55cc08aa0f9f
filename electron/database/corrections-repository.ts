import type { ArticlePlan } from '../../shared/pages/plan-page';
import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

const bySha = prepare<[sha256: string], { articles: string }>(
  'SELECT articles FROM segmentation_corrections WHERE document_sha256 = ?',
);

/** The curator's segmentation of a text, if they corrected it; it outlives the document row. */
export function findSegmentationCorrection(
  db: ProjectDatabase,
  sha256: string,
): ArticlePlan[] | null {
  const row = bySha.get(db, sha256);
  return row ? (JSON.parse(row.articles) as ArticlePlan[]) : null;
}

const upsert = prepare<[sha256: string, articles: string, at: string, actor: string]>(
  `INSERT INTO segmentation_corrections (document_sha256, articles, updated_at, actor) VALUES (?, ?, ?, ?)
   ON CONFLICT(document_sha256) DO UPDATE SET articles = excluded.articles, updated_at = excluded.updated_at, actor = excluded.actor`,
);

export function saveSegmentationCorrection(
  db: ProjectDatabase,
  sha256: string,
  articles: readonly ArticlePlan[],
  actor: string,
  at: string,
): void {
  upsert.run(db, sha256, JSON.stringify(articles), at, actor);
}
