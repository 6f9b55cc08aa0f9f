/**
 * The golden output of extraction (golden-output.test.ts): what every test article gives, so that
 * work on the rules' speed or shape can prove it changed nothing. A case is one article as the app
 * extracts it (a document's text, the article's ranges, title and kicker); its output is every
 * suggestion with the rules' own confidence (calibration is a table refitted from measurements,
 * not a rule), with and without the word segmenter, and the relevance verdict.
 */
import type { PagePlan } from '../../pages/plan-page';
import { parseFieldSchema } from '../../schema';
import type { CodePointRange } from '../../text/codepoints';
import { CodePointIndex } from '../../text/codepoints';
import { extractAndJudgeArticle } from '../extract-article';
import type { RelevanceVerdict } from '../relevance';
import type { Suggestion } from '../types';
import { useWordTagger, wordTagger } from '../words';

export interface GoldenArticle {
  ranges: CodePointRange[];
  title: string | null;
  kicker: string | null;
}

/** One page: its text (or the seed file it is read from) and its planned articles. */
export interface GoldenPage {
  /** Where the page comes from: `seeds/<file>`, `bench/articles/<file>`, `<test file>#<n>`. */
  source: string;
  /** The page's text; absent for a seed, which is read from seeds/. */
  text?: string;
  articles: GoldenArticle[];
}

export interface GoldenOutput {
  withWords: { suggestions: Suggestion[]; relevance: RelevanceVerdict | null };
  withoutWords: { suggestions: Suggestion[]; relevance: RelevanceVerdict | null };
}

export interface GoldenFixture {
  /** The field schema the cases were extracted with (seeds/hospital-news.schema.json then). */
  schema: unknown;
  /**
   * Per page: planPage's plan of its text (no source hints), so the segmentation is golden too,
   * and the output of each of its articles.
   */
  pages: (GoldenPage & { plan: PagePlan; outputs: GoldenOutput[] })[];
}

/**
 * The golden output of every article of a page. The installed segmenter is used for the
 * "with words" output and restored afterwards.
 */
export function goldenOutputs(
  schemaJson: unknown,
  text: string,
  articles: readonly GoldenArticle[],
): GoldenOutput[] {
  const schema = parseFieldSchema(schemaJson);
  const index = new CodePointIndex(text);
  const tagger = wordTagger();
  const run = (article: GoldenArticle): GoldenOutput['withWords'] =>
    extractAndJudgeArticle({ documentText: index, ...article, schema }, { calibrated: false });
  const withWords = articles.map(run);
  useWordTagger(null);
  try {
    const withoutWords = articles.map(run);
    return withWords.map((w, i) => ({ withWords: w, withoutWords: withoutWords[i]! }));
  } finally {
    useWordTagger(tagger);
  }
}
