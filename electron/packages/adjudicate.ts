import { apiError } from '../../shared/contract/error-messages';
import { canonicalJson } from '../../shared/extraction';
import {
  adjudicationRecord,
  deleteAdjudicationRecord,
  writeAdjudicationRecord,
} from '../database/adjudication-repository';
import { auditedWrite } from '../database/audited-write';
import type { ProjectDatabase } from '../database/open-project';
import { spansOfValue, valueRow } from '../database/value-edits-repository';
import {
  addValue,
  attachSpan,
  detachSpan,
  editValue,
  removeValue,
  revertValue,
} from '../services/value-editing';
import { setValueState } from '../services/value-review';
import { currentValues, versionView, type VersionView } from './adjudication-list';
import { takeValueContent } from './take-value-content';
import { disagreementOf, type Disagreement } from './annotations';

/** A reviewer's decision on one disagreement: a curator's version, both, neither, or new text. */
export type AdjudicationChoice = 'a' | 'b' | 'both' | 'neither' | 'edit';

/** One value write an adjudication made; `from` null: the value was added by it. */
interface AdjudicationWrite {
  valueId: number;
  from: number | null;
}

interface AdjudicationRecord {
  choice: AdjudicationChoice;
  actor: string;
  at: string;
  articleId: number;
  field: string;
  writes: AdjudicationWrite[];
}

export interface AdjudicationResult {
  key: string;
  choice: AdjudicationChoice;
  /** The project's values that hold the decision (kept, added or edited) or that it rejected. */
  values: number[];
}

/**
 * Decides one disagreement of two curators (issue 20, double annotation): the project's values
 * it refers to are made to hold the chosen version(s), through the ordinary value writers (each
 * write audited with its revision, under the article guard), in one transaction with an
 * `adjudicate` audit row naming both versions and the choice. A version one curator does not
 * keep (rejected, or no such value) is taken by rejecting the project's value: nothing is
 * deleted. `seen` holds the revisions of the project's values the reviewer looked at: if one
 * changed since, nothing is written (a stale decision is refused, not applied).
 */
export function adjudicate(
  db: ProjectDatabase,
  input: {
    key: string;
    choice: AdjudicationChoice;
    text?: string | undefined;
    seen?: Readonly<Record<string, number>> | undefined;
  },
  actor: string,
): AdjudicationResult {
  return auditedWrite(db, actor, (write) => {
    if (adjudicationRecord(db, input.key) !== undefined)
      throw apiError('disagreement-already-adjudicated', { key: input.key });
    const d = findDisagreement(db, input.key);
    const current = currentValues(db, d);
    for (const value of current) {
      const seen = input.seen?.[String(value.id)];
      if (seen !== undefined && seen !== value.revision)
        throw apiError('adjudicated-value-changed', {
          valueId: value.id,
          articleId: d.articleId,
          stored: value.revision,
          seen,
        });
    }
    const writes = new ValueWrites(db, actor, d);
    const free = current.map((v) => v.id);
    if (input.choice === 'edit') writes.edit(free, input.text);
    else for (const version of chosenVersions(d, input.choice)) writes.take(version, free);
    for (const id of free) writes.reject(id);
    const record: AdjudicationRecord = {
      choice: input.choice,
      actor,
      at: write.at,
      articleId: d.articleId,
      field: d.field,
      writes: writes.log,
    };
    writeAdjudicationRecord(db, input.key, JSON.stringify(record));
    write.audit({
      entity: 'article',
      entityId: d.articleId,
      action: 'adjudicate',
      before: {
        field: d.field,
        curators: d.curators,
        versions: d.versions.map((v) => versionView(v)),
      },
      after: {
        key: input.key,
        choice: input.choice,
        ...(input.text !== undefined ? { text: input.text } : {}),
        values: writes.log.map((w) => w.valueId),
      },
    });
    return {
      key: input.key,
      choice: input.choice,
      values: [...new Set([...writes.kept, ...writes.log.map((w) => w.valueId)])],
    };
  });
}

/**
 * Undoes an adjudication: every value write it made is reverted (newest first, each a new
 * audited revision), a value it added is removed, and the disagreement is open again.
 */
export function undoAdjudication(
  db: ProjectDatabase,
  input: { key: string },
  actor: string,
): { key: string } {
  return auditedWrite(db, actor, (write) => {
    const stored = adjudicationRecord(db, input.key);
    if (stored === undefined) throw apiError('disagreement-not-adjudicated', { key: input.key });
    const record = JSON.parse(stored) as AdjudicationRecord;
    for (const w of [...record.writes].reverse()) {
      const row = valueRow(db, w.valueId);
      if (!row) continue;
      if (w.from === null) removeValue(db, { valueId: w.valueId, revision: row.revision }, actor);
      else
        revertValue(db, { valueId: w.valueId, revision: row.revision, toRevision: w.from }, actor);
    }
    deleteAdjudicationRecord(db, input.key);
    write.audit({
      entity: 'article',
      entityId: record.articleId,
      action: 'adjudicate-undo',
      before: { key: input.key, choice: record.choice, field: record.field },
      after: { values: record.writes.map((w) => w.valueId) },
    });
    return { key: input.key };
  });
}

