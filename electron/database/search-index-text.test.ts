import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesSearch } from '../../shared/text/search-pattern';
import { migration0015BigramSearch } from './migrations/0015-bigram-search';
import {
  SEARCH_TOKENIZER,
  articleIndexText,
  bigramText,
  characterText,
  needsTextCheck,
  searchIndexQuery,
} from './search-index-text';

/** The two real FTS5 tables as migration 15 declares them, in memory. */
function index(): Database.Database {
  const db = new Database(':memory:');
  // Migration 15 replaces migration 10's table and trigger: stand-ins for them.
  db.exec(`CREATE TABLE articles (id INTEGER PRIMARY KEY);
    CREATE TABLE search_pending (article_id INTEGER PRIMARY KEY);
    CREATE VIRTUAL TABLE article_search USING fts5(text);
    CREATE TRIGGER article_search_article_delete AFTER DELETE ON articles BEGIN SELECT 1; END;`);
  migration0015BigramSearch.up(db);
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
  it('gives one bigram per character, the part’s end after the last one', () => {
    expect(bigramText(['胸痛\r\n中心'])).toBe(
      '胸痛 痛痛\u{10fff1}中 痛\u{10fff1}中中 中心 心\u{10fffe}',
    );
    expect(bigramText(['\n医 院'])).toBe('\u{10fff0}医医 医\u{f0020} \u{f0020}院 院\u{10fffe}');
    expect(bigramText(['标题', '𠀋\n\n'])).toBe(
      '标题 题\u{10fffe} \u{10fffd} 𠀋𠀋\u{10fff0}\u{10fff0} 𠀋\u{10fff0}\u{10fff0}\u{10fffe}',
    );
    expect(articleIndexText(null, ['a'])).toEqual({
      bigrams: '\u{10fffd} a\u{10fffe}',
      characters: 'a',
    });
  });

  it('gives each character once to the character table, line breaks left out', () => {
    expect(characterText(['医院医院', '院 \r\n𠀋\r'])).toBe('医 院 \u{f0020} 𠀋 \u{f000d}');
  });

  it('asks the character table for one character and the bigram table for every form of more', () => {
    expect(searchIndexQuery('省')).toEqual({ table: 'article_search_chars', expression: '"省"' });
    expect(searchIndexQuery('医院')?.expression.split(' OR ')).toEqual([
      '"医院"',
      '"医医\u{10fff0}院 医\u{10fff0}院院"',
      '"医医\u{10fff1}院 医\u{10fff1}院院"',
    ]);
    expect(searchIndexQuery('胸痛中心')?.expression.split(' OR ')[0]).toBe('"胸痛 痛中 中心"');
    expect(searchIndexQuery('"')).toEqual({ table: 'article_search_chars', expression: '""""' });
    expect(searchIndexQuery('')).toBeNull();
  });

  it('declares the tokenizer migration 15 wrote out', () => {
    const db = index();
    const sql = db
      .prepare("SELECT group_concat(sql) FROM sqlite_schema WHERE name LIKE 'article_search%'")
      .pluck()
      .get() as string;
    expect(sql.split(SEARCH_TOKENIZER).length).toBe(3);
  });

  it('finds exactly the texts that hold the query as search defines it (one break allowed)', () => {
    const db = index();
    const insert = db.prepare('INSERT INTO article_search (rowid, text) VALUES (?, ?)');
    const insertCharacters = db.prepare(
      'INSERT INTO article_search_chars (rowid, text) VALUES (?, ?)',
    );
    const remove = db.prepare('DELETE FROM article_search WHERE rowid = 1');
    const removeCharacters = db.prepare('DELETE FROM article_search_chars WHERE rowid = 1');
    const found = (query: string): number => {
      const { table, expression } = searchIndexQuery(query)!;
      return db
        .prepare(`SELECT count(*) FROM ${table} WHERE ${table} MATCH ?`)
        .pluck()
        .get(expression) as number;
    };
    fc.assert(
      fc.property(
        textArb,
        fc.nat(),
        fc.integer({ min: 1, max: 5 }),
        textArb,
        fc.nat(),
        fc.nat(),
        (text, from, length, other, cut1, cut2) => {
          const chars = Array.from(text);
          const start = from % chars.length;
          // The text is cut into a title and two ranges, and a query must only match inside one.
          const [at1, at2] = [cut1 % (chars.length + 1), cut2 % (chars.length + 1)].sort(
            (a, b) => a - b,
          ) as [number, number];
          // A third of the time the first range starts with the title's last character and the
          // query runs from the title's end on into the range's (ABC from title …AB, range BC…).
          const overlap = from % 3 === 2 && at1 > 0;
          const title = chars.slice(0, at1).join('');
          const ranges = [
            (overlap ? chars[at1 - 1]! : '') + chars.slice(at1, at2).join(''),
            chars.slice(at2).join(''),
          ];
          const query = (
            overlap
              ? chars.slice(Math.max(0, at1 - length), at1).join('') +
                chars.slice(at1, at1 + length).join('')
              : from % 3 === 0
                ? chars.slice(start, start + length).join('')
                : other
          )
            .trim()
            .slice(0, 8);
          if (!query || needsTextCheck(query)) return;
          remove.run();
          removeCharacters.run();
          const row = articleIndexText(title, ranges);
          insert.run(1, row.bigrams);
          insertCharacters.run(1, row.characters);
          const expected = [title, ...ranges].some((part) => matchesSearch(part, query)) ? 1 : 0;
          expect(found(query), JSON.stringify({ title, ranges, query })).toBe(expected);
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
