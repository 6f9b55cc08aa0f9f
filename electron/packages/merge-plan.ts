import type { ArticleRow, SideRows, SpanRow, ValueRow } from '../database/packages-repository';
import { segmentationKeys, type PackageStamp } from './package-stamp';

export type MergeChoice = 'package' | 'main';

/** One side of a conflict as the conflict view shows it; `null` fields: the row was removed. */
export interface ConflictSide {
  /** What the side holds, in words: the value, the status, or the page's articles' ranges. */
  summary: string | null;
  spans: { start: number; end: number; text: string }[];
  actor: string | null;
  at: string | null;
}

export interface MergeConflict {
  /** `value:12`, `state:4`, `segmentation:2`: the key of a choice. */
  id: string;
  kind: 'value' | 'state' | 'segmentation';
  /** The row's id in the project (value, article or document). */
  rowId: number;
  documentId: number;
  /** The field of a value conflict. */
  field: string | null;
  main: ConflictSide;
  package: ConflictSide;
}

export interface MergeResolutions {
  /** Per conflict id. */
  choices?: Readonly<Record<string, MergeChoice>>;
  /** For every conflict without a choice of its own ("take all from package" / "keep all main"). */
  prefer?: MergeChoice | undefined;
}

/**
 * What merging a package changes, decided from three states of each carried row: the stamp, the
 * project now and the package now. A row changed on one side only is taken from that side; a row
 * changed on both sides to different contents is a conflict, decided only by a resolution.
 */
export interface MergePlan {
  conflicts: MergeConflict[];
  /** Conflicts with a choice, and that choice. */
  resolved: { conflict: MergeConflict; choice: MergeChoice }[];
  /** Pages whose segmentation is taken from the package. */
  segmentation: number[];
  /** Package article rows whose workflow state is taken. */
  states: ArticleRow[];
  /** Values whose content is taken from the package (they exist on both sides). */
  values: { id: number; revision: number }[];
  /** Values removed in the package. */
  removed: number[];
  /** Package values the project lacks (added in the package, or removed in the project but
   * edited in the package and taken from it). */
  added: ValueRow[];
  /** Pages the stamp names that the project no longer holds: nothing of them is merged. */
  missingDocuments: number[];
}