function findDisagreement(db: ProjectDatabase, key: string): Disagreement {
  const found = disagreementOf(db, key);
  if (!found) throw apiError('disagreement-missing', { key });
  return found;
}

/** The versions a choice keeps: a rejected version, or none, keeps no value. */
function chosenVersions(d: Disagreement, choice: 'a' | 'b' | 'both' | 'neither'): VersionView[] {
  const a = versionView(d.versions[0]);
  const b = versionView(d.versions[1]);
  const chosen = choice === 'a' ? [a] : choice === 'b' ? [b] : choice === 'both' ? [a, b] : [];
  return chosen.filter((v): v is VersionView => v !== null && v.state !== 'rejected');
}

const spanKey = (s: { start: number; end: number }) => `${s.start}-${s.end}`;

/** The value writes of one adjudication, each logged with the revision it started from. */
class ValueWrites {
  readonly log: AdjudicationWrite[] = [];
  /** The values that hold the chosen version(s), written or already as chosen. */
  readonly kept: number[] = [];

  constructor(
    private readonly db: ProjectDatabase,
    private readonly actor: string,
    private readonly d: Disagreement,
  ) {}

  /** Makes one of the free project values hold `version` (its own value first), or adds it. */
  take(version: VersionView, free: number[]): void {
    const own = free.indexOf(version.id);
    const carrier = own >= 0 ? free.splice(own, 1)[0] : free.shift();
    if (carrier === undefined) {
      this.add(version.raw, version.spans);
      return;
    }
    this.kept.push(carrier);
    const row = this.row(carrier);
    const sameContent =
      canonicalJson(JSON.parse(row.value)) === canonicalJson(version.value) &&
      row.raw === version.raw;
    if (!sameContent)
      this.run(carrier, (revision) =>
        takeValueContent(
          this.db,
          { valueId: carrier, revision, value: version.value, raw: version.raw },
          this.actor,
        ),
      );
    // The version keeps the value: one the project rejected or left suggested is accepted, and so
    // is one a version accepted as it was (an edit above left it 'edited').
    const state = this.row(carrier).state;
    if (
      state === 'rejected' ||
      state === 'suggested' ||
      (version.state === 'accepted' && state !== 'accepted')
    )
      this.run(carrier, (revision) =>
        setValueState(this.db, { valueId: carrier, revision, state: 'accepted' }, this.actor),
      );
    this.matchSpans(carrier, version.spans);
  }

  /** The reviewer's own text in the first free value (or a new one with a curator's spans). */
  edit(free: number[], text: string | undefined): void {
    if (text === undefined || text.trim() === '')
      throw apiError('adjudication-edit-text-required', {}, ['text: required when choice is edit']);
    const carrier = free.shift();
    if (carrier === undefined) {
      const spans = versionView(this.d.versions[0] ?? this.d.versions[1])?.spans ?? [];
      this.add(text, spans);
      return;
    }
    this.kept.push(carrier);
    this.run(carrier, (revision) =>
      editValue(this.db, { valueId: carrier, revision, text }, this.actor),
    );
  }

  reject(valueId: number): void {
    if (this.row(valueId).state === 'rejected') return;
    this.run(valueId, (revision) =>
      setValueState(this.db, { valueId, revision, state: 'rejected' }, this.actor),
    );
  }

  private add(text: string, spans: readonly { start: number; end: number }[]): void {
    const added = addValue(
      this.db,
      {
        articleId: this.d.articleId,
        fieldKey: this.d.field,
        text,
        spans: spans.map(({ start, end }) => ({ start, end })),
      },
      this.actor,
    );
    this.log.push({ valueId: added.id, from: null });
    this.kept.push(added.id);
  }

  /** Attaches the version's spans the value lacks, then detaches those it has beyond them. */
  private matchSpans(valueId: number, spans: readonly { start: number; end: number }[]): void {
    const wanted = new Set(spans.map(spanKey));
    const has = spansOfValue(this.db, valueId);
    const held = new Set(has.map(spanKey));
    for (const s of spans)
      if (!held.has(spanKey(s)))
        this.run(valueId, (revision) =>
          attachSpan(this.db, { valueId, revision, start: s.start, end: s.end }, this.actor),
        );
    for (const s of has)
      if (!wanted.has(spanKey(s)))
        this.run(valueId, (revision) =>
          detachSpan(this.db, { valueId, revision, start: s.start, end: s.end }, this.actor),
        );
  }

  private run(valueId: number, write: (revision: number) => unknown): void {
    const from = this.row(valueId).revision;
    write(from);
    this.log.push({ valueId, from });
  }

  private row(valueId: number) {
    const row = valueRow(this.db, valueId);
    if (!row) throw apiError('value-missing', { valueId });
    return row;
  }
}
