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
import { migration0018CommentThreads } from './0018-comment-threads';
import { migration0019LearnedLexicon } from './0019-learned-lexicon';
import { migration0021ModelCache } from './0021-model-cache';
import type { Migration } from './types';

/**
 * PLACEHOLDERS for migrations 16 and 17, which other branches add (issue 16.7, 22.x). They keep
 * this branch's numbering contiguous until those branches are merged; on merge, each is replaced
 * by the real migration of its number and never ships as a no-op.
 */
const pendingOnOtherBranches = (version: number): Migration => ({
  version,
  name: `pending-${version}`,
  up: () => {},
});

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
  pendingOnOtherBranches(16),
  pendingOnOtherBranches(17),
  migration0018CommentThreads,
  migration0019LearnedLexicon,
  pendingOnOtherBranches(20),
  migration0021ModelCache,
];

export type { Migration } from './types';
