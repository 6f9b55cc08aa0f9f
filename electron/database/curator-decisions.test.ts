import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { Project } from '../services/project';
import { editValue } from '../services/value-editing';
import { useTempDir } from '../test-support/temp-dir';
import {
  curatorDecisionsOf,
  repeatsDecision,
  valueHistorySql,
  type CuratorDecisions,
} from './curator-decisions';

const tempDir = useTempDir();

const decisions: CuratorDecisions = {
  byField: new Map([
    ['investments', { valueKeys: new Set(['{"amount":1}']), spans: [{ start: 10, end: 16 }] }],
  ]),
  keptSuggestionIds: [],
};

describe('repeatsDecision', () => {
  it('matches the same field by normalised value or by overlapping span, nothing else', () => {
    const of = (field: string, valueKey: string, start: number, end: number) =>
      repeatsDecision(decisions, { field, valueKey, spans: [{ start, end }] });
    expect(of('investments', '{"amount":1}', 90, 95)).toBe(true);
    expect(of('investments', '{"amount":2}', 15, 20)).toBe(true);
    expect(of('investments', '{"amount":2}', 5, 11)).toBe(true);
    // Spans are [start, end): touching is not overlapping.
    expect(of('investments', '{"amount":2}', 16, 20)).toBe(false);
    expect(of('investments', '{"amount":2}', 4, 10)).toBe(false);
    expect(of('areas', '{"amount":1}', 10, 16)).toBe(false);
  });

  it("reads an article's value history through indexes, not by scanning the audit log", () => {
    const project = Project.open(path.join(tempDir(), 'p.gleaner'));
    const plan = (
      project.db.prepare(`EXPLAIN QUERY PLAN ${valueHistorySql}`).all({ article: 1 }) as {
        detail: string;
      }[]
    ).map((r) => r.detail);
    expect(plan.join('\n')).toContain('audit_after_article');
    expect(plan.join('\n')).toContain('audit_before_article');
    expect(plan.join('\n')).toContain('audit_entity');
    expect(plan.some((d) => /^SCAN audit\b/.test(d))).toBe(false);
    project.close();
  });

  it("counts a value moved to another article (a merge or move) as that article's decision", () => {
    const project = Project.open(path.join(tempDir(), 'p.gleaner'), { seedsDir: bundledSeedsDir });
    const [from, to] = project.db
      .prepare('SELECT id FROM articles ORDER BY id LIMIT 2')
      .pluck()
      .all() as [number, number];
    const value = project.db
      .prepare(
        "SELECT id, revision FROM field_values WHERE article_id = ? AND field_key = 'hospital' LIMIT 1",
      )
      .get(from) as { id: number; revision: number };
    const edited = editValue(
      project.db,
      { valueId: value.id, revision: value.revision, text: '某某医院' },
      'curator',
    );
    const keysOf = (article: number) => [
      ...(curatorDecisionsOf(project.db, article).byField.get(edited.fieldKey)?.valueKeys ?? []),
    ];
    expect(keysOf(from)).toContain(JSON.stringify(edited.value));
    // Its audit rows still name the first article; the value itself is now the second's.
    project.db.prepare('UPDATE field_values SET article_id = ? WHERE id = ?').run(to, value.id);
    expect(keysOf(from)).not.toContain(JSON.stringify(edited.value));
    expect(keysOf(to)).toContain(JSON.stringify(edited.value));
    project.close();
  });
});
