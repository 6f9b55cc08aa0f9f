import { extractAndJudgeArticles, type ArticleExtraction } from '../../shared/extraction';
import type { ArticlePlan } from '../../shared/pages/plan-page';
import type { FieldSchema } from '../../shared/schema';
import { CodePointIndex, type CodePointRange } from '../../shared/text/codepoints';
import { useJieba } from '../nlp/jieba-tagger';
import { limitHeapGrowthForExtraction } from './extraction-heap';
import { guardFieldPatterns } from './pattern-guard';

// The extraction rules run where a page is planned (a prepare worker thread, or the import's own
// thread), on the articles as the plan cuts them, so that the thread that stores only stores:
// an import then uses both cores for the rules instead of running them after it, in one thread.
// No database here: what the rules read of an article is exactly what storing the plan writes.

// A prepare worker thread extracts too, so it needs jieba as every extracting thread does.
useJieba();
// And runs field patterns under their time budget, as every extracting thread does: without it a
// schema's runaway pattern held a prepare thread, and the import waiting on it, for good.
guardFieldPatterns();
// And keeps its heap near what extraction holds alive (extraction-heap.ts).
limitHeapGrowthForExtraction();

/** The rules' verdict on one planned article, with what they were given of it. */
export interface RuledArticle extends ArticleExtraction {
  /** The article's ranges in document order, as extraction reads them back once stored. */
  ranges: CodePointRange[];
  title: string | null;
  kicker: string | null;
}

/** What a page's articles got from the rules, and under which schema. */
export interface RuledPage {
  schemaId: string;
  schemaVersion: number;
  articles: RuledArticle[];
}

/**
 * Runs the schema's rules over each article of a page's plan. The ranges, title and kicker are
 * given to the rules as storing the plan keeps them (ranges sorted by start, as
 * `rangesOfArticle` reads them; a missing kicker as null), so the suggestions are those
 * extracting the stored article would find.
 */
export function rulePlannedArticles(
  text: string,
  articles: readonly ArticlePlan[],
  schema: FieldSchema,
): RuledPage {
  return rulePlannedPages([{ text, articles }], schema)[0]!;
}

/**
 * rulePlannedArticles for several pages, their articles handed to the rules in one call: the
 * rules run over a batch of articles before the next rule (extractAndJudgeArticles), and a
 * seed-sized page has only one to three, so ruled page by page they got no batch at all.
 */
export function rulePlannedPages(
  pages: readonly { text: string; articles: readonly ArticlePlan[] }[],
  schema: FieldSchema,
): RuledPage[] {
  const inputsByPage = pages.map(({ text, articles }) => {
    const documentText = new CodePointIndex(text);
    return articles.map((article) => ({
      documentText,
      ranges: [...article.ranges]
        .map(({ start, end }) => ({ start, end }))
        .sort((a, b) => a.start - b.start),
      title: article.title ?? null,
      kicker: article.kicker ?? null,
      schema,
    }));
  });
  const ruled = extractAndJudgeArticles(inputsByPage.flat());
  let next = 0;
  return inputsByPage.map((inputs) => ({
    schemaId: schema.id,
    schemaVersion: schema.version,
    articles: inputs.map(({ ranges, title, kicker }) => ({
      ...ruled[next++]!,
      ranges,
      title,
      kicker,
    })),
  }));
}
