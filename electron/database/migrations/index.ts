import { migration0001Initial } from './0001-initial';
import { migration0002Import } from './0002-import';
import { migration0003Fields } from './0003-fields';
import { migration0004Exports } from './0004-exports';
import { migration0005Review } from './0005-review';
import { migration0006Search } from './0006-search';
import { migration0007History } from './0007-history';
import { migration0008AuditChain } from './0008-audit-chain';
import { migration0009ExtractionState } from './0009-extraction-state';
import { migration0010ContentlessSearch } from './0010-contentless-search';
import { migration0011SubjectRelevance } from './0011-subject-relevance';
import { migration0012Scale } from './0012-scale';
import { migration0013CompactSpans } from './0013-compact-spans';
import { migration0014ListOrder } from './0014-list-order';
import { migration0015BigramSearch } from './0015-bigram-search';
import { migration0019LearnedLexicon } from './0019-learned-lexicon';
import type { Migration } from './types';

/**
 * BRANCH `learning` ONLY, to be dropped when merging: migration numbers 16–18 belong to branches
 * not merged yet (storage, adjudication, comments), so this branch fills them with empty steps to
 * keep the numbering without gaps. A project file opened by this branch alone is a test file.
 */
function pendingMigrations(from: number, to: number): Migration[] {
  const steps: Migration[] = [];
  for (let version = from; version <= to; version++)
    steps.push({ version, name: `pending-${version}`, up: () => undefined });
  return steps;
}

/** Every migration, in order. Append new ones; never edit one that has shipped. */
export const migrations: readonly Migration[] = [
  migration0001Initial,
  migration0002Import,
  migration0003Fields,
  migration0004Exports,
  migration0005Review,
  migration0006Search,
  migration0007History,
  migration0008AuditChain,
  migration0009ExtractionState,
  migration0010ContentlessSearch,
  migration0011SubjectRelevance,
  migration0012Scale,
  migration0013CompactSpans,
  migration0014ListOrder,
  migration0015BigramSearch,
  ...pendingMigrations(16, 18),
  migration0019LearnedLexicon,
];

export type { Migration } from './types';
