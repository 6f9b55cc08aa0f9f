import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../shared/extraction';
import { useTempDir } from '../test-support/temp-dir';
import { insertArticle } from './articles-repository';
import { insertDocument } from './documents-repository';
import { openProjectDatabase, type ProjectDatabase } from './open-project';
import {
  insertSuggestion,
  insertSuggestions,
  MAX_STORED_SPANS,
  type OrdinalSuggestion,
  valueUpdatedAtSql,
} from './values-repository';
import { writeValueState } from './value-edits-repository';

const tempDir = useTempDir();
const at = '2026-12-06T22:00:00.000Z';
const text = '市第一人民医院今天开放了新的胸痛中心。'.repeat(20);

/** A project with one page of one article covering the whole text. */
function projectWithArticle(name: string): { db: ProjectDatabase; articleId: number } {
  const db = openProjectDatabase(path.join(tempDir(), name));
  const documentId = insertDocument(
    db,
    {
      name: 'page.txt',
      sourcePath: null,
      kind: 'text',
      sha256: 'a'.repeat(64),
      encoding: 'utf-8',
      encodingConfidence: 1,
      bom: false,
      text,
      charCount: text.length,
      original: null,
      sourceRow: null,
      metadata: null,
    },
    at,
  );
  const articleId = insertArticle(
    db,
    { documentId, ordinal: 0, title: null, ranges: [{ start: 0, end: text.length }] },
    at,
  );
  return { db, articleId };
}

const span = (start: number, length = 4) => ({
  start,
  end: start + length,
  text: text.slice(start, start + length),
});

/** 75 suggestions (two full statements of 32 and a part), with repeated and too many spans. */
function suggestions(): OrdinalSuggestion[] {
  return Array.from({ length: 75 }, (_, i) => {
    const spans =
      i === 3
        ? Array.from({ length: MAX_STORED_SPANS + 30 }, (_, k) => span(k))
        : i % 5 === 0
          ? [span(i), span(i), span(i + 7, 2)] // the same span twice: stored once
          : [span(i * 2)];
    const suggestion: Suggestion = {
      field: `field${i % 7}`,
      value: i % 2 ? { value: i, unit: '个' } : `值${i}`,
      raw: spans[0]!.text,
      spans,
      extractor: i % 3 ? 'rule:count@1' : 'rule:name@2',
      confidence: 0.5 + (i % 10) / 20,
    };
    return { suggestion, ordinal: Math.floor(i / 7) };
  });
}

function everyRow(db: ProjectDatabase): unknown[] {
  return [
    db.prepare('SELECT * FROM field_values ORDER BY id').all(),
    db.prepare('SELECT * FROM value_spans ORDER BY value_id, start, end').all(),
    db.prepare('SELECT * FROM change_counters ORDER BY name').all(),
    db.prepare('SELECT * FROM extractor_outcome_counts ORDER BY extractor, state').all(),
  ];
}

describe('insertSuggestions', () => {
  it('stores the very rows, ids and counts that insertSuggestion stores one at a time', () => {
    const one = projectWithArticle('one.gleaner');
    const many = projectWithArticle('many.gleaner');
    const schema = { schemaId: 'hospital-news', schemaVersion: 3, at };
    for (const { db, articleId } of [one, many]) {
      // Earlier values, the newest of them deleted: the next id is still one above the largest.
      db.transaction(() => {
        for (const { suggestion, ordinal } of suggestions().slice(0, 3))
          insertSuggestion(db, { articleId, suggestion, ordinal, ...schema });
        db.prepare('DELETE FROM field_values WHERE id = (SELECT max(id) FROM field_values)').run();
      })();
    }

    const singleIds = one.db.transaction(() =>
      suggestions().map(({ suggestion, ordinal }) =>
        insertSuggestion(one.db, { articleId: one.articleId, suggestion, ordinal, ...schema }),
      ),
    )();
    const manyIds = many.db.transaction(() =>
      insertSuggestions(many.db, {
        articleId: many.articleId,
        suggestions: suggestions(),
        ...schema,
      }),
    )();

    expect(manyIds).toEqual(singleIds);
    expect(everyRow(many.db)).toEqual(everyRow(one.db));
    const spans = many.db.prepare('SELECT count(*) AS n FROM value_spans WHERE value_id = ?');
    expect(spans.get(manyIds[3])).toEqual({ n: MAX_STORED_SPANS });
    expect(spans.get(manyIds[5])).toEqual({ n: 2 });
    one.db.close();
    many.db.close();
  });

  it('stores nothing for no suggestions', () => {
    const { db, articleId } = projectWithArticle('none.gleaner');
    expect(
      insertSuggestions(db, { articleId, suggestions: [], schemaId: 's', schemaVersion: 1, at }),
    ).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM field_values').get()).toEqual({ n: 0 });
    db.close();
  });
});

describe("a suggestion's last change", () => {
  it('is its creation until something changes it, then the time of that change', () => {
    const { db, articleId } = projectWithArticle('times.gleaner');
    const [one, many] = db.transaction(() => [
      insertSuggestion(db, {
        ...suggestions()[0]!,
        articleId,
        schemaId: 's',
        schemaVersion: 1,
        at,
      }),
      insertSuggestions(db, {
        articleId,
        suggestions: suggestions().slice(1, 3),
        schemaId: 's',
        schemaVersion: 1,
        at,
      })[0]!,
    ])();
    const times = db.prepare(
      `SELECT updated_at AS stored, ${valueUpdatedAtSql('v')} AS updatedAt
         FROM field_values v WHERE id = ?`,
    );
    // Not stored: the row leaves out the 24 characters of its time.
    expect(times.get(one)).toEqual({ stored: '', updatedAt: at });
    expect(times.get(many)).toEqual({ stored: '', updatedAt: at });

    const later = '2026-12-07T09:30:00.000Z';
    writeValueState(db, many!, 'accepted', later);
    expect(times.get(many)).toEqual({ stored: later, updatedAt: later });
    expect(times.get(one)).toEqual({ stored: '', updatedAt: at });
    db.close();
  });
});
