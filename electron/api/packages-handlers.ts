import { adjudicate, undoAdjudication } from '../packages/adjudicate';
import { listDisagreements, openDisagreementCount } from '../packages/adjudication-list';
import { projectAgreement } from '../packages/annotations';
import { articleVersions } from '../packages/article-versions';
import { createWorkPackage } from '../packages/create-package';
import { mergeWorkPackage } from '../packages/merge-package';
import type { HandlerContext, SessionHandlers } from './handler-context';

type PackagesHandlers = Pick<
  SessionHandlers,
  | 'packages.create'
  | 'packages.merge'
  | 'agreement.stats'
  | 'adjudication.list'
  | 'adjudication.decide'
  | 'adjudication.undo'
  | 'versions.list'
>;

/** Work packages (shared/contract/packages.ts); the work is in electron/packages/. */
export function createPackagesHandlers(context: HandlerContext): PackagesHandlers {
  const { project } = context;
  return {
    'packages.create': (input, session) =>
      createWorkPackage(project.db, {
        selection: {
          filter: input.filter,
          savedSearchId: input.savedSearchId,
          articleIds: input.articleIds,
        },
        out: input.out,
        overwrite: input.overwrite,
        actor: session.actor,
      }),
    'packages.merge': (input, session) =>
      mergeWorkPackage(project.db, {
        file: input.file,
        actor: session.actor,
        resolutions: { choices: input.choices, prefer: input.prefer },
      }),
    'agreement.stats': () => {
      const { pairs, disagreements } = projectAgreement(project.db);
      return { pairs, disagreements, open: openDisagreementCount(project.db, disagreements) };
    },
    'adjudication.list': () => listDisagreements(project.db),
    'adjudication.decide': (input, session) => adjudicate(project.db, input, session.actor),
    'adjudication.undo': (input, session) => undoAdjudication(project.db, input, session.actor),
    'versions.list': (input) => ({
      versions: articleVersions(project.db, input.articleId),
    }),
  };
}
