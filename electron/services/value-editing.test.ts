import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldValueSchema } from '../../shared/contract/domain';
import { ApiError } from '../../shared/contract/errors';
import { bundledSeedsDir } from '../app-root';
import { getArticle } from '../database/articles-repository';
import { useTempDir } from '../test-support/temp-dir';
import { setValueState, setValueStates } from './value-review';
import { Project } from './project';
import {
  addValue,
  attachSpan,
  detachSpan,
  editValue,
  readValue,
  removeValue,
  reorderValues,
  revertValue,
  revertValues,
} from './value-editing';

const tempDir = useTempDir();

function seeded() {
  const project = Project.open(path.join(tempDir(), 'p.gleaner'), { seedsDir: bundledSeedsDir });
  const { db } = project;
  const articleId = (db.prepare('SELECT min(id) AS id FROM articles').get() as { id: number }).id;
  const valueOf = (field: string, ordinal = 0) =>
    readValue(
      db,
      (
        db
          .prepare(
            'SELECT id FROM field_values WHERE article_id = ? AND field_key = ? ORDER BY ordinal LIMIT 1 OFFSET ?',
          )
          .get(articleId, field, ordinal) as { id: number }
      ).id,
    );
  const audit = () =>
    (
      db
        .prepare('SELECT entity, entity_id, action, before, after FROM audit ORDER BY id')
        .all() as {
        entity: string;
        entity_id: number;
        action: string;
        before: string | null;
        after: string | null;
      }[]
    ).map((r) => ({
      ...r,
      before: r.before && (JSON.parse(r.before) as Record<string, unknown>),
      after: r.after && (JSON.parse(r.after) as Record<string, unknown>),
    }));
  const lastAudit = () => audit().at(-1)!;
  /** A place in the article's text (code points) holding `needle`. */
  const find = (needle: string) => {
    const detail = getArticle(db, articleId);
    for (const segment of detail.segments) {
      const at = [...segment.text].join('').indexOf(needle);
      if (at >= 0) {
        const start = segment.start + [...segment.text.slice(0, at)].length;
        return { start, end: start + [...needle].length };
      }
    }
    throw new Error(`${needle} not in article`);
  };
  return { project, db, articleId, valueOf, audit, lastAudit, find };
}

