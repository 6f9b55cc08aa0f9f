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
import { migration0016CommentThreads } from './0016-comment-threads';
import { migration0017LearnedLexicon } from './0017-learned-lexicon';
import { migration0018ModelCache } from './0018-model-cache';
import { migration0019LearnedChanges } from './0019-learned-changes';
import { migration0020RetiredIds } from './0020-retired-ids';
import { migration0021SetBasedValueWrites } from './0021-set-based-value-writes';
import { migration0022CompactRanges } from './0022-compact-ranges';
import type { Migration } from './types';

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
  migration0016CommentThreads,
  migration0017LearnedLexicon,
  migration0018ModelCache,
  migration0019LearnedChanges,
  migration0020RetiredIds,
  migration0021SetBasedValueWrites,
  migration0022CompactRanges,
];

export type { Migration } from './types';
