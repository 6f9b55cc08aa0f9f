import type { SideRows, SpanRow, ValueRow } from '../database/packages-repository';
import { isDropped, type PlanContext } from './merge-plan-types';

function valueContent(v: ValueRow, spans: readonly SpanRow[]): string {
  return JSON.stringify([v.fieldKey, v.value, v.raw, v.state, spans.map((s) => [s.start, s.end])]);
}

/** A stored value (JSON) as the words a person reads: a text as itself, anything else as JSON. */
export function valueText(json: string): string {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    return json;
  }
}

/** The value and its review state, for the conflict view to format by the field's type. */
function valueOf(v: ValueRow | undefined): { value?: unknown; state?: string } {
  if (!v) return {};
  try {
    return { value: JSON.parse(v.value) as unknown, state: v.state };
  } catch {
    return { value: v.value, state: v.state };
  }
}

function spansByValue(rows: SideRows): Map<number, SpanRow[]> {
  const map = new Map<number, SpanRow[]>();
  for (const s of rows.spans) {
    let list = map.get(s.valueId);
    if (!list) map.set(s.valueId, (list = []));
    list.push(s);
  }
  return map;
}

/**
 * Decides each candidate value (changed, added or removed in the package, or on a page it
 * resegmented): changed in the package only, it is taken; changed differently on both sides, a
 * conflict. Values of an article or page whose project side was kept are left alone.
 */
export function planValues(context: PlanContext): void {
  const { stamp, main, pkg, plan, missing, documentOf } = context;
  const mainValues = new Map(main.values.map((v) => [v.id, v]));
  const packageValues = new Map(pkg.values.map((v) => [v.id, v]));
  const spans = { main: spansByValue(main), package: spansByValue(pkg) };
  const packagePages = new Set(plan.segmentation);
  const candidates = [...new Set([...packageValues.keys(), ...mainValues.keys()])].sort(
    (a, b) => a - b,
  );
  for (const valueId of candidates) {
    const stampedRevision = stamp.values[valueId];
    if (stampedRevision === undefined) continue;
    const theirs = packageValues.get(valueId);
    const ours = mainValues.get(valueId);
    const articleId = theirs?.articleId ?? ours?.articleId ?? -1;
    const documentId = documentOf.get(articleId) ?? -1;
    if (missing.has(documentId) || isDropped(plan, articleId, documentId)) continue;
    const same = () =>
      theirs !== undefined &&
      ours !== undefined &&
      valueContent(theirs, spans.package.get(valueId) ?? []) ===
        valueContent(ours, spans.main.get(valueId) ?? []);
    // A split or merge may divide a value's spans between articles without a new revision:
    // on a page whose segmentation comes from the package, differing spans are its change too.
    const theyChanged =
      !theirs ||
      theirs.revision !== stampedRevision ||
      (packagePages.has(documentId) && ours !== undefined && !same());
    if (!theyChanged) continue;
    const weChanged = !ours || ours.revision !== stampedRevision;
    if (!weChanged) {
      if (theirs) plan.values.push({ id: valueId, revision: theirs.revision });
      else plan.removed.push(valueId);
      continue;
    }
    if ((!theirs && !ours) || same()) continue;
    const words = (v: ValueRow | undefined) => (v ? `${valueText(v.value)} (${v.state})` : null);
    const choice = context.decide({
      id: `value:${valueId}`,
      kind: 'value',
      rowId: valueId,
      documentId,
      field: (theirs ?? ours)!.fieldKey,
      main: {
        ...context.side(
          words(ours),
          spans.main.get(valueId),
          context.authors.main('value', valueId),
        ),
        ...valueOf(ours),
      },
      package: {
        ...context.side(
          words(theirs),
          spans.package.get(valueId),
          context.authors.package('value', valueId),
        ),
        ...valueOf(theirs),
      },
    });
    if (choice !== 'package') continue;
    if (!theirs) plan.removed.push(valueId);
    else if (!ours) plan.added.push(theirs);
    else plan.values.push({ id: valueId, revision: Math.max(theirs.revision, ours.revision) + 1 });
  }
  for (const theirs of pkg.values) {
    const documentId = documentOf.get(theirs.articleId) ?? -1;
    if (stamp.values[theirs.id] !== undefined || missing.has(documentId)) continue;
    if (!isDropped(plan, theirs.articleId, documentId)) plan.added.push(theirs);
  }
}
