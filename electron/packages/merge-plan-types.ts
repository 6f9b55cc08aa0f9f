import type { ArticleRow, SideRows, SpanRow } from '../database/packages-repository';
import type { SideArticleChanges } from './article-changes';
import type { PackageStamp } from './package-stamp';

export type MergeChoice = 'package' | 'main';

/** One side of a conflict as the conflict view shows it; `null` fields: the row was removed. */
export interface ConflictSide {
  /** What the side holds, in words: the value, the status, or the page's articles' ranges. */
  summary: string | null;
  spans: { start: number; end: number; text: string }[];
  actor: string | null;
  at: string | null;
  /** A value conflict's value (parsed) and review state on this side, when it holds one. */
  value?: unknown;
  state?: string;
}

export interface MergeConflict {
  /** `value:12`, `state:4`, `article:4`, `segmentation:2`: the key of a choice. */
  id: string;
  /**
   * `article`: both sides changed the same article in different ways (say the project approved
   * it while the package edited its values); `segmentation` also covers a page resegmented on
   * one side while the other changed one of its articles.
   */
  kind: 'value' | 'state' | 'article' | 'segmentation';
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
 * changed on both sides to different contents is a conflict, and so is an article (or a page)
 * changed on both sides in different ways; a conflict is decided only by a resolution.
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
  added: ArticleValue[];
  /** Pages the stamp names that the project no longer holds: nothing of them is merged. */
  missingDocuments: number[];
  /** Articles and pages where a conflict kept the project's side: none of the package's
   * changes to them is applied (they stay in the merged history). */
  dropped: { articles: Set<number>; pages: Set<number> };
}

type ArticleValue = SideRows['values'][number];

type Author = (
  entity: 'value' | 'article' | 'article-any' | 'document',
  id: number,
) => { actor: string; at: string } | null;

export interface MergeInputs {
  stamp: PackageStamp;
  main: SideRows;
  pkg: SideRows;
  /** Carried articles whose values changed on each side since the stamp. */
  changedValues: { main: ReadonlySet<number>; package: ReadonlySet<number> };
  authors: { main: Author; package: Author };
}

/** What the planning steps share: the inputs, the plan being filled and how a conflict is decided. */
export interface PlanContext extends MergeInputs {
  plan: MergePlan;
  decide(conflict: MergeConflict): MergeChoice | undefined;
  side(
    summary: string | null,
    spans: SpanRow[] | undefined,
    author: { actor: string; at: string } | null,
  ): ConflictSide;
  missing: ReadonlySet<number>;
  /** Each article's page, on either side. */
  documentOf: ReadonlyMap<number, number>;
  /** What each side changed about each carried article since the stamp (computed once). */
  changes: { main: SideArticleChanges; package: SideArticleChanges };
}

/** Whether a conflict kept the project's side of this article or of its page. */
export function isDropped(plan: MergePlan, articleId: number, documentId: number): boolean {
  return plan.dropped.articles.has(articleId) || plan.dropped.pages.has(documentId);
}
