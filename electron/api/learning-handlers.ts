import type { learningContract } from '../../shared/contract/learning';
import {
  editLexiconEntry,
  learnedEvidenceOfArticle,
  listLexicon,
  setRejectionThreshold,
} from '../services/learned-lexicon';
import { importLexicon } from '../services/lexicon-import';
import { previewPatterns } from '../services/pattern-preview';
import type { DomainHandlers, HandlerContext } from './handler-context';

/** The learned lexicon (shared/contract/learning.ts). */
export function createLearningHandlers(
  context: HandlerContext,
): DomainHandlers<typeof learningContract> {
  const { db } = context.project;
  return {
    'lexicon.list': (input) => listLexicon(db, input),
    'lexicon.edit': (input, session) => editLexiconEntry(db, input, session.actor),
    'evidence.list': (input) => learnedEvidenceOfArticle(db, input.articleId),
    'patternPreview.get': (input) => previewPatterns(db, input),
    'lexicon.import': (input, session) => importLexicon(db, input, session.actor),
    'lexicon.setThreshold': (input, session) =>
      setRejectionThreshold(db, input.threshold, session.actor),
  };
}
