import type {
  MergeConflict,
  MergeInputs,
  MergePlan,
  MergeResolutions,
  PlanContext,
} from './merge-plan-types';
import { articleChanges } from './article-changes';
import { planArticles } from './plan-articles';
import { planPages } from './plan-pages';
import { planValues } from './plan-values';

export type {
  ConflictSide,
  MergeChoice,
  MergeConflict,
  MergeInputs,
  MergePlan,
  MergeResolutions,
} from './merge-plan-types';
export { isDropped } from './merge-plan-types';

/**
 * Plans a merge (merge-plan-types.ts says what a plan holds): pages first (a kept project page
 * drops the package's changes on it), then articles (a kept project article drops its values),
 * then values.
 */
export function planMerge(inputs: MergeInputs, resolutions: MergeResolutions): MergePlan {
  const plan: MergePlan = {
    conflicts: [],
    resolved: [],
    segmentation: [],
    states: [],
    values: [],
    removed: [],
    added: [],
    missingDocuments: [],
    dropped: { articles: new Set(), pages: new Set() },
  };
  const mainDocuments = new Set(inputs.main.documents.map((d) => d.id));
  for (const id of Object.keys(inputs.stamp.documents).map(Number))
    if (!mainDocuments.has(id)) plan.missingDocuments.push(id);
  const documentOf = new Map<number, number>();
  for (const a of [...inputs.main.articles, ...inputs.pkg.articles])
    documentOf.set(a.id, a.documentId);
  const context: PlanContext = {
    ...inputs,
    plan,
    missing: new Set(plan.missingDocuments),
    documentOf,
    changes: {
      main: articleChanges(inputs.stamp, inputs.main, inputs.changedValues.main),
      package: articleChanges(inputs.stamp, inputs.pkg, inputs.changedValues.package),
    },
    decide: (conflict: MergeConflict) => {
      const choice = resolutions.choices?.[conflict.id] ?? resolutions.prefer;
      if (choice) plan.resolved.push({ conflict, choice });
      else plan.conflicts.push(conflict);
      return choice;
    },
    side: (summary, spans, author) => ({
      summary,
      spans: (spans ?? []).map(({ start, end, text }) => ({ start, end, text })),
      actor: author?.actor ?? null,
      at: author?.at ?? null,
    }),
  };
  planPages(context);
  planArticles(context);
  planValues(context);
  return plan;
}
