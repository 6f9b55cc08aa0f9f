import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProjectDatabase } from '../database/open-project';
import { checkProjectFile } from '../services/check-project-file';
import { Project } from '../services/project';
import { setValueState } from '../services/value-review';
import { curatePackage, overlappingPackages } from '../test-support/overlap-packages';
import { useTempDir } from '../test-support/temp-dir';
import { adjudicate, undoAdjudication } from './adjudicate';
import {
  listDisagreements,
  openDisagreementCount,
  type DisagreementView,
} from './adjudication-list';
import { projectAgreement } from './annotations';
import { articleVersions } from './article-versions';
import { createWorkPackage } from './create-package';
import { mergeWorkPackage } from './merge-package';

const tempDir = useTempDir('gleaner-adjudication-');

function revisionOf(db: ProjectDatabase, id: number): number {
  return (
    db.prepare('SELECT revision FROM field_values WHERE id = ?').get(id) as { revision: number }
  ).revision;
}

function valueOf(db: ProjectDatabase, id: number) {
  return db.prepare('SELECT value, raw, state, revision FROM field_values WHERE id = ?').get(id) as
    { value: string; raw: string; state: string; revision: number } | undefined;
}

function auditActions(db: ProjectDatabase, action: string) {
  return db
    .prepare('SELECT actor, entity_id AS entityId, after FROM audit WHERE action = ?')
    .all(action) as { actor: string; entityId: number; after: string }[];
}

/**
 * A seeded project whose article 1 two curators annotated in overlapping packages, both merged
 * (the second preferring the project's side of every conflict). 王芳 accepts, accepts, rejects
 * and edits four values; 李静 accepts, rejects, rejects and edits the last one differently, and
 * adds a value of her own.
 */
function doublyAnnotated() {
  const { main, files, values } = overlappingPackages(tempDir());
  const spare = spareCentreSpan(main);
  curatePackage(files[0]!, '王芳', values, ['accept', 'accept', 'reject', { edit: '甲医院' }]);
  curatePackage(files[1]!, '李静', values, ['accept', 'reject', 'reject', { edit: '乙医院' }], {
    fieldKey: 'centers',
    start: spare.start,
    end: spare.start + 2,
  });
  const merged = Project.open(main, { mustExist: true });
  expect(mergeWorkPackage(merged.db, { file: files[0]!, actor: 'lead' }).status).toBe('merged');
  expect(
    mergeWorkPackage(merged.db, {
      file: files[1]!,
      actor: 'lead',
      resolutions: { prefer: 'main' },
    }).status,
  ).toBe('merged');
  return { main, project: merged, values, spare };
}

/** The last span of a `centers` value of article 1: where 李静 adds a value of her own. */
function spareCentreSpan(main: string): { start: number; end: number } {
  const project = Project.open(main, { mustExist: true });
  try {
    return project.db
      .prepare(
        `SELECT s.start, s.end FROM value_spans s JOIN field_values v ON v.id = s.value_id
         WHERE v.article_id = 1 AND v.field_key = 'centers' ORDER BY s.start DESC LIMIT 1`,
      )
      .get() as { start: number; end: number };
  } finally {
    project.close();
  }
}

function seenOf(d: DisagreementView): Record<string, number> {
  return Object.fromEntries(d.current.map((v) => [String(v.id), v.revision]));
}

