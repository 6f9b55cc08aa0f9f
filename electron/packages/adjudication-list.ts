import type { ProjectDatabase } from '../database/open-project';
import { adjudicationRecords } from '../database/adjudication-repository';
import { spansOfValue, valueRow } from '../database/value-edits-repository';
import { projectAgreement, type CuratorValue, type Disagreement } from './annotations';

/** A curator's version of a value as the adjudication view shows it. */
export interface VersionView {
  /** The value's id in the project; negative: only in the package (never applied). */
  id: number;
  state: string;
  /** The value as stored, parsed (the field's type formats it); its text when not recorded. */
  value: unknown;
  raw: string;
  spans: { start: number; end: number; text: string }[];
  actor: string | null;
  at: string | null;
}

/** A value of the project as it is now. */
export interface ProjectValueView {
  id: number;
  revision: number;
  state: string;
  value: unknown;
  raw: string;
  spans: { start: number; end: number; text: string }[];
}

export interface DisagreementView {
  key: string;
  articleId: number;
  field: string;
  curators: [string, string];
  versions: [VersionView | null, VersionView | null];
  /** The project's values the versions refer to, as they are now (what a choice changes). */
  current: ProjectValueView[];
}

export interface AdjudicationList {
  /** Disagreements still open, by article then field. */
  open: DisagreementView[];
  /** Every disagreement of the curators, decided or not (the agreement figures' count). */
  total: number;
}

function parsed(json: string | undefined, fallback: string): unknown {
  if (json === undefined) return fallback;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

/** The text of a value known only by its key: a text value as itself, anything else as JSON. */
function rawOfKey(valueKey: string): string {
  const value = parsed(valueKey, valueKey);
  return typeof value === 'string' ? value : valueKey;
}

/** Spans of a recorded version with their text; older records kept only the offsets. */
function spansOf(v: CuratorValue): VersionView['spans'] {
  if (v.spanTexts !== undefined)
    return (JSON.parse(v.spanTexts) as [number, number, string][]).map(([start, end, text]) => ({
      start,
      end,
      text,
    }));
  return v.spans === ''
    ? []
    : v.spans.split(',').map((pair) => {
        const [start, end] = pair.split('-').map(Number) as [number, number];
        return { start, end, text: '' };
      });
}

export function versionView(v: CuratorValue | null): VersionView | null {
  if (!v) return null;
  return {
    id: v.id,
    state: v.state,
    // A record from before versions were kept whole has only the value key: the canonical JSON
    // of the value, so it still parses to the value itself.
    value: parsed(v.value ?? v.valueKey, v.valueKey),
    raw: v.raw ?? rawOfKey(v.valueKey),
    spans: spansOf(v),
    actor: v.actor ?? null,
    at: v.at ?? null,
  };
}

/** The project's values a disagreement refers to (those still in the project), now. */
export function currentValues(db: ProjectDatabase, d: Disagreement): ProjectValueView[] {
  const ids = [...new Set(d.versions.flatMap((v) => (v && v.id > 0 ? [v.id] : [])))];
  return ids.flatMap((id) => {
    const row = valueRow(db, id);
    if (!row) return [];
    return [
      {
        id,
        revision: row.revision,
        state: row.state,
        value: parsed(row.value, row.raw),
        raw: row.raw,
        spans: spansOfValue(db, id),
      },
    ];
  });
}

/**
 * The disagreements of double annotation a reviewer has still to decide: the same comparison the
 * agreement figures come from (projectAgreement), less those already adjudicated, each with both
 * curators' versions (value, state, spans with their text, who and when) and the project's
 * values as they are now.
 */
export function listDisagreements(db: ProjectDatabase): AdjudicationList {
  const { disagreements } = projectAgreement(db);
  const decided = adjudicationRecords(db);
  // By article then field across every pair of curators, so one article's are decided together.
  const open = disagreements
    .filter((d) => !decided.has(d.key))
    .sort((x, y) => x.articleId - y.articleId || x.field.localeCompare(y.field))
    .map((d): DisagreementView => ({
      key: d.key,
      articleId: d.articleId,
      field: d.field,
      curators: d.curators,
      versions: [versionView(d.versions[0]), versionView(d.versions[1])],
      current: currentValues(db, d),
    }));
  return { open, total: disagreements.length };
}

/** How many of the curators' disagreements no reviewer has adjudicated yet. */
export function openDisagreementCount(
  db: ProjectDatabase,
  disagreements: readonly Disagreement[],
): number {
  const decided = adjudicationRecords(db);
  return disagreements.filter((d) => !decided.has(d.key)).length;
}
