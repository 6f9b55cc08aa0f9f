import { offSubjectSchema, type OffSubject } from '../../shared/contract/domain';

// Whether an article is about the schema's subject (migration 11). Set by extraction in the
// transaction that stores the article's suggestions, so the flag and the confidences it lowered
// always go together (extraction-state.ts writes it with the article's extraction mark).

/** The stored column as the contract has it; a value that does not parse counts as none. */
export function parseOffSubject(stored: string | null): OffSubject | null {
  if (stored === null) return null;
  const parsed = offSubjectSchema.safeParse(JSON.parse(stored));
  return parsed.success ? parsed.data : null;
}