function valueContent(v: ValueRow, spans: readonly SpanRow[]): string {
  return JSON.stringify([v.fieldKey, v.value, v.raw, v.state, spans.map((s) => [s.start, s.end])]);
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

type Author = (
  entity: 'value' | 'article' | 'document',
  id: number,
) => { actor: string; at: string } | null;

export function planMerge(
  stamp: PackageStamp,
  main: SideRows,
  pkg: SideRows,
  resolutions: MergeResolutions,
  authors: { main: Author; package: Author },
): MergePlan {
  const plan: MergePlan = {
    conflicts: [],
    resolved: [],
    segmentation: [],
    states: [],
    values: [],
    removed: [],
    added: [],
    missingDocuments: [],
  };
  const decide = (conflict: MergeConflict): MergeChoice | undefined => {
    const choice = resolutions.choices?.[conflict.id] ?? resolutions.prefer;
    if (choice) plan.resolved.push({ conflict, choice });
    else plan.conflicts.push(conflict);
    return choice;
  };
  const side = (
    summary: string | null,
    spans: SpanRow[] | undefined,
    author: { actor: string; at: string } | null,
  ): ConflictSide => ({
    summary,
    spans: (spans ?? []).map(({ start, end, text }) => ({ start, end, text })),
    actor: author?.actor ?? null,
    at: author?.at ?? null,
  });

  const mainDocuments = new Set(main.documents.map((d) => d.id));
  const mainKeys = segmentationKeys(main);
  const packageKeys = segmentationKeys(pkg);
  for (const [id, stamped] of Object.entries(stamp.documents)) {
    const documentId = Number(id);
    if (!mainDocuments.has(documentId)) {
      plan.missingDocuments.push(documentId);
      continue;
    }
    const ours = mainKeys.get(documentId) ?? '';
    const theirs = packageKeys.get(documentId) ?? '';
    if (theirs === stamped) continue;
    if (ours === stamped) plan.segmentation.push(documentId);
    else if (ours !== theirs) {
      const choice = decide({
        id: `segmentation:${documentId}`,
        kind: 'segmentation',
        rowId: documentId,
        documentId,
        field: null,
        main: side(ours, [], authors.main('document', documentId)),
        package: side(theirs, [], authors.package('document', documentId)),
      });
      if (choice === 'package') plan.segmentation.push(documentId);
    }
  }
  const missing = new Set(plan.missingDocuments);

  const mainArticles = new Map(main.articles.map((a) => [a.id, a]));
  const documentOf = new Map<number, number>();
  for (const a of [...main.articles, ...pkg.articles]) documentOf.set(a.id, a.documentId);
  for (const theirs of pkg.articles) {
    const stamped = stamp.articles[theirs.id];
    const ours = mainArticles.get(theirs.id);
    if (!stamped || !ours || missing.has(theirs.documentId)) continue;
    const state = (a: ArticleRow) => `${a.status}\u0000${a.assigneeName ?? ''}`;
    const was = `${stamped.status}\u0000${stamped.assignee ?? ''}`;
    if (state(theirs) === was) continue;
    if (state(ours) === was) plan.states.push(theirs);
    else if (state(ours) !== state(theirs)) {
      const words = (a: ArticleRow) => `${a.status}${a.assigneeName ? ` · ${a.assigneeName}` : ''}`;
      const choice = decide({
        id: `state:${theirs.id}`,
        kind: 'state',
        rowId: theirs.id,
        documentId: theirs.documentId,
        field: null,
        main: side(words(ours), [], authors.main('article', ours.id)),
        package: side(words(theirs), [], authors.package('article', theirs.id)),
      });
      if (choice === 'package') plan.states.push(theirs);
    }
  }

  const mainValues = new Map(main.values.map((v) => [v.id, v]));
  const packageValues = new Map(pkg.values.map((v) => [v.id, v]));
  const mainSpans = spansByValue(main);
  const packagePages = new Set(plan.segmentation);
  const packageSpans = spansByValue(pkg);
  // Only the values the sides hold rows of (the candidates: changed, added or removed in the
  // package, or on a page it resegmented) can have anything to merge.
  const candidates = [...new Set([...packageValues.keys(), ...mainValues.keys()])].sort(
    (a, b) => a - b,
  );
  for (const valueId of candidates) {
    const stampedRevision = stamp.values[valueId];
    if (stampedRevision === undefined) continue;
    const theirs = packageValues.get(valueId);
    const ours = mainValues.get(valueId);
    const documentId = documentOf.get(theirs?.articleId ?? ours?.articleId ?? -1) ?? -1;
    if (missing.has(documentId)) continue;
    // A split or merge may divide a value's spans between articles without a new revision:
    // on a page whose segmentation comes from the package, differing spans are its change too.
    const theyChanged =
      !theirs ||
      theirs.revision !== stampedRevision ||
      (packagePages.has(documentId) &&
        ours !== undefined &&
        valueContent(theirs, packageSpans.get(valueId) ?? []) !==
          valueContent(ours, mainSpans.get(valueId) ?? []));
    if (!theyChanged) continue;
    const weChanged = !ours || ours.revision !== stampedRevision;
    if (!weChanged) {
      if (theirs) plan.values.push({ id: valueId, revision: theirs.revision });
      else plan.removed.push(valueId);
      continue;
    }
    if (!theirs && !ours) continue;
    if (
      theirs &&
      ours &&
      valueContent(theirs, packageSpans.get(valueId) ?? []) ===
        valueContent(ours, mainSpans.get(valueId) ?? [])
    )
      continue;
    const words = (v: ValueRow | undefined) => (v ? `${v.value} (${v.state})` : null);
    const choice = decide({
      id: `value:${valueId}`,
      kind: 'value',
      rowId: valueId,
      documentId,
      field: (theirs ?? ours)!.fieldKey,
      main: side(words(ours), mainSpans.get(valueId), authors.main('value', valueId)),
      package: side(words(theirs), packageSpans.get(valueId), authors.package('value', valueId)),
    });
    if (choice !== 'package') continue;
    if (!theirs) plan.removed.push(valueId);
    else if (!ours) plan.added.push(theirs);
    else plan.values.push({ id: valueId, revision: Math.max(theirs.revision, ours.revision) + 1 });
  }
  for (const theirs of pkg.values) {
    if (
      stamp.values[theirs.id] === undefined &&
      !missing.has(documentOf.get(theirs.articleId) ?? -1)
    )
      plan.added.push(theirs);
  }
  return plan;
}