function apiError(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('values.edit', () => {
  it('parses the typed text by the field type, marks it edited and audits before and after', () => {
    const { db, valueOf, lastAudit, project, articleId } = seeded();
    const money = valueOf('investments');
    const edited = editValue(
      db,
      { valueId: money.id, revision: money.revision, text: '约4200万元' },
      'wang',
    );
    expect(fieldValueSchema.parse(edited)).toEqual(edited);
    expect(edited).toMatchObject({
      value: { amount: 42_000_000, currency: 'CNY', approx: expect.anything() as unknown },
      raw: '约4200万元',
      state: 'edited',
      revision: money.revision + 1,
      spans: money.spans,
    });
    const entry = lastAudit();
    expect(entry).toMatchObject({
      entity: 'value',
      entity_id: money.id,
      action: 'edit',
      before: {
        value: money.value,
        raw: money.raw,
        state: 'suggested',
        revision: money.revision,
        article: articleId,
        field: 'investments',
        spans: money.spans,
      },
      after: {
        value: edited.value,
        raw: '约4200万元',
        state: 'edited',
        article: articleId,
        field: 'investments',
        spans: money.spans,
      },
    });

    const beds = editValue(
      db,
      { valueId: valueOf('areas').id, revision: valueOf('areas').revision, text: '三万平方米' },
      'wang',
    );
    expect(beds.value).toEqual({ value: 30000, unit: 'm²', approx: null });
    const city = editValue(
      db,
      { valueId: valueOf('city').id, revision: valueOf('city').revision, text: '大连' },
      'wang',
    );
    expect(city.value).toEqual({ name: '大连市', code: expect.any(String) as unknown });
    const event = valueOf('events');
    const date = editValue(
      db,
      { valueId: event.id, revision: event.revision, text: '2021年7月26日' },
      'wang',
    );
    expect(date.value).toMatchObject({
      iso: '2021-07-26',
      year: 2021,
      month: 7,
      day: 26,
      partial: false,
    });
    // What the text cannot say is kept: the event's description.
    expect((date.value as { description?: string }).description).toBe(
      (event.value as { description?: string }).description,
    );
    project.close();
  });

  it('refuses text that does not parse, naming the field and the text, and changes nothing', () => {
    const { db, valueOf, project } = seeded();
    const money = valueOf('investments');
    const error = apiError(() =>
      editValue(db, { valueId: money.id, revision: money.revision, text: '很多钱' }, 'wang'),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('很多钱');
    expect(error.message).toContain('investments');
    expect(readValue(db, money.id)).toEqual(money);
    const city = valueOf('city');
    expect(
      apiError(() =>
        editValue(db, { valueId: city.id, revision: city.revision, text: '月球' }, 'w'),
      ).code,
    ).toBe('invalid-input');
    project.close();
  });

  it('refuses a stale revision with a clear conflict', () => {
    const { db, valueOf, project } = seeded();
    const v = valueOf('people');
    editValue(db, { valueId: v.id, revision: v.revision, text: '张丽' }, 'window-1');
    const error = apiError(() =>
      editValue(db, { valueId: v.id, revision: v.revision, text: '张莉莉' }, 'window-2'),
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/changed elsewhere/);
    expect(readValue(db, v.id).value).toEqual({ name: '张丽', title: '院长' });
    project.close();
  });
});

describe('editing a person', () => {
  it('changes the name and keeps the title extraction read from the sentence', () => {
    const { db, valueOf } = seeded();
    const person = valueOf('people');
    expect(person.value).toEqual({ name: '张丽丽', title: '院长' });
    const edited = editValue(
      db,
      { valueId: person.id, revision: person.revision, text: '张 莉莉' },
      'wang',
    );
    expect(edited.value).toEqual({ name: '张莉莉', title: '院长' });
  });
});

describe('values.add and values.remove', () => {
  it('adds a value from a selected span: the exact document text, parsed, audited', () => {
    const { db, articleId, find, lastAudit, project } = seeded();
    const span = find('胸痛中心');
    const added = addValue(db, { articleId, fieldKey: 'honors', spans: [span] }, 'wang');
    expect(added).toMatchObject({
      origin: 'curator',
      state: 'added',
      value: '胸痛中心',
      raw: '胸痛中心',
      spans: [{ ...span, text: '胸痛中心' }],
      extractor: null,
      confidence: null,
    });
    expect(added.ordinal).toBeGreaterThan(0);
    expect(lastAudit()).toMatchObject({
      entity: 'value',
      action: 'add',
      after: {
        value: '胸痛中心',
        raw: '胸痛中心',
        spans: added.spans,
        state: 'added',
        article: articleId,
        field: 'honors',
      },
    });
    project.close();
  });

  it('adds a typed value with no span, and needs the text then', () => {
    const { db, articleId, project } = seeded();
    const typed = addValue(
      db,
      { articleId, fieldKey: 'beds', text: '一千二百张', spans: [] },
      'wang',
    );
    expect(typed).toMatchObject({ value: 1200, spans: [], raw: '一千二百张' });
    const error = apiError(() => addValue(db, { articleId, fieldKey: 'beds', spans: [] }, 'wang'));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/text/);
    expect(
      apiError(() => addValue(db, { articleId, fieldKey: 'nope', text: 'x', spans: [] }, 'w'))
        .message,
    ).toContain('nope');
    project.close();
  });

  it('refuses spans outside the article, naming them', () => {
    const { db, articleId, project } = seeded();
    const ranges = getArticle(db, articleId).ranges;
    const gapStart = ranges[0]!.end + 1; // between the article's two ranges: another article's text
    const error = apiError(() =>
      addValue(
        db,
        {
          articleId,
          fieldKey: 'honors',
          text: 'x',
          spans: [{ start: gapStart, end: gapStart + 3 }],
        },
        'w',
      ),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain(`${gapStart}–${gapStart + 3}`);
    project.close();
  });

  it('refuses a second value in a one-value field, telling the curator what to do', () => {
    const { db, articleId, valueOf, project } = seeded();
    const error = apiError(() =>
      addValue(db, { articleId, fieldKey: 'city', text: '大连市', spans: [] }, 'w'),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/edit or reject/);
    // Once the existing one is rejected, adding is fine.
    const city = valueOf('city');
    db.prepare("UPDATE field_values SET state = 'rejected' WHERE id = ?").run(city.id);
    expect(
      addValue(db, { articleId, fieldKey: 'city', text: '大连市', spans: [] }, 'w').value,
    ).toMatchObject({ name: '大连市' });
    project.close();
  });

  it('removes only curator values; extracted ones must be rejected', () => {
    const { db, articleId, valueOf, lastAudit, project } = seeded();
    const extracted = valueOf('honors');
    const forbidden = apiError(() =>
      removeValue(db, { valueId: extracted.id, revision: extracted.revision }, 'w'),
    );
    expect(forbidden.code).toBe('forbidden');
    expect(forbidden.message).toMatch(/reject/);
    const added = addValue(db, { articleId, fieldKey: 'honors', text: '文明单位', spans: [] }, 'w');
    expect(removeValue(db, { valueId: added.id, revision: added.revision }, 'w')).toEqual({
      id: added.id,
      removed: true,
    });
    expect(db.prepare('SELECT 1 FROM field_values WHERE id = ?').get(added.id)).toBeUndefined();
    expect(lastAudit()).toMatchObject({
      action: 'remove',
      before: {
        value: '文明单位',
        state: 'added',
        article: articleId,
        field: 'honors',
        revision: added.revision,
      },
    });
    project.close();
  });
});

describe('values.add at a position', () => {
  it('puts a value back where it was, the others keeping their order', () => {
    const { db, articleId } = seeded();
    const order = () =>
      (
        db
          .prepare(
            "SELECT raw FROM field_values WHERE article_id = ? AND field_key = 'honors' ORDER BY ordinal, id",
          )
          .all(articleId) as { raw: string }[]
      ).map((r) => r.raw);
    const before = order();
    expect(before.length).toBeGreaterThan(2);
    // A curator's value in second place, removed, then added back at position 1 (undo).
    const added = addValue(
      db,
      { articleId, fieldKey: 'honors', text: '全国文明单位', spans: [], position: 1 },
      'w',
    );
    expect(order()).toEqual([before[0], '全国文明单位', ...before.slice(1)]);
    removeValue(db, { valueId: added.id, revision: added.revision }, 'w');
    expect(order()).toEqual(before);
    addValue(
      db,
      { articleId, fieldKey: 'honors', text: '全国文明单位', spans: [], position: 1 },
      'w',
    );
    expect(order()).toEqual([before[0], '全国文明单位', ...before.slice(1)]);
    // Without a position it goes last; a position past the end means last too.
    addValue(
      db,
      { articleId, fieldKey: 'honors', text: '省级文明单位', spans: [], position: 99 },
      'w',
    );
    expect(order().at(-1)).toBe('省级文明单位');
  });
});

describe('spans and order', () => {
  it("attaches and detaches spans, keeping an extracted value's last source", () => {
    const { db, valueOf, find, lastAudit, articleId, project } = seeded();
    const money = valueOf('investments');
    const extra = find('胸痛中心');
    const attached = attachSpan(db, { valueId: money.id, revision: money.revision, ...extra }, 'w');
    expect(attached.spans).toHaveLength(2);
    expect(attached.revision).toBe(money.revision + 1);
    expect(lastAudit()).toMatchObject({
      action: 'attach-span',
      before: { spans: money.spans },
      after: { spans: attached.spans, article: articleId, field: 'investments' },
    });
    expect(
      apiError(() =>
        attachSpan(db, { valueId: money.id, revision: attached.revision, ...extra }, 'w'),
      ).code,
    ).toBe('invalid-input');
    const detached = detachSpan(
      db,
      { valueId: money.id, revision: attached.revision, ...extra },
      'w',
    );
    expect(detached.spans).toEqual(money.spans);
    expect(lastAudit().action).toBe('detach-span');
    const last = money.spans[0]!;
    const error = apiError(() =>
      detachSpan(
        db,
        { valueId: money.id, revision: detached.revision, start: last.start, end: last.end },
        'w',
      ),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/reject/);
    // A stale revision is refused here too.
    expect(
      apiError(() => attachSpan(db, { valueId: money.id, revision: money.revision, ...extra }, 'w'))
        .code,
    ).toBe('conflict');
    project.close();
  });

  it('reorders a field when every value is listed once, audited on the article', () => {
    const { db, articleId, valueOf, lastAudit, project } = seeded();
    const ids = [0, 1, 2, 3, 4, 5].map((i) => valueOf('areas', i).id);
    const reversed = [...ids].reverse();
    const result = reorderValues(
      db,
      { articleId, fieldKey: 'areas', valueIds: reversed, seenOrder: ids },
      'w',
    );
    expect(result.map((v) => v.id)).toEqual(reversed);
    expect(result.map((v) => v.ordinal)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(lastAudit()).toMatchObject({
      entity: 'article',
      entity_id: articleId,
      action: 'reorder',
      before: { valueIds: ids },
      after: { valueIds: reversed },
    });
    expect(
      apiError(() =>
        reorderValues(
          db,
          { articleId, fieldKey: 'areas', valueIds: ids.slice(1), seenOrder: reversed },
          'w',
        ),
      ).message,
    ).toContain(`missing ${ids[0]}`);
    expect(
      apiError(() =>
        reorderValues(
          db,
          { articleId, fieldKey: 'areas', valueIds: [...ids, ids[0]!], seenOrder: reversed },
          'w',
        ),
      ).code,
    ).toBe('invalid-input');
    expect(
      apiError(() =>
        reorderValues(
          db,
          {
            articleId,
            fieldKey: 'areas',
            valueIds: [...ids, valueOf('city').id],
            seenOrder: reversed,
          },
          'w',
        ),
      ).message,
    ).toContain('not values of this field');
    project.close();
  });

  it('refuses a reorder from an order another window has changed since, keeping that order', () => {
    const { db, articleId, valueOf, project } = seeded();
    const shown = [0, 1, 2, 3, 4, 5].map((i) => valueOf('areas', i).id);
    const first = [shown[1]!, shown[0]!, ...shown.slice(2)];
    reorderValues(db, { articleId, fieldKey: 'areas', valueIds: first, seenOrder: shown }, 'a');
    // The second window still shows the old order and moves the last value to the top.
    const stale = [shown[5]!, ...shown.slice(0, 5)];
    const error = apiError(() =>
      reorderValues(db, { articleId, fieldKey: 'areas', valueIds: stale, seenOrder: shown }, 'b'),
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/order of areas .* was changed elsewhere/);
    const now = db
      .prepare(
        "SELECT id FROM field_values WHERE article_id = ? AND field_key = 'areas' ORDER BY ordinal, id",
      )
      .pluck()
      .all(articleId);
    expect(now).toEqual(first);
    project.close();
  });
});

describe('values.revert', () => {
  it('undoes an edit exactly: the title keeps the space a re-parse of its text would squeeze', () => {
    const { db, valueOf, lastAudit } = seeded();
    const title = valueOf('title');
    // Extraction keeps the title as printed; a typed title is squeezed of whitespace.
    expect(title.value).toBe('聚核心竞争力 促高质量发展');
    const edited = editValue(
      db,
      { valueId: title.id, revision: title.revision, text: '聚核心竞争力' },
      'wang',
    );
    expect(edited.value).toBe('聚核心竞争力');

    const undone = revertValue(
      db,
      { valueId: title.id, revision: edited.revision, toRevision: title.revision },
      'wang',
    );
    expect(undone).toMatchObject({
      value: '聚核心竞争力 促高质量发展',
      raw: title.raw,
      state: 'suggested',
      spans: title.spans,
      revision: edited.revision + 1,
    });
    expect(lastAudit()).toMatchObject({
      action: 'revert',
      before: { raw: '聚核心竞争力', state: 'edited', revision: edited.revision },
      after: { raw: title.raw, state: 'suggested', revertedTo: title.revision },
    });

    // Redo is a revert of the revert: the edit comes back as it was.
    const redone = revertValue(
      db,
      { valueId: title.id, revision: undone.revision, toRevision: edited.revision },
      'wang',
    );
    expect(redone).toMatchObject({ value: '聚核心竞争力', raw: '聚核心竞争力', state: 'edited' });
  });

  it('undoes a review and a span change, each restoring only what that write changed', () => {
    const { db, valueOf, find } = seeded();
    const hospital = valueOf('hospital');
    const accepted = setValueState(
      db,
      { valueId: hospital.id, revision: hospital.revision, state: 'accepted' },
      'wang',
    );
    const extra = find('阜新市');
    const attached = attachSpan(
      db,
      { valueId: hospital.id, revision: accepted.revision, ...extra },
      'wang',
    );
    expect(attached.spans).toHaveLength(hospital.spans.length + 1);

    const spanUndone = revertValue(
      db,
      { valueId: hospital.id, revision: attached.revision, toRevision: accepted.revision },
      'wang',
    );
    expect(spanUndone.spans).toEqual(hospital.spans);
    expect(spanUndone.state).toBe('accepted');

    const reviewUndone = revertValue(
      db,
      { valueId: hospital.id, revision: spanUndone.revision, toRevision: hospital.revision },
      'wang',
    );
    expect(reviewUndone).toMatchObject({
      state: 'suggested',
      value: hospital.value,
      spans: hospital.spans,
    });
  });

  it('refuses a stale revision and a revision never recorded, changing nothing', () => {
    const { db, valueOf } = seeded();
    const city = valueOf('city');
    const edited = editValue(
      db,
      { valueId: city.id, revision: city.revision, text: '大连市' },
      'w',
    );
    expect(
      apiError(() =>
        revertValue(db, { valueId: city.id, revision: city.revision, toRevision: 1 }, 'w'),
      ).code,
    ).toBe('conflict');
    const missing = apiError(() =>
      revertValue(db, { valueId: city.id, revision: edited.revision, toRevision: 99 }, 'w'),
    );
    expect(missing.code).toBe('not-found');
    expect(missing.message).toContain('revision 99');
    expect(readValue(db, city.id)).toEqual(edited);
  });
});

describe('values.setStates and values.revertMany', () => {
  it('accepts several values in one go and reverts them all, each audited', () => {
    const { db, valueOf, audit } = seeded();
    const values = [valueOf('hospital'), valueOf('province'), valueOf('city')];
    const auditedBefore = audit().length;
    const saved = setValueStates(
      db,
      values.map((v) => ({ valueId: v.id, revision: v.revision, state: 'accepted' as const })),
      'wang',
    );
    expect(saved.map((s) => s.id)).toEqual(values.map((v) => v.id));
    for (const v of values) expect(readValue(db, v.id).state).toBe('accepted');
    // One set-state entry per value (the first write also moves the article on from `new`).
    expect(
      audit()
        .slice(auditedBefore)
        .filter((a) => a.action === 'set-state')
        .map((a) => a.entity_id),
    ).toEqual(values.map((v) => v.id));

    const reverted = revertValues(
      db,
      values.map((v, i) => ({
        valueId: v.id,
        revision: saved[i]!.revision,
        toRevision: v.revision,
      })),
      'wang',
    );
    expect(reverted.map((v) => v.state)).toEqual(['suggested', 'suggested', 'suggested']);
    for (const v of values)
      expect(readValue(db, v.id)).toMatchObject({ value: v.value, spans: v.spans });
  });

  it('writes none of them when one is stale, and names the stale one', () => {
    const { db, valueOf } = seeded();
    const hospital = valueOf('hospital');
    const city = valueOf('city');
    const edited = editValue(
      db,
      { valueId: city.id, revision: city.revision, text: '大连市' },
      'li',
    );
    const error = apiError(() =>
      setValueStates(
        db,
        [
          { valueId: hospital.id, revision: hospital.revision, state: 'accepted' },
          { valueId: city.id, revision: city.revision, state: 'accepted' },
        ],
        'wang',
      ),
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toContain(`revision ${edited.revision}`);
    expect(readValue(db, hospital.id)).toEqual(hospital);
    expect(readValue(db, city.id)).toEqual(edited);
  });
});
