export { Automaton } from './automaton';
export {
  DEFAULT_REJECTION_THRESHOLD,
  LEARNED_EXTRACTOR,
  isBlocked,
  isLexiconExtractor,
  isLearnableField,
  isMatchableText,
  isSuggested,
  standingOf,
  wordListExtractorId,
  type LearnedEntry,
  type LearnedEntryStanding,
} from './learned-entry';
export { learnedKey } from './learned-key';
export { LearnedMatcher, twinOf } from './learned-matcher';
export { joinLearned, learnedBeside, type PresentValue } from './join-learned';
export { patternMatches } from './pattern-preview';
