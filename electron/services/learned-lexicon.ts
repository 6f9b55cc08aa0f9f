import { apiError } from '../../shared/contract/error-messages';
import {
  DEFAULT_REJECTION_THRESHOLD,
  isLexiconExtractor,
  LEARNED_EXTRACTOR,
  LearnedMatcher,
  learnedKey,
  standingOf,
  twinOf,
  type LearnedEntry,
  type LearnedEntryStanding,
} from '../../shared/extraction/learned';
import type { FieldSchema } from '../../shared/schema';
import { auditedWrite } from '../database/audited-write';
import {
  articlesKeeping,
  learnedChangesSince,
  learnedEntryRow,
  learnedEntryRows,
  learnedGeneration,
  lastLearnedChange,
  type LearnedEntryRow,
} from '../database/learned-lexicon-repository';
import { getMeta, setMeta } from '../database/meta-repository';
import type { ProjectDatabase } from '../database/open-project';
import { activeSchema } from '../database/schema-repository';
import { valuesOfArticle } from '../database/values-repository';
import { editWordList, entryKey, mergedEntry, wordListEntries } from './field-word-list';
import { editDecidedEntry } from './learned-entry-edit';
import { fieldOf } from './value-write';

/**
 * The project's learned lexicon as services use it: compiled once per change (the generation
 * counter of migration 0017 says when), its rejection threshold (a project setting), and the
 * curator's edits of it in the lexicon view.
 */

const THRESHOLD_KEY = 'learned_rejection_threshold';

/** How many rejections of a text for a field stop it being suggested there. */
export function rejectionThreshold(db: ProjectDatabase): number {
  const stored = Number(getMeta(db, THRESHOLD_KEY));
  return Number.isInteger(stored) && stored > 0 ? stored : DEFAULT_REJECTION_THRESHOLD;
}

export function setRejectionThreshold(
  db: ProjectDatabase,
  threshold: number,
  actor: string,
): { threshold: number } {
  return auditedWrite(db, actor, (write) => {
    const before = rejectionThreshold(db);
    if (before !== threshold) {
      setMeta(db, THRESHOLD_KEY, String(threshold));
      write.audit({
        entity: 'project',
        entityId: null,
        action: 'settings',
        before: { learnedRejectionThreshold: before },
        after: { learnedRejectionThreshold: threshold },
      });
    }
    return { threshold };
  });
}

/** A row as learning reads it: a kept value equal to its own text is "the text as found". */
export function entryOf(row: LearnedEntryRow): LearnedEntry {
  const decided = row.curatorValue ?? row.keptValue;
  const parsed = decided === null ? null : (JSON.parse(decided) as unknown);
  const value = typeof parsed === 'string' && learnedKey(parsed) === row.text ? null : parsed;
  return {
    field: row.fieldKey,
    text: row.text,
    keeps: row.keeps,
    rejects: row.rejects,
    firstArticle: row.firstArticle,
    value,
    status: row.status,
  };
}

/**
 * A compiled lexicon and what it was compiled from: the settings and schema (a change of either
 * compiles it whole), the generation it is up to, and the last logged change it has applied.
 */
interface Compiled {
  base: string;
  generation: number;
  lastChange: number;
  /** The schema's word lists, by entryKey. */
  words: Map<string, LearnedEntry>;
  /** Every entry, decided and word-listed, merged, by entryKey. */
  entries: Map<string, LearnedEntry>;
  list: LearnedEntry[] | null;
  matcher: LearnedMatcher;
}
const compiled = new WeakMap<ProjectDatabase, Compiled>();

/** More changes than this since the last look: compiling the whole lexicon again is cheaper. */
const MAX_INCREMENTAL_CHANGES = 2_000;

/**
 * The lexicon compiled for the schema. After decisions or edits, only the entries they changed
 * are read and updated in the compiled matcher (migration 0019 logs which); a new schema version
 * or threshold, or a log that no longer reaches back, compiles it whole.
 */