describe('adjudication of double annotation', () => {
  it("keeps each curator's version readable after the merges: value, state, spans, who and when", () => {
    const { project, values } = doublyAnnotated();
    try {
      const { open, total } = listDisagreements(project.db);
      expect(total).toBe(3);
      expect(open).toHaveLength(3);
      const byValue = new Map(open.map((d) => [d.versions[0]?.id ?? d.versions[1]!.id, d]));
      const second = byValue.get(values[1]!)!;
      expect(second.curators).toEqual(['王芳', '李静']);
      expect(second.versions.map((v) => v?.state)).toEqual(['accepted', 'rejected']);
      expect(second.versions.map((v) => v?.actor)).toEqual(['王芳', '李静']);
      for (const v of second.versions) expect(Date.parse(v!.at!)).not.toBeNaN();
      const edits = byValue.get(values[3]!)!;
      expect(edits.versions.map((v) => v?.raw)).toEqual(['甲医院', '乙医院']);
      expect(edits.versions.map((v) => v?.value)).toEqual(['甲医院', '乙医院']);
      // The project kept 王芳's edit (her package merged first, then the project's side won).
      expect(edits.current.map((v) => v.value)).toEqual(['甲医院']);
      // Every span carries exactly the text of the document at its offsets.
      const text = (
        project.db
          .prepare(
            'SELECT d.text FROM documents d JOIN articles a ON a.document_id = d.id WHERE a.id = 1',
          )
          .get() as { text: string }
      ).text;
      const cps = Array.from(text);
      for (const d of open)
        for (const v of d.versions)
          for (const s of v?.spans ?? []) expect(s.text).toBe(cps.slice(s.start, s.end).join(''));
      const added = open.find((d) => d.versions[0] === null)!;
      expect(added.field).toBe('centers');
      expect(added.versions[1]!.actor).toBe('李静');
      expect(added.versions[1]!.spans).toHaveLength(1);
    } finally {
      project.close();
    }
  });

  it("shows the article's whole version of each curator, agreed values too, before and after adjudication", () => {
    const { project, values } = doublyAnnotated();
    try {
      const versions = articleVersions(project.db, 1);
      expect(versions.map((v) => v.curator)).toEqual(['王芳', '李静']);
      const [wang, li] = versions as [(typeof versions)[0], (typeof versions)[0]];
      expect(wang.values.map((v) => v.id)).toEqual(values);
      expect(wang.values.map((v) => v.state)).toEqual([
        'accepted',
        'accepted',
        'rejected',
        'edited',
      ]);
      // 李静's four decisions and the value she added.
      expect(li.values).toHaveLength(5);
      expect(li.values.find((v) => v.id === values[0])).toMatchObject({
        state: 'accepted',
        actor: '李静',
      });
      expect(li.values.find((v) => v.state === 'added')!.field).toBe('centers');
      const edited = li.values.find((v) => v.id === values[3])!;
      expect(edited).toMatchObject({ value: '乙医院', raw: '乙医院', actor: '李静' });
      // The packages carried article 1's page only.
      const elsewhere = project.db
        .prepare(
          'SELECT max(id) AS id FROM articles WHERE document_id <> (SELECT document_id FROM articles WHERE id = 1)',
        )
        .get() as { id: number };
      expect(articleVersions(project.db, elsewhere.id)).toEqual([]);

      const [first] = listDisagreements(project.db).open;
      adjudicate(project.db, { key: first!.key, choice: 'a' }, 'reviewer');
      expect(articleVersions(project.db, 1)).toEqual(versions);
    } finally {
      project.close();
    }
  });

  it('writes a choice through the value writers, audited; the disagreement closes, the figures stay', () => {
    const { main, project, values } = doublyAnnotated();
    try {
      const before = projectAgreement(project.db);
      const second = listDisagreements(project.db).open.find(
        (d) => d.versions[0]?.id === values[1],
      )!;
      expect(valueOf(project.db, values[1]!)!.state).toBe('accepted');
      const revision = valueOf(project.db, values[1]!)!.revision;
      const result = adjudicate(
        project.db,
        { key: second.key, choice: 'b', seen: seenOf(second) },
        'reviewer',
      );
      expect(result.values).toEqual([values[1]]);
      expect(valueOf(project.db, values[1]!)).toMatchObject({
        state: 'rejected',
        revision: revision + 1,
      });
      const setState = auditActions(project.db, 'set-state').filter(
        (r) => r.entityId === values[1] && r.actor === 'reviewer',
      );
      expect(setState).toHaveLength(1);
      const decided = auditActions(project.db, 'adjudicate');
      expect(decided).toHaveLength(1);
      expect(JSON.parse(decided[0]!.after)).toMatchObject({ key: second.key, choice: 'b' });

      const after = listDisagreements(project.db);
      expect(after.open.map((d) => d.key)).not.toContain(second.key);
      expect(after.open).toHaveLength(2);
      expect(after.total).toBe(3);
      // Agreement is about the curators: adjudicating changes the project, not the figures.
      expect(projectAgreement(project.db)).toEqual(before);
      expect(openDisagreementCount(project.db, before.disagreements)).toBe(2);
      expect(() => adjudicate(project.db, { key: second.key, choice: 'a' }, 'reviewer')).toThrow(
        /already adjudicated/,
      );
      // Undone, the value is accepted again; rejected by someone since, taking 王芳's version
      // (she accepted it) accepts it.
      undoAdjudication(project.db, { key: second.key }, 'reviewer');
      expect(valueOf(project.db, values[1]!)!.state).toBe('accepted');
      setValueState(
        project.db,
        { valueId: values[1]!, revision: revisionOf(project.db, values[1]!), state: 'rejected' },
        'someone',
      );
      adjudicate(project.db, { key: second.key, choice: 'a' }, 'reviewer');
      expect(valueOf(project.db, values[1]!)!.state).toBe('accepted');
    } finally {
      project.close();
    }
    expect(checkProjectFile(main).problems).toEqual([]);
  });

  it("takes the other curator's edit, and undo puts the value back and opens it again", () => {
    const { project, values } = doublyAnnotated();
    try {
      const edits = listDisagreements(project.db).open.find(
        (d) => d.versions[0]?.id === values[3],
      )!;
      const before = valueOf(project.db, values[3]!)!;
      adjudicate(project.db, { key: edits.key, choice: 'b', seen: seenOf(edits) }, 'reviewer');
      expect(JSON.parse(valueOf(project.db, values[3]!)!.value)).toBe('乙医院');
      expect(listDisagreements(project.db).open.map((d) => d.key)).not.toContain(edits.key);

      undoAdjudication(project.db, { key: edits.key }, 'reviewer');
      const undone = valueOf(project.db, values[3]!)!;
      expect(undone).toMatchObject({ value: before.value, raw: before.raw, state: before.state });
      expect(undone.revision).toBeGreaterThan(before.revision);
      expect(listDisagreements(project.db).open.map((d) => d.key)).toContain(edits.key);
      expect(auditActions(project.db, 'adjudicate-undo')).toHaveLength(1);
      expect(() => undoAdjudication(project.db, { key: edits.key }, 'reviewer')).toThrow(
        /not adjudicated/,
      );
    } finally {
      project.close();
    }
  });

  it('takes both, neither, or text the reviewer types, for a value only one curator added', () => {
    const { project } = doublyAnnotated();
    try {
      const added = listDisagreements(project.db).open.find((d) => d.versions[0] === null)!;
      const theirs = added.versions[1]!;
      const kept = () =>
        project.db
          .prepare(
            "SELECT id, raw FROM field_values WHERE article_id = 1 AND field_key = 'centers' AND state <> 'rejected' AND raw = ?",
          )
          .all(theirs.raw) as { id: number; raw: string }[];
      const keptBefore = kept().length;

      adjudicate(project.db, { key: added.key, choice: 'b', seen: seenOf(added) }, 'reviewer');
      expect(kept().length).toBe(Math.max(keptBefore, 1));
      undoAdjudication(project.db, { key: added.key }, 'reviewer');
      expect(kept().length).toBe(keptBefore);

      adjudicate(project.db, { key: added.key, choice: 'neither' }, 'reviewer');
      expect(kept()).toHaveLength(0);
      undoAdjudication(project.db, { key: added.key }, 'reviewer');

      expect(() => adjudicate(project.db, { key: added.key, choice: 'edit' }, 'reviewer')).toThrow(
        /needs its text/,
      );
      const result = adjudicate(
        project.db,
        { key: added.key, choice: 'edit', text: '心血管中心' },
        'reviewer',
      );
      const written = valueOf(project.db, result.values[0]!)!;
      expect(JSON.parse(written.value)).toBe('心血管中心');
    } finally {
      project.close();
    }
  });

  it('refuses a decision on values changed since the reviewer saw them, writing nothing', () => {
    const { project, values } = doublyAnnotated();
    try {
      const second = listDisagreements(project.db).open.find(
        (d) => d.versions[0]?.id === values[1],
      )!;
      const seen = seenOf(second);
      setValueState(
        project.db,
        { valueId: values[1]!, revision: revisionOf(project.db, values[1]!), state: 'suggested' },
        'someone',
      );
      const audit = (project.db.prepare('SELECT count(*) AS n FROM audit').get() as { n: number })
        .n;
      expect(() =>
        adjudicate(project.db, { key: second.key, choice: 'b', seen }, 'reviewer'),
      ).toThrow(/changed elsewhere/);
      expect((project.db.prepare('SELECT count(*) AS n FROM audit').get() as { n: number }).n).toBe(
        audit,
      );
      expect(listDisagreements(project.db).open.map((d) => d.key)).toContain(second.key);
      expect(() => adjudicate(project.db, { key: 'x|y|1|1', choice: 'a' }, 'reviewer')).toThrow(
        /no disagreement/,
      );
    } finally {
      project.close();
    }
  });

  it("takes both curators' edits of one value: the project's value holds one, a new value the other", () => {
    const { project, values } = doublyAnnotated();
    try {
      const edits = listDisagreements(project.db).open.find(
        (d) => d.versions[0]?.id === values[3],
      )!;
      const result = adjudicate(project.db, { key: edits.key, choice: 'both' }, 'reviewer');
      expect(result.values).toHaveLength(2);
      const kept = result.values.map((id) => JSON.parse(valueOf(project.db, id)!.value) as string);
      expect(kept.sort()).toEqual(['乙医院', '甲医院']);
      // The added one carries 李静's spans, each with the text at its offsets.
      const added = result.values.find((id) => id !== values[3])!;
      const spans = project.db
        .prepare('SELECT start, end FROM value_spans WHERE value_id = ? ORDER BY start')
        .all(added) as { start: number; end: number }[];
      expect(spans).toEqual(edits.versions[1]!.spans.map(({ start, end }) => ({ start, end })));
      undoAdjudication(project.db, { key: edits.key }, 'reviewer');
      expect(valueOf(project.db, added)).toBeUndefined();
    } finally {
      project.close();
    }
  });

  it('lists each pair of three overlapping curators; deciding one pair leaves the others to decide', () => {
    const { main, project, values } = doublyAnnotated();
    const third = path.join(path.dirname(main), 'c.gleaner');
    createWorkPackage(project.db, { selection: { articleIds: [1] }, out: third, actor: 'lead' });
    project.close();
    curatePackage(third, '赵磊', values, ['reject', 'accept', 'accept', { edit: '丙医院' }]);
    const merged = Project.open(main, { mustExist: true });
    try {
      mergeWorkPackage(merged.db, { file: third, actor: 'lead', resolutions: { prefer: 'main' } });
      const { pairs } = projectAgreement(merged.db);
      expect(pairs.map((p) => p.curators)).toEqual([
        ['王芳', '李静'],
        ['王芳', '赵磊'],
        ['李静', '赵磊'],
      ]);
      const open = listDisagreements(merged.db).open;
      const ofEdit = open.filter((d) => d.versions.some((v) => v?.id === values[3]));
      expect(ofEdit.map((d) => d.curators.join('/')).sort()).toEqual([
        '李静/赵磊',
        '王芳/李静',
        '王芳/赵磊',
      ]);
      const first = ofEdit.find((d) => d.curators.join('/') === '王芳/李静')!;
      adjudicate(merged.db, { key: first.key, choice: 'a' }, 'reviewer');
      const still = listDisagreements(merged.db).open.filter((d) =>
        d.versions.some((v) => v?.id === values[3]),
      );
      expect(still).toHaveLength(2);
      // The next pair shows the project's value as the first decision left it.
      expect(still[0]!.current.map((v) => v.value)).toEqual(['甲医院']);
    } finally {
      merged.close();
    }
  });
});
