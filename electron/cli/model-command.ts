import type { ModelSettings, ModelSuggestReport } from '../../shared/contract/model';
import { apiError } from '../../shared/contract/error-messages';
import { missingArticleIds } from '../database/assignment-repository';
import { allArticleIds } from '../services/extract-articles';
import { checkedEndpoint, modelSettings } from '../services/model-settings';
import { suggestWithModel } from '../services/model-suggestions';
import { Project } from '../services/project';
import { listenForInterrupt } from './interrupt';
import { createProgressBar } from './progress-bar';

/**
 * `gleaner suggest`: the project's model settings, with what the command line gives instead,
 * over the chosen articles. The settings given here are used for this run only, not saved.
 */
export async function suggestCommand(options: {
  project: string;
  given: Partial<ModelSettings>;
  articleIds: number[] | 'all';
  actor: string;
}): Promise<ModelSuggestReport> {
  const project = Project.open(options.project, { mustExist: true });
  const bar = createProgressBar();
  const controller = new AbortController();
  const interrupt = listenForInterrupt(() => {
    console.error('\nStopping after the article under way…');
    controller.abort();
  });
  try {
    const given = Object.fromEntries(
      Object.entries(options.given).filter(([, value]) => value !== undefined),
    );
    const endpoint = checkedEndpoint({ ...modelSettings(project.db), ...given });
    const ids = options.articleIds === 'all' ? allArticleIds(project.db) : options.articleIds;
    const missing = missingArticleIds(project.db, ids);
    if (missing.length > 0)
      throw apiError('model-articles-missing', {
        project: options.project,
        articleIds: missing.join(', '),
      });
    return await suggestWithModel(project.db, ids, {
      endpoint,
      actor: options.actor,
      signal: controller.signal,
      onProgress: ({ done, total }) => bar.update(done, total, 'articles'),
    });
  } finally {
    bar.finish();
    interrupt.dispose();
    project.close();
  }
}
