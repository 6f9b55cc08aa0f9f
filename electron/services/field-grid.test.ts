import { describe, expect, it } from 'vitest';
import { sliceCodePoints } from '../../shared/text/codepoints';
import { verifyAuditChain } from '../database/audit-chain-verify';
import { curatorAndReviewer, revisionOf, transition } from '../test-support/review-fixtures';
import { failure } from '../test-support/review-project';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir('gleaner-field-grid-');

describe('the field grid service', () => {
  it('pages values with their article, parsed value, first span and the text around it', async () => {
    const { project, curator } = await curatorAndReviewer(tempDir());
    const page = await curator.call('grid.list', { fields: ['hospital'], count: true, limit: 4 });
    expect(page.rows).toHaveLength(4);
    expect(page.total).toBe(
      project.db
        .prepare(`SELECT count(*) FROM field_values WHERE field_key = 'hospital'`)
        .pluck()
        .get(),
    );
    expect(page.next).toMatchObject({ fieldKey: 'hospital', id: page.rows[3]!.valueId });
    for (const row of page.rows) {
      const { text } = project.db
        .prepare(
          'SELECT d.text FROM documents d JOIN articles a ON a.document_id = d.id WHERE a.id = ?',
        )
        .get(row.articleId) as { text: string };
      expect(row.span).not.toBeNull();
      const { start, end } = row.span!;
      expect(row.snippet!.marked).toBe(sliceCodePoints(text, start, end));
      expect(sliceCodePoints(text, start - [...row.snippet!.before].length, start)).toBe(
        row.snippet!.before,
      );
      expect(sliceCodePoints(text, end, end + [...row.snippet!.after].length)).toBe(
        row.snippet!.after,
      );
      expect(row.snippet!.before + row.snippet!.after).not.toContain('\n');
      expect(typeof row.value).toBe('string');
    }
    const next = await curator.call('grid.list', { fields: ['hospital'], after: page.next });
    expect(next.total).toBeNull();
    expect(next.rows[0]!.valueId).not.toBe(page.rows[3]!.valueId);
  });

  it('cuts every snippet at exact code points, astral characters and the ends of the text included', async () => {
    const { project, curator } = await curatorAndReviewer(tempDir());
    const { db } = project;
    // Astral characters in place of the first and of every hundredth character: code point
    // offsets stay where they were, UTF-16 offsets move (a snippet cut in UTF-16 would drift).
    const documents = db.prepare('SELECT id, text FROM documents').all() as {
      id: number;
      text: string;
    }[];
    for (const { id, text } of documents) {
      const points = [...text].map((c, i) => (i % 100 === 0 && c !== '\n' ? '𠀀' : c));
      db.prepare('UPDATE documents SET text = ? WHERE id = ?').run(points.join(''), id);
    }
    const textOf = new Map(
      (
        db
          .prepare('SELECT a.id, d.text FROM articles a JOIN documents d ON d.id = a.document_id')
          .all() as { id: number; text: string }[]
      ).map((r) => [r.id, r.text]),
    );
    let checked = 0;
    let page = await curator.call('grid.list', { limit: 500 });
    for (;;) {
      for (const row of page.rows) {
        if (!row.span || !row.snippet) continue;
        const text = textOf.get(row.articleId)!;
        const { start, end } = row.span;
        const { before, marked, after } = row.snippet;
        expect(marked).toBe(sliceCodePoints(text, start, end));
        expect(sliceCodePoints(text, start - [...before].length, start)).toBe(before);
        expect(sliceCodePoints(text, end, end + [...after].length)).toBe(after);
        checked++;
      }
      if (!page.next) break;
      page = await curator.call('grid.list', { limit: 500, after: page.next });
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('refuses a field the schema does not have, naming it', async () => {
    const { curator } = await curatorAndReviewer(tempDir());
    const refusal = await failure(curator.call('grid.list', { fields: ['hospital', 'no_such'] }));
    expect(refusal.code).toBe('invalid-input');
    expect(refusal.message).toContain('No field no_such');
  });

  it('accepts each selected value as values.setState does, and names the ones it must refuse', async () => {
    const { project, curator, ids } = await curatorAndReviewer(tempDir());
    const { db } = project;
    const [open, submitted] = [ids[0]!, ids[1]!];
    await transition(curator, submitted, revisionOf(db, submitted), 'start');
    await transition(curator, submitted, revisionOf(db, submitted), 'submit');
    const values = db
      .prepare(
        `SELECT id AS valueId, revision, article_id AS articleId FROM field_values
          WHERE article_id IN (?, ?) ORDER BY article_id, id`,
      )
      .all(open, submitted) as { valueId: number; revision: number; articleId: number }[];
    const ofOpen = values.filter((v) => v.articleId === open).slice(0, 3);
    const ofSubmitted = values.find((v) => v.articleId === submitted)!;
    const stale = { ...ofOpen[2]!, revision: ofOpen[2]!.revision + 5 };
    const items = [ofOpen[0]!, ofOpen[1]!, stale, ofSubmitted].map((v) => ({
      valueId: v.valueId,
      revision: v.revision,
      state: 'accepted' as const,
    }));

    const outcome = await curator.call('grid.setStates', { items });

    expect(outcome.done).toEqual([
      { valueId: ofOpen[0]!.valueId, revision: ofOpen[0]!.revision + 1 },
      { valueId: ofOpen[1]!.valueId, revision: ofOpen[1]!.revision + 1 },
    ]);
    expect(outcome.refused.map((r) => [r.valueId, r.code])).toEqual([
      [stale.valueId, 'conflict'],
      [ofSubmitted.valueId, 'forbidden'],
    ]);
    expect(outcome.refused[1]!.message).toContain('submitted');
    const audit = db
      .prepare(
        `SELECT entity_id AS id, actor, action, json_extract(after, '$.state') AS state FROM audit
          WHERE entity = 'value' ORDER BY id`,
      )
      .all();
    expect(audit).toEqual([
      { id: ofOpen[0]!.valueId, actor: '王芳', action: 'set-state', state: 'accepted' },
      { id: ofOpen[1]!.valueId, actor: '王芳', action: 'set-state', state: 'accepted' },
    ]);
    // The article moved on from new, as it does when a curator presses ✓ in the panel.
    expect(db.prepare('SELECT status FROM articles WHERE id = ?').pluck().get(open)).toBe(
      'in_progress',
    );
    expect(verifyAuditChain(db).broken).toBeNull();
  });

  it('edits each selected value to one text as values.edit does', async () => {
    const { project, curator } = await curatorAndReviewer(tempDir());
    const { db } = project;
    const page = await curator.call('grid.list', { fields: ['city'], limit: 2 });
    const items = page.rows.map((r) => ({ valueId: r.valueId, revision: r.revision }));
    const outcome = await curator.call('grid.edit', { items, text: '阜新市' });
    expect(outcome.refused).toEqual([]);
    const after = await curator.call('grid.list', { fields: ['city'], limit: 2 });
    for (const row of after.rows) {
      expect(row).toMatchObject({ raw: '阜新市', state: 'edited' });
    }
    expect(
      db
        .prepare(`SELECT count(*) FROM audit WHERE entity = 'value' AND action = 'edit'`)
        .pluck()
        .get(),
    ).toBe(2);
  });

  it('refuses a bulk write to a window that is signed out, changing nothing', async () => {
    const { project, handlers } = await curatorAndReviewer(tempDir());
    const { windowOn } = await import('../test-support/review-project');
    const signedOut = windowOn(handlers);
    const value = project.db.prepare('SELECT id, revision FROM field_values LIMIT 1').get() as {
      id: number;
      revision: number;
    };
    const refusal = await failure(
      signedOut.call('grid.setStates', {
        items: [{ valueId: value.id, revision: value.revision, state: 'accepted' }],
      }),
    );
    expect(refusal.code).toBe('forbidden');
  });
});
