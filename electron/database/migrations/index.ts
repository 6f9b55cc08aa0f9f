import { migration0001Initial } from './0001-initial';
import { migration0002Import } from './0002-import';
import { migration0003Fields } from './0003-fields';
import { migration0004Exports } from './0004-exports';
import { migration0005Review } from './0005-review';
import { migration0006Search } from './0006-search';
import { migration0007History } from './0007-history';
import { migration0008AuditChain } from './0008-audit-chain';
import { migration0009ExtractionState } from './0009-extraction-state';
import { migration0011SubjectRelevance } from './0011-subject-relevance';
import type { Migration } from './types';

/**
 * STAND-IN, NOT TO MERGE: migration 10 belongs to the search-index branch, which is not on main
 * yet. Migrations are numbered without gaps, so this branch holds its place with a no-op; when
 * merging, take that branch's 0010 instead of this and keep 0011 after it.
 */
const migration0010StandIn: Migration = { version: 10, name: 'stand-in-for-0010', up() {} };

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
  migration0010StandIn,
  migration0011SubjectRelevance,
];

export type { Migration } from './types';
