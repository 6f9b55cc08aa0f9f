import type { ArticleRow } from '../database/packages-repository';
import { crossChanged, describeChanges, stampedStateKey, stateKey } from './article-changes';
import type { PlanContext } from './merge-plan-types';

/**
 * Decides each carried article's workflow state, and stops on an article the two sides changed
 * in ways that contradict (article-changes.ts): the project approved, sent back or assigned it
 * while the package edited its values or commented on it (or the other way round). Such an article is one conflict (it
 * stands for its state conflict too): taking the package's side takes its state and its
 * changes; keeping the project's drops every change the package made to the article.
 */
export function planArticles(context: PlanContext): void {
  const { stamp, main, pkg, plan, missing } = context;
  const mainArticles = new Map(main.articles.map((a) => [a.id, a]));
  const { main: ours, package: theirs } = context.changes;
  for (const article of pkg.articles) {
    const mine = mainArticles.get(article.id);
    const was = stampedStateKey(stamp, article.id);
    if (was === undefined || !mine || missing.has(article.documentId)) continue;
    if (plan.dropped.pages.has(article.documentId)) continue;
    const kinds = {
      main: ours.byArticle.get(article.id),
      package: theirs.byArticle.get(article.id),
    };
    if (crossChanged(kinds.main, kinds.package, stateKey(mine) === stateKey(article))) {
      const choice = context.decide({
        id: `article:${article.id}`,
        kind: 'article',
        rowId: article.id,
        documentId: article.documentId,
        field: null,
        main: context.side(
          describeChanges(mine, kinds.main!, ours.comments.get(article.id) ?? 0),
          [],
          context.authors.main('article-any', article.id),
        ),
        package: context.side(
          describeChanges(article, kinds.package!, theirs.comments.get(article.id) ?? 0),
          [],
          context.authors.package('article-any', article.id),
        ),
      });
      if (choice === 'main') plan.dropped.articles.add(article.id);
      if (choice === 'package' && stateKey(article) !== stateKey(mine)) plan.states.push(article);
      continue;
    }
    planState(context, article, mine, was);
  }
}

/** A state changed on one side is taken from it; changed differently on both, a conflict. */
function planState(context: PlanContext, theirs: ArticleRow, ours: ArticleRow, was: string): void {
  if (stateKey(theirs) === was) return;
  if (stateKey(ours) === was) {
    context.plan.states.push(theirs);
    return;
  }
  if (stateKey(ours) === stateKey(theirs)) return;
  const words = (a: ArticleRow) => `${a.status}${a.assigneeName ? ` · ${a.assigneeName}` : ''}`;
  const choice = context.decide({
    id: `state:${theirs.id}`,
    kind: 'state',
    rowId: theirs.id,
    documentId: theirs.documentId,
    field: null,
    main: context.side(words(ours), [], context.authors.main('article', ours.id)),
    package: context.side(words(theirs), [], context.authors.package('article', theirs.id)),
  });
  if (choice === 'package') context.plan.states.push(theirs);
}
