import fs from 'node:fs';
import path from 'node:path';
import { apiError } from '../../shared/contract/error-messages';
import { latestSchemaVersion, refuseNewerSchema, schemaVersionOf } from '../database/migrate';
import {
  diagnoseHeader,
  explainSqliteError,
  integrityProblems,
  openProjectReadOnly,
} from '../database/project-file-diagnosis';
import { structureDifferences, type StructureDifference } from '../database/project-structure';
import type { NotedAuditHead } from './audit-chain-check';
import { checkProject, type CheckProblem, type CheckReport } from './project-check';
import { Project } from './project';

export interface FileCheckReport extends CheckReport {
  /** What the check could not do, and why (not problems with the file). */
  notes: string[];
}

/** How many of integrity_check's findings are listed: the first ones say what kind of damage. */
const INTEGRITY_PROBLEMS_LISTED = 10;

/**
 * `gleaner check` on a file: say what is wrong with it in words, whatever state it is in. A file
 * that is not SQLite, truncated or damaged gets the header's and SQLite's integrity_check's own
 * findings instead of a refusal; a read-only file is checked read-only. Only a file of an older
 * schema that can be written is opened normally, so that it is migrated (with its pre-migration
 * backup) before Gleaner's invariants and the audit chain are checked.
 */
export function checkProjectFile(
  filePath: string,
  options: { nativeBinding?: string | undefined; notedAuditHead?: NotedAuditHead | undefined } = {},
): FileCheckReport {
  const absolute = path.resolve(filePath);
  if (!fs.existsSync(absolute)) throw apiError('project-file-missing', { file: absolute });
  const empty = { documents: 0, articles: 0, spans: 0 };
  const fileProblems = (messages: string[], kind: CheckProblem['kind'] = 'file') =>
    messages.map((message) => ({ kind, message }));

  // A folder, FIFO or device is no project file; reading one would fail (EISDIR) or wait.
  const stat = fs.statSync(absolute);
  if (!stat.isFile()) {
    const what = stat.isDirectory() ? 'a folder' : 'not a regular file (a pipe, socket or device)';
    return {
      ...empty,
      problems: fileProblems([`${absolute} is ${what}, not a project file`]),
      notes: [],
    };
  }
  const header = diagnoseHeader(absolute);
  if (header.unreadable) return { ...empty, problems: fileProblems(header.problems), notes: [] };

  let opened: ReturnType<typeof openProjectReadOnly>;
  try {
    opened = openProjectReadOnly(absolute, { nativeBinding: options.nativeBinding });
  } catch (error) {
    return {
      ...empty,
      problems: fileProblems([...header.problems, explainSqliteError(error as Error)]),
      notes: [],
    };
  }
  const notes = opened.note ? [opened.note] : [];
  let db = opened.db;
  let project: Project | undefined;
  try {
    const integrity = integrityProblems(db, INTEGRITY_PROBLEMS_LISTED);
    if (header.problems.length > 0 || integrity.length > 0) {
      return {
        ...empty,
        problems: [...fileProblems(header.problems), ...fileProblems(integrity, 'integrity')],
        notes,
      };
    }
    refuseNewerSchema(db, absolute);
    const structure = structureDifferences(db, { nativeBinding: options.nativeBinding }).map(
      (difference) => ({ kind: 'structure' as const, message: structureProblem(difference) }),
    );
    const version = schemaVersionOf(db);
    if (version < latestSchemaVersion) {
      if (structure.length > 0) {
        notes.push(
          `Gleaner's own checks (documents, spans, audit chain) were skipped: the file has schema ${version}, and Gleaner does not update a file whose structure another program changed`,
        );
        return { ...empty, problems: structure, notes };
      }
      if (!opened.note && isWritable(absolute)) {
        db.close();
        project = Project.open(absolute, { mustExist: true, nativeBinding: options.nativeBinding });
        db = project.db;
      } else {
        notes.push(
          `Gleaner's own checks (documents, spans, audit chain) were skipped: the file has schema ${version} and this Gleaner needs ${latestSchemaVersion}; open it once where it can be written to update it`,
        );
        return { ...empty, problems: [], notes };
      }
    }
    const report = checkProject(db, {
      integrityChecked: true,
      notedAuditHead: options.notedAuditHead,
    });
    return { ...report, problems: [...structure, ...report.problems], notes };
  } finally {
    if (project) project.close();
    else if (db.open) db.close();
  }
}

function isWritable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** One structure difference in words, for `gleaner check` (see project-structure.ts). */
function structureProblem(difference: StructureDifference): string {
  const on =
    difference.type === 'trigger' || difference.type === 'index' ? ` on ${difference.table}` : '';
  const what = `${difference.type} ${difference.name}${on}`;
  switch (difference.change) {
    case 'added':
      return `${what} is not one Gleaner makes: another program added it, and it would run inside every change; Gleaner will not open the file until it is removed`;
    case 'changed':
      return `${what} differs from the one Gleaner makes: another program changed it; Gleaner will not open the file until it is put back (restore a backup)`;
    case 'removed':
      return `${what}, which Gleaner makes, is missing: another program removed it; Gleaner will not open the file until it is put back (restore a backup)`;
  }
}
