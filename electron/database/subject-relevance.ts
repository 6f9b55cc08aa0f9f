import { offSubjectSchema, type OffSubject } from '../../shared/contract/domain';
import type { ProjectDatabase } from './open-project';
import { statement } from './statement-cache';

// Whether an article is about the schema's subject (migration 11). Set by extraction in the
// transaction that stores the article's suggestions, so the flag and the confidences it lowered
// always go together.

/** Stores the verdict: `flag` for an article not about the subject, null for one that is. */
export function markArticleRelevance(
  db: ProjectDatabase,
  articleId: number,
  flag: OffSubject | null,
): void {
  statement(db, 'UPDATE articles SET off_subject = ? WHERE id = ?').run(
    flag ? JSON.stringify(flag) : null,
    articleId,
  );
}

/** The stored column as the contract has it; a value that does not parse counts as none. */
export function parseOffSubject(stored: string | null): OffSubject | null {
  if (stored === null) return null;
  const parsed = offSubjectSchema.safeParse(JSON.parse(stored));
  return parsed.success ? parsed.data : null;
}
