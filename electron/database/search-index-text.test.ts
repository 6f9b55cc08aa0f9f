import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesSearch } from '../../shared/text/search-pattern';
import {
  SEARCH_TOKENIZER,
  articleIndexText,
  needsTextCheck,
  searchMatchExpression,
  tokenText,
} from './search-index-text';

/** A real FTS5 table as migration 10 declares it, in memory. */
function index(): Database.Database {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(text, tokenize = "${SEARCH_TOKENIZER}",
    detail = full, content = '', contentless_delete = 1)`);
  return db;
}

const alphabet = [
  '医',
  '院',
  '胸',
  '痛',
  '中',
  '心',
  'a',
  'B',
  '\n',
  '\r',
  ' ',
  '𠀋',
  '、',
  '"',
  '*',
];
const textArb = fc
  .array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 40 })
  .map((chars) => chars.join(''));

describe('search index text', () => {
  it('gives one token per character, and one per run of breaks naming its neighbours', () => {
    expect(tokenText(['胸痛\r\n中心'])).toBe('胸 痛 痛\u{10fff1}中 中 心');
    expect(tokenText(['\n医 院'])).toBe('\u{10fff0}医 医 \u{f0020} 院');
    expect(tokenText(['标题', '𠀋\n\n'])).toBe('标 题 \u{10fffd} 𠀋 𠀋\u{10fff0}\u{10fff0}');
    expect(articleIndexText(null, ['a'])).toBe('\u{10fffd} a');
  });

  it('asks for every form of a query', () => {
    expect(searchMatchExpression('医院')?.split(' OR ')).toEqual([
      '"医 院"',
      '"医 医\u{10fff0}院 院"',
      '"医 医\u{10fff1}院 院"',
    ]);
    expect(searchMatchExpression('"')).toBe('""""');
  });

  it('finds exactly the texts that hold the query as search defines it (one break allowed)', () => {
    const db = index();
    const insert = db.prepare('INSERT INTO t (rowid, text) VALUES (?, ?)');
    const remove = db.prepare('DELETE FROM t WHERE rowid = 1');
    const found = db.prepare('SELECT count(*) FROM t WHERE t MATCH ?').pluck();
    fc.assert(
      fc.property(
        textArb,
        fc.nat(),
        fc.integer({ min: 1, max: 5 }),
        textArb,
        (text, from, length, other) => {
          const chars = Array.from(text);
          const start = from % chars.length;
          // Half the queries are cut from the text, half are any string.
          const query = (from % 2 === 0 ? chars.slice(start, start + length).join('') : other)
            .trim()
            .slice(0, 8);
          if (!query || needsTextCheck(query)) return;
          remove.run();
          insert.run(1, articleIndexText('', [text]));
          const expected = matchesSearch(text, query) ? 1 : 0;
          expect(found.get(searchMatchExpression(query)), JSON.stringify({ text, query })).toBe(
            expected,
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('sends queries whose case the index would fold too widely to the text', () => {
    expect(needsTextCheck('医院 news')).toBe(false);
    expect(needsTextCheck('École')).toBe(true);
    expect(needsTextCheck('ß')).toBe(true);
  });
});
