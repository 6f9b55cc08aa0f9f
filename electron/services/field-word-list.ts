import {
  learnedKey,
  wordListExtractorId,
  type LearnedEntry,
} from '../../shared/extraction/learned';
import type { Field, FieldSchema, WordListEntry } from '../../shared/schema';
import type { AuditedWrite } from '../database/audited-write';
import {
  clearLearnedEntry,
  writeLearnedEntry,
  type LearnedEntryRow,
} from '../database/learned-lexicon-repository';
import type { ProjectDatabase } from '../database/open-project';
import { activeSchema } from '../database/schema-repository';
import { parseFieldText } from './field-text-parser';
import { saveNextSchemaVersion } from './schema-version-save';

/**
 * A field's word list (issue 22, point 3) lives in the schema, beside its patterns: every save
 * of it is a new schema version (schema history shows it, an exported schema carries it), and
 * extraction finds its texts through the learned lexicon's automaton, with the word list's own
 * extractor id so the dashboard counts it apart.
 */

/** The key of an entry in a compiled lexicon: its field and text. */
export function entryKey(fieldKey: string, text: string): string {
  return `${fieldKey}\u0000${text}`;
}

/** The schema's word lists as lexicon entries, by entryKey; an entry whose value no longer parses is left out. */
export function wordListEntries(schema: FieldSchema): Map<string, LearnedEntry> {
  const out = new Map<string, LearnedEntry>();
  for (const field of schema.fields) {
    if (!field.lexicon || field.retired) continue;
    const extractor = wordListExtractorId(field.key);
    for (const word of field.lexicon) {
      const text = learnedKey(word.text);
      if (text === '') continue;
      let value: unknown = null;
      if (word.value !== undefined) {
        try {
          value = parseFieldText(field, word.value);
        } catch {
          continue;
        }
        if (typeof value === 'string' && learnedKey(value) === text) value = null;
      }
      out.set(entryKey(field.key, text), {
        field: field.key,
        text,
        keeps: 0,
        rejects: 0,
        firstArticle: null,
        value,
        status: 'kept',
        extractor,
      });
    }
  }
  return out;
}

/**
 * One entry from what curators decided and what the word list says. A word-list text is
 * suggested whatever the rejections (the curator put it there) unless removed in the lexicon
 * view; its value is the word list's when it gives one.
 */
export function mergedEntry(
  learned: LearnedEntry | undefined,
  word: LearnedEntry | undefined,
): LearnedEntry | undefined {
  if (!word) return learned;
  if (!learned) return word;
  return {
    ...learned,
    status: learned.status === 'removed' ? 'removed' : 'kept',
    value: word.value ?? learned.value,
    ...(word.extractor ? { extractor: word.extractor } : {}),
  };
}

/** Why a word-list entry cannot be saved for its field (its value does not parse), one per entry. */
export function wordListProblems(schema: FieldSchema): string[] {
  const problems: string[] = [];
  schema.fields.forEach((field, i) => {
    field.lexicon?.forEach((word, j) => {
      if (word.value === undefined) return;
      try {
        parseFieldText(field, word.value);
      } catch (error) {
        problems.push(
          `field "${field.key}" (fields[${i}]).lexicon[${j}]: "${word.text}" = ${(error as Error).message}`,
        );
      }
    });
  });
  return problems;
}

/** What a save of a word list changed, for its audit row. */
export interface WordListChange {
  field: string;
  added: number;
  changed: number;
  removed: number;
}

/**
 * Saves a field's word list as the schema's next version and makes it active, audited in the
 * caller's write as a schema update (nothing is saved when the list is unchanged).
 */
export function saveWordList(
  db: ProjectDatabase,
  write: AuditedWrite,
  field: Field,
  entries: readonly WordListEntry[],
): { id: string; version: number; change: WordListChange } {
  const current = activeSchema(db);
  const before = current.fields.find((f) => f.key === field.key)?.lexicon ?? [];
  const change = wordListChange(field.key, before, entries);
  if (change.added + change.changed + change.removed === 0) {
    return { id: current.id, version: current.version, change };
  }
  const next: FieldSchema = {
    ...current,
    fields: current.fields.map((f) => {
      if (f.key !== field.key) return f;
      const { lexicon: _old, ...rest } = f;
      return entries.length > 0 ? { ...rest, lexicon: [...entries] } : rest;
    }),
  };
  const saved = saveNextSchemaVersion(db, write, current, next, {
    changes: {
      added: [],
      removed: [],
      retired: [],
      restored: [],
      relabelled: [],
      otherwiseChanged: [field.key],
    },
    wordList: change,
  });
  return { ...saved, change };
}

/**
 * A lexicon-view edit that belongs to the word list, made there (a schema version): removing or
 * resetting a text of the list (taking it out), or keeping a text of the list or one nobody
 * decided yet (a curator's own).
 * False when the edit is about decisions only (restoring a rejected text, an alias for a kept
 * one), which the learned entries hold.
 */
export function editWordList(
  db: ProjectDatabase,
  write: AuditedWrite,
  field: Field,
  text: string,
  input: { action: 'remove' | 'keep' | 'reset'; valueText?: string | undefined },
  decided: LearnedEntryRow | undefined,
): boolean {
  const words = field.lexicon ?? [];
  const listed = words.some((w) => w.text === text);
  if ((input.action === 'remove' || input.action === 'reset') && listed) {
    // Out of the list; `reset` then lets the votes decide, as for any entry.
    saveWordList(
      db,
      write,
      field,
      words.filter((w) => w.text !== text),
    );
    // Curators' keeps would suggest it again: the curator's word stops them too.
    if (input.action === 'remove' && decided && decided.keeps > 0) {
      writeLearnedEntry(
        db,
        { fieldKey: field.key, text, status: 'removed', value: null },
        write.at,
        write.actor,
      );
    }
    return true;
  }
  if (input.action !== 'keep' || (!listed && decided)) return false;
  const valueText = input.valueText?.trim();
  const value = valueText ? parseFieldText(field, valueText) : null;
  const word =
    valueText && !(typeof value === 'string' && learnedKey(value) === text)
      ? { text, value: valueText }
      : { text };
  const next = listed
    ? words.map((w) => (w.text === text && (valueText || !w.value) ? word : w))
    : [...words, word];
  saveWordList(db, write, field, next);
  if (decided?.status === 'removed') clearLearnedEntry(db, field.key, text);
  return true;
}

function wordListChange(
  fieldKey: string,
  before: readonly WordListEntry[],
  after: readonly WordListEntry[],
): WordListChange {
  const old = new Map(before.map((w) => [w.text, w.value]));
  const now = new Set(after.map((w) => w.text));
  let added = 0;
  let changed = 0;
  for (const word of after) {
    if (!old.has(word.text)) added++;
    else if (old.get(word.text) !== word.value) changed++;
  }
  const removed = before.filter((w) => !now.has(w.text)).length;
  return { field: fieldKey, added, changed, removed };
}
