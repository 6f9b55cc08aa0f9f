import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { Project } from '../services/project';
import { editValue } from '../services/value-editing';
import { setValueState } from '../services/value-review';
import { useTempDir } from '../test-support/temp-dir';
import { packageAgreement } from './agreement';
import { projectAgreement } from './annotations';
import { createWorkPackage } from './create-package';
import { mergeWorkPackage } from './merge-package';

const tempDir = useTempDir('gleaner-agreement-');

type Step = 'accept' | 'reject' | 'edit';

/** Applies one curator's decisions, one per value, in the package file. */
function curate(file: string, who: string, values: readonly number[], steps: readonly Step[]) {
  const project = Project.open(file, { mustExist: true });
  try {
    values.forEach((id, i) => {
      const { revision } = project.db
        .prepare('SELECT revision FROM field_values WHERE id = ?')
        .get(id) as { revision: number };
      const step = steps[i]!;
      if (step === 'edit') editValue(project.db, { valueId: id, revision, text: '某某医院' }, who);
      else
        setValueState(
          project.db,
          { valueId: id, revision, state: step === 'accept' ? 'accepted' : 'rejected' },
          who,
        );
    });
  } finally {
    project.close();
  }
}

describe('agreement of two curators on overlapping packages', () => {
  it('gives F1 of the values kept with exact spans and kappa of the decisions', () => {
    const dir = tempDir();
    const main = path.join(dir, 'main.gleaner');
    const project = Project.open(main, { seedsDir: bundledSeedsDir });
    const values = (
      project.db
        .prepare(
          "SELECT id FROM field_values WHERE article_id = 1 AND field_key IN ('hospital', 'honors', 'centers') ORDER BY id LIMIT 4",
        )
        .all() as { id: number }[]
    ).map((r) => r.id);
    expect(values).toHaveLength(4);
    const files = ['a.gleaner', 'b.gleaner'].map((name) => path.join(dir, name));
    for (const out of files)
      createWorkPackage(project.db, { selection: { articleIds: [1] }, out, actor: 'lead' });
    project.close();

    curate(files[0]!, '王芳', values, ['accept', 'accept', 'reject', 'edit']);
    curate(files[1]!, '李静', values, ['accept', 'reject', 'reject', 'edit']);
    const report = packageAgreement(files[0]!, files[1]!);
    expect(report.curators).toEqual(['王芳', '李静']);
    // Decisions aa, ar, rr, aa: observed 3/4; 王芳 accepts 3/4, 李静 2/4, so expected
    // 3/4·2/4 + 1/4·2/4 = 1/2 and kappa = (3/4 − 1/2) / (1 − 1/2) = 1/2.
    expect(report.decisions).toBe(4);
    expect(report.kappa).toBeCloseTo(0.5);
    // Kept: 王芳 three values, 李静 two, both the accepted one and the same edit: 2·2 / 5.
    expect(report.f1).toBeCloseTo(0.8);
    expect(report.fields.length).toBeGreaterThan(0);
    expect(report.articles).toBeGreaterThanOrEqual(1);

    expect(packageAgreement(files[0]!, files[0]!)).toMatchObject({ f1: 1, kappa: 1 });
  });

  it("keeps both curators' versions through the merges: the same figures, and what they decided differently", () => {
    const dir = tempDir();
    const main = path.join(dir, 'main.gleaner');
    const project = Project.open(main, { seedsDir: bundledSeedsDir });
    const values = (
      project.db
        .prepare(
          "SELECT id FROM field_values WHERE article_id = 1 AND field_key IN ('hospital', 'honors', 'centers') ORDER BY id LIMIT 4",
        )
        .all() as { id: number }[]
    ).map((r) => r.id);
    const files = ['a.gleaner', 'b.gleaner'].map((name) => path.join(dir, name));
    for (const out of files)
      createWorkPackage(project.db, { selection: { articleIds: [1] }, out, actor: 'lead' });
    project.close();
    curate(files[0]!, '王芳', values, ['accept', 'accept', 'reject', 'edit']);
    curate(files[1]!, '李静', values, ['accept', 'reject', 'reject', 'edit']);
    const fromFiles = packageAgreement(files[0]!, files[1]!);

    const merged = Project.open(main, { mustExist: true });
    try {
      expect(mergeWorkPackage(merged.db, { file: files[0]!, actor: 'lead' }).status).toBe('merged');
      // The second curator's different decisions are conflicts; the project keeps the first's.
      const second = mergeWorkPackage(merged.db, {
        file: files[1]!,
        actor: 'lead',
        resolutions: { prefer: 'main' },
      });
      expect(second.status).toBe('merged');
      const { pairs, disagreements } = projectAgreement(merged.db);
      expect(pairs).toEqual([fromFiles]);
      // 王芳 accepted the second value, 李静 rejected it; the edits were the same text.
      expect(disagreements.map((d) => d.valueId)).toEqual([values[1]]);
      expect(disagreements[0]!.versions.map((v) => v?.state)).toEqual(['accepted', 'rejected']);
      expect(disagreements[0]!.curators).toEqual(['王芳', '李静']);
    } finally {
      merged.close();
    }
  });
});
