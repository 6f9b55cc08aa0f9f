import { createHash, hash } from 'node:crypto';
import { auditRowValues, type AuditRow } from './audit-row';

/**
 * The audit log is a hash chain: each row's `hash` is
 *
 *     SHA-256( previous row's hash (32 bytes) ‖ UTF-8 of canonicalAuditRow(row) )
 *
 * with 32 zero bytes before the first row. Changing, removing or inserting a row therefore breaks
 * the chain at that row, and `gleaner check` finds it. The serialisation is fixed here, once: a
 * JSON array of the stored columns in this order, each exactly as SQLite returns it (strings,
 * integers or null): the serialisation of audit row format 1 (audit-row.ts). Never change it:
 * every existing project's hashes were computed with it.
 */
/** The row the chain hashes (format 1); the name migration 0008, released, imports. */
export type AuditRowContent = AuditRow;

export const AUDIT_HASH_BYTES = 32;

/** The "previous hash" of the first row. */
export const GENESIS_HASH: Buffer = Buffer.alloc(AUDIT_HASH_BYTES);

/** The audit table's columns in the order of the canonical serialisation. */
export const CHAINED_COLUMNS = 'id, at, actor, entity, entity_id, action, before, after';

export function canonicalAuditRow(row: AuditRow): string {
  return JSON.stringify(auditRowValues(row));
}

export function chainHash(previous: Buffer, row: AuditRow): Buffer {
  return hashOnto(previous, canonicalAuditRow(row));
}

/**
 * The same hash from a raw row (`SELECT ${CHAINED_COLUMNS}` with `.raw()`): the verification of a
 * million rows skips building an object per row. `values` may hold more columns after these.
 */
export function chainHashOfRaw(previous: Buffer, values: readonly unknown[]): Buffer {
  return hashOnto(previous, JSON.stringify(values.length === 8 ? values : values.slice(0, 8)));
}

/**
 * previous ‖ canonical written into one reused buffer and hashed in one call: a bulk accept
 * hashes a row per value (millions at a million articles), and a Hash object per row cost
 * about as much as the row's insert.
 */
const scratch = Buffer.alloc(64 * 1024);

function hashOnto(previous: Buffer, canonical: string): Buffer {
  const needed = AUDIT_HASH_BYTES + Buffer.byteLength(canonical, 'utf8');
  if (needed > scratch.length)
    return createHash('sha256').update(previous).update(canonical, 'utf8').digest();
  previous.copy(scratch, 0, 0, AUDIT_HASH_BYTES);
  scratch.write(canonical, AUDIT_HASH_BYTES, 'utf8');
  return hash('sha256', scratch.subarray(0, needed), 'buffer');
}

// Paired surrogates are one code point under the u flag, so only a lone one matches.
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * SQLite stores a lone UTF-16 surrogate as bytes that read back as different characters, so a
 * hash over the string we were given would not match the string the check reads. Every text
 * column is made well-formed (U+FFFD for a lone surrogate) before it is hashed and stored.
 */
export function wellFormed(text: string): string {
  return LONE_SURROGATE.test(text) ? text.replace(/\p{Surrogate}/gu, '\uFFFD') : text;
}
