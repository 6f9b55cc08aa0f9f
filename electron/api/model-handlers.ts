import type { modelContract } from '../../shared/contract/model';
import { articleIdsMatching, ungroundedValuesOf } from '../database/model-suggestions-repository';
import { allArticleIds } from '../services/extract-articles';
import { currentProfile } from '../services/profiles';
import { checkedEndpoint, modelSettings, updateModelSettings } from '../services/model-settings';
import { suggestWithModel } from '../services/model-suggestions';
import type { DomainHandlers, HandlerContext } from './handler-context';
import { jobPayload } from './job-payload';

/** The project's model and its grounded suggestions (shared/contract/model.ts). */
export function createModelHandlers(context: HandlerContext): DomainHandlers<typeof modelContract> {
  const { project, jobs } = context;
  const { db } = project;
  return {
    'modelSettings.get': () => modelSettings(db),
    'modelSettings.update': (input, session) => updateModelSettings(db, input, session.actor),
    'model.suggest': (input, session) => {
      const endpoint = checkedEndpoint(modelSettings(db));
      const articleIds =
        input.scope === 'all'
          ? allArticleIds(db)
          : input.scope === 'listed'
            ? articleIdsMatching(db, input.filter)
            : input.articleIds;
      const profile = currentProfile(db, session);
      const curatorId = profile.role === 'curator' ? profile.id : undefined;
      const job = jobs.startModelSuggestions((signal, onProgress) =>
        suggestWithModel(db, articleIds, {
          endpoint,
          actor: session.actor,
          signal,
          onProgress,
          curatorId,
        }),
      );
      return context.jobOwners.started(session, jobPayload(job));
    },
    'ungrounded.list': (input) => ungroundedValuesOf(db, input.articleId),
  };
}
