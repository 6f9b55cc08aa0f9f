import type { JobStatePayload } from '../../shared/contract/domain';
import { apiError } from '../../shared/contract/error-messages';
import type { ProjectDatabase } from '../database/open-project';
import { currentProfile } from '../services/profiles';
import type { Session } from '../services/session';

/**
 * Which profile started each job of this process. A job is its starter's work: another curator
 * must not stop an admin's re-extraction or someone else's import or export. Jobs the app starts
 * itself (finishing an interrupted import on open) have no owner.
 */
export class JobOwners {
  private readonly owners = new Map<string, number>();

  /** Records the session's profile as the starter of the job just started; returns the job. */
  started(session: Session, job: JobStatePayload): JobStatePayload {
    if (session.profile) this.owners.set(job.id, session.profile.id);
    return job;
  }

  /** Refuses (`forbidden`) a cancel by someone other than the job's starter or an admin. */
  refuseCancelByOthers(db: ProjectDatabase, session: Session, jobId: string): void {
    const owner = this.owners.get(jobId);
    if (owner === undefined) return;
    const profile = currentProfile(db, session);
    if (profile.id === owner || profile.role === 'admin') return;
    throw apiError('role-required', {
      roles: 'admin',
      what: 'cancel a job another profile started',
      name: profile.name,
      role: profile.role,
    });
  }
}