export function learnedLexicon(
  db: ProjectDatabase,
  schema: FieldSchema = activeSchema(db),
): {
  matcher: LearnedMatcher;
  entries: readonly LearnedEntry[];
  generation: number;
  /** Moves with the generation, the schema version and the threshold. */
  stamp: string;
} {
  const generation = learnedGeneration(db);
  const base = `${rejectionThreshold(db)} ${schema.id}@${schema.version}`;
  let known = compiled.get(db);
  if (known?.base === base && known.generation !== generation) {
    if (applyChanges(db, known)) known.generation = generation;
    else known = undefined;
  }
  if (known?.base !== base) {
    known = compileLearnedLexicon(db, schema, base, generation);
    compiled.set(db, known);
  }
  const state = known;
  return {
    matcher: state.matcher,
    get entries() {
      return (state.list ??= [...state.entries.values()]);
    },
    generation,
    stamp: `${generation} ${base}`,
  };
}

/** Reads and compiles every entry (exported for the benchmark's baseline). */
export function compileLearnedLexicon(
  db: ProjectDatabase,
  schema: FieldSchema,
  base = `${rejectionThreshold(db)} ${schema.id}@${schema.version}`,
  generation = learnedGeneration(db),
): Compiled {
  // Read before the entries: a change made meanwhile is applied again next time, never missed.
  const lastChange = lastLearnedChange(db);
  const words = wordListEntries(schema);
  const entries = new Map<string, LearnedEntry>();
  for (const row of learnedEntryRows(db)) {
    const key = entryKey(row.fieldKey, row.text);
    entries.set(key, mergedEntry(entryOf(row), words.get(key))!);
  }
  for (const [key, word] of words) if (!entries.has(key)) entries.set(key, word);
  const matcher = new LearnedMatcher([...entries.values()], schema, rejectionThreshold(db));
  return { base, generation, lastChange, words, entries, list: null, matcher };
}

/** Updates the entries the log names since the compiled state's last change; false: compile whole. */
function applyChanges(db: ProjectDatabase, known: Compiled): boolean {
  const log = learnedChangesSince(db, known.lastChange, MAX_INCREMENTAL_CHANGES);
  if (!log) return false;
  for (const { fieldKey, text } of log.changed) {
    const key = entryKey(fieldKey, text);
    const row = learnedEntryRow(db, fieldKey, text);
    const after = mergedEntry(row && entryOf(row), known.words.get(key));
    known.matcher.update(known.entries.get(key), after);
    if (after) known.entries.set(key, after);
    else known.entries.delete(key);
  }
  known.lastChange = log.last;
  if (log.changed.length > 0) known.list = null;
  return true;
}

/** An entry as the lexicon view shows it. */
export interface LexiconEntryView {
  fieldKey: string;
  text: string;
  keeps: number;
  rejects: number;
  /** The first articles that kept it. */
  articleIds: number[];
  /** The value it suggests when not its own text (an alias the curator set, a structured value). */
  value: unknown;
  standing: LearnedEntryStanding;
  /** Whether a curator edited it in the lexicon view. */
  edited: boolean;
  /** Whether it is in the field's word list (saved with the schema). */
  inWordList: boolean;
}

const EVIDENCE_ARTICLES = 3;

/** Every entry of the lexicon (one field's, or those whose text holds `query`), most kept first. */
export function listLexicon(
  db: ProjectDatabase,
  filter: { fieldKey?: string | undefined; query?: string | undefined },
): { threshold: number; entries: LexiconEntryView[] } {
  const threshold = rejectionThreshold(db);
  const query = filter.query ? learnedKey(filter.query) : '';
  const entries = learnedLexicon(db)
    .entries.filter(
      (e) =>
        (!filter.fieldKey || e.field === filter.fieldKey) &&
        (!query || e.text.includes(query) || twinOf(e.text).includes(twinOf(query))),
    )
    .sort((a, b) => b.keeps - a.keeps || b.rejects - a.rejects || a.text.localeCompare(b.text));
  return { threshold, entries: entries.map((e) => viewOf(db, e, threshold)) };
}

function viewOf(db: ProjectDatabase, entry: LearnedEntry, threshold: number): LexiconEntryView {
  return {
    fieldKey: entry.field,
    text: entry.text,
    keeps: entry.keeps,
    rejects: entry.rejects,
    articleIds: articlesKeeping(db, entry.field, entry.text, EVIDENCE_ARTICLES),
    value: entry.value,
    standing: standingOf(entry, threshold),
    edited: entry.status !== null,
    inWordList: entry.extractor !== undefined && isLexiconExtractor(entry.extractor),
  };
}

