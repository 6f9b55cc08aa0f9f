import {
  extractAndJudgeArticles,
  type ArticleExtraction,
  type ArticleInput,
} from '../../shared/extraction';
import { guardFieldPatterns } from './pattern-guard';

// Every Node-side extraction rules here: field patterns from schema files run under a time
// budget (pattern-guard.ts).
guardFieldPatterns();

/** What the rules gave a group's articles: each article's extraction, or why its rules failed. */
export type RuledOrFailed = { ruled: ArticleExtraction } | { failed: string };

/** The rules over many articles at once (extractAndJudgeArticles; a test passes another). */
export type RuleArticles = (inputs: readonly ArticleInput[]) => ArticleExtraction[];

/**
 * The rules over a group's articles together, as extractAndJudgeArticles, except that a failure
 * of the rules (a flaw that a page nobody has seen finds: a stack overflow, a runaway pattern)
 * costs only the article it happens on rather than the whole import: a group that throws is
 * ruled again in halves, each half that throws halved again, down to the article whose rules
 * throw, which comes back with the error's message. One bad article in a group of n costs about
 * 2·log2(n) more runs over ever smaller parts (under twice the group's work again), where ruling
 * every article alone again cost n runs and lost the batching of the whole group.
 */
export function ruleGroupSafely(
  inputs: readonly ArticleInput[],
  rule: RuleArticles = extractAndJudgeArticles,
): RuledOrFailed[] {
  try {
    return rule(inputs).map((ruled) => ({ ruled }));
  } catch (error) {
    if (inputs.length <= 1) return inputs.map(() => ({ failed: messageOf(error) }));
    const half = Math.ceil(inputs.length / 2);
    return [
      ...ruleGroupSafely(inputs.slice(0, half), rule),
      ...ruleGroupSafely(inputs.slice(half), rule),
    ];
  }
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
