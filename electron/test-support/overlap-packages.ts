import path from 'node:path';
import { bundledSeedsDir } from '../app-root';
import { createWorkPackage } from '../packages/create-package';
import { Project } from '../services/project';
import { addValue, editValue } from '../services/value-editing';
import { setValueState } from '../services/value-review';

// Double annotation as the agreement and adjudication tests need it: one seeded project, the
// same article given to two curators in two packages, each curator's decisions made through the
// app's own value writers in their package file.

/** What a curator does to one value: accept it, reject it, or change its text. */
export type CurationStep = 'accept' | 'reject' | { edit: string };

export interface OverlappingPackages {
  /** The main project file (closed). */
  main: string;
  /** The two package files, both holding article 1. */
  files: [string, string];
  /** Four values of article 1 (hospital, honors, centers), in id order. */
  values: number[];
}

/** A seeded project in `dir` and two packages of its article 1. */
export function overlappingPackages(dir: string): OverlappingPackages {
  const main = path.join(dir, 'main.gleaner');
  const project = Project.open(main, { seedsDir: bundledSeedsDir });
  try {
    const values = (
      project.db
        .prepare(
          "SELECT id FROM field_values WHERE article_id = 1 AND field_key IN ('hospital', 'honors', 'centers') ORDER BY id LIMIT 4",
        )
        .all() as { id: number }[]
    ).map((r) => r.id);
    const files: [string, string] = [path.join(dir, 'a.gleaner'), path.join(dir, 'b.gleaner')];
    for (const out of files)
      createWorkPackage(project.db, { selection: { articleIds: [1] }, out, actor: 'lead' });
    return { main, files, values };
  } finally {
    project.close();
  }
}

/** One curator's decisions in a package file, one step per value, then a value they add. */
export function curatePackage(
  file: string,
  who: string,
  values: readonly number[],
  steps: readonly CurationStep[],
  added?: { fieldKey: string; start: number; end: number },
): void {
  const project = Project.open(file, { mustExist: true });
  try {
    values.forEach((id, i) => {
      const step = steps[i]!;
      const { revision } = project.db
        .prepare('SELECT revision FROM field_values WHERE id = ?')
        .get(id) as { revision: number };
      if (typeof step === 'object')
        editValue(project.db, { valueId: id, revision, text: step.edit }, who);
      else
        setValueState(
          project.db,
          { valueId: id, revision, state: step === 'accept' ? 'accepted' : 'rejected' },
          who,
        );
    });
    if (added)
      addValue(
        project.db,
        { articleId: 1, fieldKey: added.fieldKey, spans: [{ start: added.start, end: added.end }] },
        who,
      );
  } finally {
    project.close();
  }
}