/**
 * A curator's edit of one entry: `remove` stops it being suggested (its votes stay counted),
 * `keep` suggests it whatever the rejections, optionally as another value (`协和医院` suggested
 * as `北京协和医院`), and adds an entry nobody decided yet; `reset` lets the votes decide again.
 */
export function editLexiconEntry(
  db: ProjectDatabase,
  input: {
    fieldKey: string;
    text: string;
    action: 'remove' | 'keep' | 'reset';
    valueText?: string | undefined;
  },
  actor: string,
): LexiconEntryView {
  return auditedWrite(db, actor, (write) => {
    const field = fieldOf(db, input.fieldKey);
    const text = learnedKey(input.text);
    if (text === '') {
      throw apiError('learn-text-empty', {}, ['text: empty once whitespace is removed']);
    }
    const beforeRow = learnedEntryRow(db, field.key, text);
    const before = beforeRow ? entryOf(beforeRow) : null;
    // A word-list edit is saved as a schema version; the rest is about decisions.
    if (!editWordList(db, write, field, text, input, beforeRow)) {
      editDecidedEntry(db, write, field, text, input, beforeRow);
    }
    const afterRow = learnedEntryRow(db, field.key, text);
    const after = mergedEntry(
      afterRow ? entryOf(afterRow) : undefined,
      wordListEntries(activeSchema(db)).get(entryKey(field.key, text)),
    ) ?? {
      field: field.key,
      text,
      keeps: 0,
      rejects: 0,
      firstArticle: null,
      value: null,
      status: null,
    };
    write.audit({
      entity: 'project',
      entityId: null,
      action: 'learned-lexicon',
      before: before && { field: before.field, text, status: before.status, value: before.value },
      after: { field: field.key, text, status: after.status, value: after.value },
    });
    return viewOf(db, after, rejectionThreshold(db));
  });
}

/** Why a learned suggestion was made: the entry whose text (or its twin) it was read as. */
export interface LearnedEvidence {
  valueId: number;
  fieldKey: string;
  text: string;
  keeps: number;
  rejects: number;
  /** The first articles that kept it, other than the one asking. */
  articleIds: number[];
}

/** The evidence of the given learned values of one article. */
export function evidenceOf(
  db: ProjectDatabase,
  articleId: number,
  values: readonly { id: number; fieldKey: string; raw: string }[],
): LearnedEvidence[] {
  if (values.length === 0) return [];
  const { entries } = learnedLexicon(db);
  const fields = new Set(values.map((v) => v.fieldKey));
  // One pass over the lexicon: by field and text, then by field and simplified twin.
  const exact = new Map<string, LearnedEntry>();
  const twins = new Map<string, LearnedEntry>();
  for (const e of entries) {
    if (!fields.has(e.field)) continue;
    exact.set(`${e.field} ${e.text}`, e);
    const twin = `${e.field} ${twinOf(e.text)}`;
    if ((twins.get(twin)?.keeps ?? -1) < e.keeps) twins.set(twin, e);
  }
  const out: LearnedEvidence[] = [];
  for (const value of values) {
    const key = learnedKey(value.raw);
    const entry =
      exact.get(`${value.fieldKey} ${key}`) ?? twins.get(`${value.fieldKey} ${twinOf(key)}`);
    if (!entry) continue;
    out.push({
      valueId: value.id,
      fieldKey: entry.field,
      text: entry.text,
      keeps: entry.keeps,
      rejects: entry.rejects,
      articleIds: articlesKeeping(db, entry.field, entry.text, EVIDENCE_ARTICLES + 1)
        .filter((id) => id !== articleId)
        .slice(0, EVIDENCE_ARTICLES),
    });
  }
  return out;
}

/** The evidence of every learned suggestion of an article, for the fields panel. */
export function learnedEvidenceOfArticle(
  db: ProjectDatabase,
  articleId: number,
): LearnedEvidence[] {
  const learned = valuesOfArticle(db, articleId).filter((v) => v.extractor === LEARNED_EXTRACTOR);
  return evidenceOf(db, articleId, learned);
}
