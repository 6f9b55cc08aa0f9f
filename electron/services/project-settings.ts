import type { ProjectSettings } from '../../shared/contract/project';
import { auditedWrite } from '../database/audited-write';
import { getMeta, setMeta } from '../database/meta-repository';
import type { ProjectDatabase } from '../database/open-project';

const SELF_APPROVAL_KEY = 'allow_self_approval';

/** The project's settings; a project that never set one has the safe default (refusing). */
export function projectSettings(db: ProjectDatabase): ProjectSettings {
  return { allowSelfApproval: getMeta(db, SELF_APPROVAL_KEY) === '1' };
}

/** Changes the settings named in `input` (an admin's decision; the access rules check that). */
export function updateProjectSettings(
  db: ProjectDatabase,
  input: Partial<ProjectSettings>,
  actor: string,
): ProjectSettings {
  return auditedWrite(db, actor, (write) => {
    const before = projectSettings(db);
    const after = { ...before, ...input };
    if (after.allowSelfApproval === before.allowSelfApproval) return before;
    setMeta(db, SELF_APPROVAL_KEY, after.allowSelfApproval ? '1' : '0');
    write.audit({ entity: 'project', entityId: null, action: 'settings', before, after });
    return after;
  });
}
