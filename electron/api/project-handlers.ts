import type { projectContract } from '../../shared/contract/project';
import { dashboardStats } from '../services/dashboard';
import { projectSettings, updateProjectSettings } from '../services/project-settings';
import type { DomainHandlers, HandlerContext } from './handler-context';

/** The open project, its settings and the dashboard (shared/contract/project.ts). */
export function createProjectHandlers(
  context: HandlerContext,
): DomainHandlers<typeof projectContract> {
  const { project } = context;
  const { db } = project;
  return {
    'project.info': () => project.info(),
    'settings.get': () => projectSettings(db),
    'settings.update': (input, session) => updateProjectSettings(db, input, session.actor),
    'dashboard.stats': (input) => dashboardStats(db, input),
  };
}
