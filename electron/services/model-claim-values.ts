import { ApiError } from '../../shared/contract/errors';
import type { UngroundedReason } from '../../shared/contract/model';
import { canonicalJson } from '../../shared/extraction';
import type { SourceSpan } from '../../shared/extraction/source-span';
import type { ArticleGrounding } from '../../shared/grounding/ground-in-article';
import type { Field } from '../../shared/schema';
import { repeatsDecision, type CuratorDecisions } from '../database/curator-decisions';
import { parseFieldText } from './field-text-parser';

/** A grounded claim turned into a value of its field's type, ready to store as a suggestion. */
export interface ModelValue {
  field: string;
  value: unknown;
  raw: string;
  spans: SourceSpan[];
}

export interface UngroundedClaimValue {
  field: string;
  value: string;
  quote: string;
  reason: UngroundedReason;
}

export interface ClaimSelection {
  values: ModelValue[];
  ungrounded: UngroundedClaimValue[];
  /** Claims left out: they repeat a curator's decision, a value already there, or a settled field. */
  heldBack: number;
}

/** What the article holds already, as selectClaimValues weighs each claim against it. */
export interface ArticleState {
  fields: ReadonlyMap<string, Field>;
  decisions: CuratorDecisions;
  /** `field\0canonical JSON` of every value the article holds now (any state, any origin). */
  present: ReadonlySet<string>;
  /** Single-valued fields where a curator kept a value: nothing more is suggested for them. */
  settled: ReadonlySet<string>;
}

/**
 * The field's value for what the model said, else for the text it quoted: a model writes
 * "2021-07-26" where the article says 2021年7月26日, and either reads as a date. Null when
 * neither reads as the field's type.
 */
function typedValue(field: Field, said: string, quoted: string | null): unknown {
  for (const text of quoted === null ? [said] : [said, quoted]) {
    try {
      return parseFieldText(field, text);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
    }
  }
  return null;
}

/**
 * Chooses what of a grounded answer to store. Never suggests what a curator already decided (the
 * same value, or a span overlapping theirs, on the same field), nor a value the article already
 * holds; the same value claimed twice is one suggestion with both spans.
 */
export function selectClaimValues(
  grounding: ArticleGrounding,
  article: ArticleState,
): ClaimSelection {
  const values = new Map<string, ModelValue>();
  const ungrounded: UngroundedClaimValue[] = [];
  let heldBack = 0;
  for (const claim of grounding.grounded) {
    const field = article.fields.get(claim.field)!;
    const value = typedValue(field, claim.value, claim.span.text);
    if (value === null) {
      ungrounded.push({ ...pick(claim), reason: 'invalid-value' });
      continue;
    }
    const valueKey = canonicalJson(value);
    const key = `${claim.field}\u0000${valueKey}`;
    if (
      article.present.has(key) ||
      article.settled.has(claim.field) ||
      repeatsDecision(article.decisions, { field: claim.field, valueKey, spans: [claim.span] })
    ) {
      heldBack++;
      continue;
    }
    const same = values.get(key);
    if (same) {
      if (!same.spans.some((s) => s.start < claim.span.end && claim.span.start < s.end))
        same.spans.push(claim.span);
      continue;
    }
    values.set(key, { field: claim.field, value, raw: claim.span.text, spans: [claim.span] });
  }
  for (const claim of grounding.ungrounded) {
    const field = article.fields.get(claim.field);
    const value = field ? typedValue(field, claim.value, null) : null;
    const valueKey = value === null ? null : canonicalJson(value);
    if (
      valueKey !== null &&
      (article.present.has(`${claim.field}\u0000${valueKey}`) ||
        article.decisions.byField.get(claim.field)?.valueKeys.has(valueKey))
    ) {
      heldBack++;
      continue;
    }
    ungrounded.push({ ...pick(claim), reason: claim.reason });
  }
  for (const value of values.values()) value.spans.sort((a, b) => a.start - b.start);
  return { values: [...values.values()], ungrounded, heldBack };
}

function pick(claim: { field: string; value: string; quote: string }) {
  return { field: claim.field, value: claim.value, quote: claim.quote };
}
