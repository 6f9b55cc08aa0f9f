import fs from 'node:fs';
import path from 'node:path';
import { apiError } from '../../shared/contract/error-messages';
import { backupsDirOf } from '../database/backup-files';

/** The files SQLite keeps beside a project while it is open or mid-transaction. */
const companionSuffixes = ['', '-wal', '-shm', '-journal'] as const;

/**
 * The path as the system will resolve it: links followed, for a name that does not exist yet
 * through its nearest existing folder (so `sub/../p.gleaner` and a link to the folder count).
 */
function realPathOf(target: string): string {
  const absolute = path.resolve(target);
  const missing: string[] = [];
  let existing = absolute;
  for (;;) {
    try {
      return path.join(fs.realpathSync(existing), ...missing.reverse());
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return absolute;
      missing.push(path.basename(existing));
      existing = parent;
    }
  }
}

function sameInode(a: string, b: string): boolean {
  try {
    const [sa, sb] = [fs.statSync(a), fs.statSync(b)];
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** Is `inner` `outer` itself or somewhere under it? */
function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Refuses an output (an export, a dataset folder, a package, a history or schema export, a
 * backup) that would replace the project's own files: the project file, the WAL that holds its
 * newest committed edits, its other SQLite companions, its backups folder, or a folder holding
 * any of them. `--overwrite`, or "Replace" in the window, confirms replacing an earlier export,
 * never the project: `gleaner export --out p.gleaner --overwrite` wrote JSONL over the open
 * project, and a dataset whose folder was the project's own folder deleted that folder with the
 * project and all its backups in it.
 */
export function refuseProjectOwnTarget(target: string, projectPath: string): void {
  const real = realPathOf(target);
  const project = realPathOf(projectPath);
  const backups = backupsDirOf(project);
  const owned = [...companionSuffixes.map((suffix) => `${project}${suffix}`), backups];
  const hit =
    isWithin(real, backups) || owned.some((file) => isWithin(file, real) || sameInode(real, file));
  if (hit) throw apiError('output-is-project', { file: target, project: projectPath });
}
