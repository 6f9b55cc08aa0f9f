import { describe, expect, it } from 'vitest';
import type { ProjectDatabase } from '../database/open-project';
import { curatorAndReviewer } from '../test-support/review-fixtures';
import { failure } from '../test-support/review-project';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir('gleaner-parts-');

type Row = { id: number; revision: number; articleId: number };

const firstOf = (db: ProjectDatabase, field: string): Row =>
  db
    .prepare(
      `SELECT id, revision, article_id AS articleId FROM field_values
        WHERE field_key = ? ORDER BY id LIMIT 1`,
    )
    .get(field) as Row;

const spansOf = (db: ProjectDatabase, valueId: number) =>
  db.prepare('SELECT start, end FROM value_spans WHERE value_id = ? ORDER BY start').all(valueId);

describe('editing a value part by part', () => {
  it('writes a metric from its name, number and unit, keeping its spans, audited as an edit', async () => {
    const { project, curator } = await curatorAndReviewer(tempDir());
    const { db } = project;
    const metric = firstOf(db, 'metrics');
    const spans = spansOf(db, metric.id);
    const edited = await curator.call('values.editParts', {
      valueId: metric.id,
      revision: metric.revision,
      parts: { name: '病区数', number: '52', unit: '个' },
    });
    expect(edited).toMatchObject({
      state: 'edited',
      raw: '52个',
      value: { value: 52, unit: '个', indicator: '病区数' },
    });
    expect(spansOf(db, metric.id)).toEqual(spans);
    const audit = db
      .prepare(
        "SELECT actor, action FROM audit WHERE entity = 'value' AND entity_id = ? ORDER BY id DESC LIMIT 1",
      )
      .get(metric.id);
    expect(audit).toEqual({ actor: '王芳', action: 'edit' });
    project.close();
  });

  it('refuses every wrong part by name in one answer and writes nothing', async () => {
    const { project, curator } = await curatorAndReviewer(tempDir());
    const { db } = project;
    const metric = firstOf(db, 'metrics');
    const before = db.prepare('SELECT * FROM field_values WHERE id = ?').get(metric.id);
    const refused = await failure(
      curator.call('values.editParts', {
        valueId: metric.id,
        revision: metric.revision,
        parts: { name: '', number: '许多', unit: '3层' },
      }),
    );
    expect(refused.code).toBe('invalid-input');
    expect(refused.issues).toEqual([
      'parts.name: required',
      'parts.number: not-a-number',
      'parts.unit: not-a-unit',
    ]);
    expect(refused.message).toContain('the number "许多" is not a number');
    const wrongPart = await failure(
      curator.call('values.editParts', {
        valueId: metric.id,
        revision: metric.revision,
        parts: { amount: '5亿' },
      }),
    );
    expect(wrongPart.issues).toEqual(['parts.amount: not a part of a metric']);
    expect(db.prepare('SELECT * FROM field_values WHERE id = ?').get(metric.id)).toEqual(before);
    project.close();
  });

  it('refuses a number past what a value holds, which was stored as null (ninth sweep)', async () => {
    const { project, curator } = await curatorAndReviewer(tempDir());
    const { db } = project;
    const metric = firstOf(db, 'metrics');
    const investment = firstOf(db, 'investments');
    const before = db
      .prepare('SELECT * FROM field_values WHERE id IN (?, ?)')
      .all(metric.id, investment.id);
    const huge = '9'.repeat(400);
    const refusedMetric = await failure(
      curator.call('values.editParts', {
        valueId: metric.id,
        revision: metric.revision,
        parts: { name: '病区数', number: huge, unit: '个' },
      }),
    );
    expect(refusedMetric.issues).toEqual(['parts.number: not-a-number']);
    const refusedInvestment = await failure(
      curator.call('values.editParts', {
        valueId: investment.id,
        revision: investment.revision,
        parts: { amount: huge, currency: 'CNY', purpose: '新院区' },
      }),
    );
    expect(refusedInvestment.issues).toEqual(['parts.amount: not-an-amount']);
    expect(
      db.prepare('SELECT * FROM field_values WHERE id IN (?, ?)').all(metric.id, investment.id),
    ).toEqual(before);
    project.close();
  });

  it('writes a person with a role and an investment with what it is for', async () => {
    const { project, curator } = await curatorAndReviewer(tempDir());
    const { db } = project;
    const person = firstOf(db, 'people');
    await expect(
      curator.call('values.editParts', {
        valueId: person.id,
        revision: person.revision,
        parts: { name: '钱振华', role: '院长' },
      }),
    ).resolves.toMatchObject({ value: { name: '钱振华', title: '院长' }, raw: '钱振华' });
    const investment = firstOf(db, 'investments');
    await expect(
      curator.call('values.editParts', {
        valueId: investment.id,
        revision: investment.revision,
        parts: { amount: '4100万元', currency: 'CNY', purpose: '新建住院楼' },
      }),
    ).resolves.toMatchObject({
      value: { amount: 41_000_000, currency: 'CNY', purpose: '新建住院楼' },
    });
    const hospital = firstOf(db, 'hospital');
    const noParts = await failure(
      curator.call('values.editParts', {
        valueId: hospital.id,
        revision: hospital.revision,
        parts: { name: 'x' },
      }),
    );
    expect(noParts.issues).toEqual(['parts: this field has no parts']);
    project.close();
  });

  it('accepts a metric typed on one line with its name, 病区数 52个', async () => {
    const { project, curator } = await curatorAndReviewer(tempDir());
    const metric = firstOf(project.db, 'metrics');
    await expect(
      curator.call('values.edit', {
        valueId: metric.id,
        revision: metric.revision,
        text: '病区数 52个',
      }),
    ).resolves.toMatchObject({ value: { value: 52, unit: '个', indicator: '病区数' } });
    project.close();
  });
});
