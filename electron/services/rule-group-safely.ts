import {
  extractAndJudgeArticles,
  type ArticleExtraction,
  type ArticleInput,
} from '../../shared/extraction';

/** What the rules gave a group's articles: each article's extraction, or why its rules failed. */
export type RuledOrFailed = { ruled: ArticleExtraction } | { failed: string };

/** The rules over many articles at once (extractAndJudgeArticles; a test passes another). */
export type RuleArticles = (inputs: readonly ArticleInput[]) => ArticleExtraction[];

/**
 * The rules over a group's articles together, as extractAndJudgeArticles, except that a failure
 * of the rules (a flaw that a page nobody has seen finds: a stack overflow, a runaway pattern)
 * costs only the article it happens on rather than the whole import: the group is ruled again
 * article by article, and an article whose rules throw comes back with the error's message.
 */
export function ruleGroupSafely(
  inputs: readonly ArticleInput[],
  rule: RuleArticles = extractAndJudgeArticles,
): RuledOrFailed[] {
  try {
    return rule(inputs).map((ruled) => ({ ruled }));
  } catch {
    return inputs.map((input) => {
      try {
        return { ruled: rule([input])[0]! };
      } catch (error) {
        return { failed: error instanceof Error ? error.message : String(error) };
      }
    });
  }
}
