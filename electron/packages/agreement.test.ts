import { describe, expect, it } from 'vitest';
import { Project } from '../services/project';
import { curatePackage, overlappingPackages } from '../test-support/overlap-packages';
import { useTempDir } from '../test-support/temp-dir';
import { packageAgreement } from './agreement';
import { projectAgreement } from './annotations';
import { mergeWorkPackage } from './merge-package';

const tempDir = useTempDir('gleaner-agreement-');

describe('agreement of two curators on overlapping packages', () => {
  it('gives F1 of the values kept with exact spans and kappa of the decisions', () => {
    const { files, values } = overlappingPackages(tempDir());
    curatePackage(files[0]!, '王芳', values, ['accept', 'accept', 'reject', { edit: '某某医院' }]);
    curatePackage(files[1]!, '李静', values, ['accept', 'reject', 'reject', { edit: '某某医院' }]);
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
    const { main, files, values } = overlappingPackages(tempDir());
    curatePackage(files[0]!, '王芳', values, ['accept', 'accept', 'reject', { edit: '某某医院' }]);
    curatePackage(files[1]!, '李静', values, ['accept', 'reject', 'reject', { edit: '某某医院' }]);
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
