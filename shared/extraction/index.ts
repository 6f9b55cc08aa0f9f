/**
 * Schema-driven extraction with provenance: small, named, versioned rules read an article's
 * reading view and propose values, each with exact code-point spans of the original document.
 */
export {
  extractArticle,
  extractAndJudgeArticle,
  extractAndJudgeArticles,
  canonicalJson,
  type ArticleExtraction,
  type ArticleInput,
} from './extract-article';
export { judgeRelevance, type RelevanceVerdict } from './relevance';
export { ArticleText } from './article-text';
export { BUILT_IN_EXTRACTORS, EXTRACTOR_DECLARATIONS, EXTRACTORS_BY_ID } from './registry';
export { CONFIDENCE, LOW_CONFIDENCE, OFF_SUBJECT_CONFIDENCE } from './confidence';
export { findInstitutions, normaliseInstitution, type InstitutionMention } from './institutions';
export { findDivisionMentions, divisionsNamed, type Division } from './divisions';
export type { ArticleDate, ExtractionContext, Extractor, SourceSpan, Suggestion } from './types';
export type { PersonValue } from './rules/bylines';
export type { PlaceValue } from './rules/places';
export {
  ArticleWords,
  useWordTagger,
  wordTagger,
  type TaggedWord,
  type Word,
  type WordTagger,
} from './words';
