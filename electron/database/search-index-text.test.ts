import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesSearch } from '../../shared/text/search-pattern';
import { migration0015BigramSearch } from './migrations/0015-bigram-search';
import { commonCharacterCount, isCommonCharacter } from './search-common-characters';
import {
  SEARCH_TOKENIZER,
  articleIndexText,
  bigramText,
  characterText,
  needsTextCheck,
  searchIndexQuery,
  type SearchIndexQuery,
  type SearchTable,
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
  // Not common characters (search-common-characters.ts): the last of a query is a prefix.
  '龘',
  '丌',
];
const textArb = fc
  .array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 40 })
  .map((chars) => chars.join(''));

describe('search index text', () => {
  it('gives one token per unit, two common characters in a row as a bigram', () => {
    expect(bigramText(['胸痛\r\n中心'])).toBe('胸痛 痛 \u{10fff1}痛中 中心 心');
    expect(bigramText(['\n医 院'])).toBe('\u{10fff0}\u{10fffd}医 医\u{f0020} \u{f0020}院 院');
    expect(bigramText(['标题', '𠀋\n\n'])).toBe(
      '标题 题 \u{10fffd} 𠀋 \u{10fff0}\u{10fff0}𠀋\u{10fffd}',
    );
    // 龘 and 丌 are not common characters: never paired.
    expect(bigramText(['医龘院丌丌医院'])).toBe('医 龘 院 丌 丌 医院 院');
    expect(articleIndexText(null, ['a'])).toEqual({
      bigrams: '\u{10fffd} a',
      characters: 'a',
    });
  });

  it('counts GB2312 level-1 hanzi, ASCII and punctuation as common, rare hanzi not', () => {
    for (const char of '医院省的a Z，。“…')
      expect(isCommonCharacter(char.codePointAt(0)!, 0xf0000), char).toBe(char !== ' ');
    expect(isCommonCharacter(0xf0020, 0xf0000)).toBe(true);
    for (const char of '龘丌𠀋\r')
      expect(isCommonCharacter(char.codePointAt(0)!, 0xf0000), char).toBe(false);
    expect(commonCharacterCount()).toBe(3755 + 94 + 24 + 63 + 94);
  });

  it('gives each common character once to the character table, rare ones left out', () => {
    expect(characterText(['医院医院', '院 \r\n𠀋\r龘'])).toBe('医 院 \u{f0020}');
  });

  it('asks for the tokens a query starts, checked on the text only when they cannot be exact', () => {
    const ask = (query: string): SearchIndexQuery => searchIndexQuery(query)!;
    const alone = (table: SearchTable, expression: string): Omit<SearchIndexQuery, 'phrases'> => ({
      table,
      expression,
      checkText: false,
    });
    expect(ask('省')).toMatchObject(alone('article_search_chars', '"省"'));
    expect(ask('"')).toMatchObject(alone('article_search_chars', '""""'));
    expect(ask('龘')).toMatchObject(alone('article_search', '"龘"'));
    expect(ask('医院')).toMatchObject(
      alone('article_search', '"医院" OR "医 \u{10fff0}医院" OR "医 \u{10fff1}医院"'),
    );
    // Each broken form names its break's token, which the search leaves out when absent.
    expect(ask('医院').phrases).toEqual([
      { phrase: '"医院"', breakTokens: [] },
      { phrase: '"医 \u{10fff0}医院"', breakTokens: ['"\u{10fff0}医院"'] },
      { phrase: '"医 \u{10fff1}医院"', breakTokens: ['"\u{10fff1}医院"'] },
    ]);
    expect(ask('省').phrases).toEqual([{ phrase: '"省"', breakTokens: [] }]);
    expect(ask('胸痛中心').expression.split(' OR ')[0]).toBe('"胸痛 痛中 中心"');
    expect(ask('胸痛龘')).toMatchObject({ checkText: false });
    expect(ask('胸痛龘').expression.split(' OR ')[0]).toBe('"胸痛 痛 龘"');
    // After a rare character, a common last one may start a bigram with whatever follows it.
    expect(ask('龘院')).toMatchObject({ checkText: true });
    expect(ask('龘院').expression.split(' OR ')[0]).toBe('"龘"');
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
          const context = JSON.stringify({ title, ranges, query });
          // An answer to check on the text may hold more, never less.
          if (searchIndexQuery(query)!.checkText)
            expect(found(query), context).toBeGreaterThanOrEqual(expected);
          else expect(found(query), context).toBe(expected);
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
