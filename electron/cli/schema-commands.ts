import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { apiError } from '../../shared/contract/error-messages';
import { activeSchema } from '../database/schema-repository';
import { partialNameFor, removeStalePartials } from '../database/stale-partials';
import { refuseToReplace } from '../export/no-overwrite';
import { Project } from '../services/project';
import { refuseProjectOwnTarget } from '../services/project-own-files';
import { readRegularFile } from '../import/regular-file';
import {
  importSchema,
  MAX_SCHEMA_FILE_BYTES,
  schemaFileText,
  schemaFromChoice,
} from '../services/schema-choice';

/** `gleaner init`: a new project file collecting with the schema named (a built-in or a file). */
export function initCommand(options: { project: string; schema: string; actor: string }): {
  path: string;
  schema: string;
} {
  const absolute = path.resolve(options.project);
  if (fs.existsSync(absolute)) throw apiError('init-file-exists', { file: absolute });
  // The schema is read and checked before the file is created: a bad one leaves nothing behind.
  const schema = schemaFromChoice(options.schema);
  const project = Project.open(absolute, { schema, actor: options.actor });
  try {
    const active = activeSchema(project.db);
    return { path: project.filePath, schema: `${active.id}@${active.version}` };
  } finally {
    project.close();
  }
}

/** `gleaner schema export`: the project's active schema as a JSON file. */
export function exportSchemaCommand(options: {
  project: string;
  out: string;
  overwrite: boolean;
}): {
  path: string;
  schema: string;
} {
  const project = Project.open(options.project, { mustExist: true });
  try {
    const out = path.resolve(options.out);
    refuseProjectOwnTarget(out, options.project);
    if (!options.overwrite && isTaken(out))
      throw apiError('schema-export-file-exists', { file: out });
    // A FIFO or device at --out is refused rather than opened (which waits for a reader).
    refuseToReplace(out, true);
    writeSchemaFile(out, schemaFileText(project.db), options.overwrite);
    const active = activeSchema(project.db);
    return { path: out, schema: `${active.id}@${active.version}` };
  } finally {
    project.close();
  }
}

/** Is anything at this name, a dangling link included (existsSync follows links)? */
function isTaken(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Without --overwrite the file is created, never opened (`wx`: a name taken meanwhile, or a
 * dangling link, fails instead of being written through: the schema landed wherever the link
 * pointed). With it, a whole file replaces what is there, a link included, as exports do.
 */
function writeSchemaFile(out: string, text: string, overwrite: boolean): void {
  if (!overwrite) {
    try {
      fs.writeFileSync(out, text, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST')
        throw apiError('schema-export-file-exists', { file: out });
      throw error;
    }
    return;
  }
  // Named like an export's temporary file: one a kill leaves is removed by a later output here.
  removeStalePartials(path.dirname(path.resolve(out)));
  const temp = partialNameFor(path.resolve(out), randomBytes(4).toString('hex'));
  try {
    fs.writeFileSync(temp, text, { flag: 'wx' });
    fs.renameSync(temp, out);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** `gleaner schema import`: a schema file made the project's (schema-choice.ts importSchema). */
export function importSchemaCommand(options: { project: string; file: string; actor: string }): {
  id: string;
  version: number;
} {
  let text: string;
  try {
    text = readRegularFile(options.file, MAX_SCHEMA_FILE_BYTES).toString('utf8');
  } catch (error) {
    throw apiError('schema-file-unreadable', {
      file: options.file,
      reason: (error as Error).message,
    });
  }
  const project = Project.open(options.project, { mustExist: true });
  try {
    return importSchema(project.db, text, options.actor, `The schema file ${options.file}`);
  } finally {
    project.close();
  }
}
