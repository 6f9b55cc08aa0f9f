import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchesSearch } from '../../shared/text/search-pattern';
import { importPaths } from '../services/import-pipeline';
import { Project } from '../services/project';
import { seededRandom as random } from '../test-support/pathological-pages';
import { searchRowsAgainstArticles } from '../test-support/search-rows';
import { useTempDir } from '../test-support/temp-dir';
import { articleFilterSql } from './article-filter';
import { getArticle } from './articles-repository';
import type { ProjectDatabase } from './open-project';
import { flushSearchIndex } from './search-index';
import { countSearchMatches, directSearchIndex, searchMatchIds } from './search-matches';

const tempDir = useTempDir();

/**
 * Characters of the generated corpus: a few common ones (so queries have many matches and
 * bigrams repeat), astral ones, CJK and ASCII punctuation (FTS5 and LIKE syntax among them),
 * mixed-case ASCII, a cased non-ASCII letter, spaces of two kinds and line breaks of three.
 */
const COMMON = ['医', '院', '省', '中', '心', '胸', '痛', '人', '民'];
const RARE = [
  // Not common characters for the index (search-common-characters.ts): tokens alone, and a
  // query that ends with one and a common character is checked on the text.
  '龘',
  '丌',
  '𠀋',
  '😀',
  '、',
  '。',
  '“',
  '"',
  '*',
  '%',
  '_',
  '-',
  'a',
  'B',
  'É',
  '1',
  '\u3000',
  '\t',
];
const BREAKS = ['\n', '\r\n', '\r'];

function generatedText(next: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) {
    const roll = next();
    const pool = roll < 0.7 ? COMMON : roll < 0.93 ? RARE : roll < 0.97 ? [' '] : BREAKS;
    text += pool[Math.floor(next() * pool.length)]!;
  }
  return text;
}

/** The articles whose live title or one of whose ranges holds `query`, read the slow way. */
function bruteForce(db: ProjectDatabase, query: string): number[] {
  const ids = (db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: number }[]).map(
    (r) => r.id,
  );
  return ids.filter((id) => {
    const article = getArticle(db, id);
    return [article.title ?? '', ...article.segments.map((s) => s.text)].some((text) =>
      matchesSearch(text, query),
    );
  });
}

/** Every match, read a page of 7 at a time, with the count, whole and stopped at 3. */
function expectPagesAndCounts(db: ProjectDatabase, query: string, expected: number[]): void {
  const pages: number[] = [];
  for (;;) {
    const page = searchMatchIds(db, query, { afterId: pages.at(-1) ?? 0, limit: 7 });
    pages.push(...page);
    if (page.length < 7) break;
  }
  expect(pages, JSON.stringify(query)).toEqual(expected);
  expect(countSearchMatches(db, query), JSON.stringify(query)).toBe(expected.length);
  expect(countSearchMatches(db, query, { upTo: 3 })).toBe(Math.min(3, expected.length));
}

const selected = (db: ProjectDatabase, query: string): number[] => {
  const where = articleFilterSql({ query });
  return (
    db.prepare(`SELECT a.id FROM articles a ${where.where} ORDER BY a.id`).all(where.params) as {
      id: number;
    }[]
  ).map((r) => r.id);
};

/** Queries cut from the articles' own text (1–6 characters, breaks included) and made up ones. */
function queries(db: ProjectDatabase, next: () => number, count: number): string[] {
  // Each range's text, and each article's title and ranges run together: queries cut across
  // where one ends and the next begins must not match there.
  const texts = (
    db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: number }[]
  ).flatMap(({ id }) => {
    const article = getArticle(db, id);
    const parts = [article.title ?? '', ...article.segments.map((s) => s.text)];
    return [...parts, parts.join('')].map((text) => Array.from(text));
  });
  // Where a part ends with the character the next one starts with (…AB | BC…), the query ABC
  // holds that character once: it is in neither part, and only the separator between them keeps
  // the index from finding it. Every such place in the corpus is asked.
  const glued = (db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: number }[])
    .flatMap(({ id }) => {
      const article = getArticle(db, id);
      const parts = [article.title ?? '', ...article.segments.map((s) => s.text)].map((text) =>
        Array.from(text),
      );
      return parts.slice(1).flatMap((part, i) => {
        const before = parts[i]!;
        return before.length > 1 && part.length > 1 && part[0] === before.at(-1)
          ? [[...before.slice(-2), ...part.slice(1, 3)].join('').trim()]
          : [];
      });
    })
    .filter((query) => Array.from(query).length > 1);
  const found = [...glued];
  while (found.length < glued.length + count) {
    const length = 1 + Math.floor(next() * 6);
    const query =
      next() < 0.7
        ? (() => {
            const chars = texts[Math.floor(next() * texts.length)]!;
            const start = Math.floor(next() * Math.max(1, chars.length - length));
            return chars.slice(start, start + length).join('');
          })()
        : generatedText(next, length);
    // The filter trims the query as the app does; an all-space query asks for nothing.
    if (query.trim()) found.push(query.trim());
  }
  return found;
}

describe('search is exact (the index against a brute-force scan)', () => {
  it('finds exactly the articles that hold each of 300 random queries and of queries across parts, queued and indexed', async () => {
    const dir = tempDir();
    const next = random(19);
    const files = Array.from({ length: 12 }, (_, i) => {
      const file = path.join(dir, `page-${i}.txt`);
      // Paragraphs apart by blank lines, so the import cuts the pages into several articles.
      const paragraphs = Array.from({ length: 3 + Math.floor(next() * 4) }, () =>
        generatedText(next, 40 + Math.floor(next() * 300)),
      );
      fs.writeFileSync(file, paragraphs.join('\n\n'));
      return file;
    });
    const project = Project.open(path.join(dir, 'p.gleaner'));
    const { db } = project;
    await importPaths(db, files, { actor: 'test' });
    // Titles that end with the character their article's text starts with (see queries()).
    const setTitle = db.prepare('UPDATE articles SET title = ? WHERE id = ?');
    for (const { id } of db.prepare('SELECT id FROM articles').all() as { id: number }[]) {
      const first = Array.from(getArticle(db, id).segments[0]?.text ?? '医')[0]!;
      setTitle.run(generatedText(next, 3 + Math.floor(next() * 10)) + first, id);
    }
    const asked = queries(db, next, 300);
    expect(asked.length).toBeGreaterThan(300); // some of them run from one part into the next
    const expected = asked.map((query) => bruteForce(db, query));
    // Queued after the import: found on their live text.
    const half = asked.length / 2;
    for (let i = 0; i < half; i++) {
      expect(selected(db, asked[i]!), asked[i]).toEqual(expected[i]);
      expectPagesAndCounts(db, asked[i]!, expected[i]!);
    }
    expect(flushSearchIndex(db)).toBeGreaterThan(0);
    for (let i = 0; i < asked.length; i++) {
      expect(selected(db, asked[i]!), JSON.stringify(asked[i])).toEqual(expected[i]);
      expectPagesAndCounts(db, asked[i]!, expected[i]!);
    }
    // The queries find something often enough to mean something: most of them match.
    expect(expected.filter((ids) => ids.length > 0).length).toBeGreaterThan(asked.length / 2);
    const { stored, expected: rows } = searchRowsAgainstArticles(db);
    expect(stored).toEqual(rows);
    project.close();
  }, 60_000);

  it('asks for the broken forms of a query only when the index holds their break', async () => {
    const dir = tempDir();
    const pages = ['胸痛中心成立。', '新的胸痛\n中心。', '胸痛\r\n中心落成。', '心内科。'];
    const files = pages.map((text, i) => {
      const file = path.join(dir, `page-${i}.txt`);
      fs.writeFileSync(file, text);
      return file;
    });
    const project = Project.open(path.join(dir, 'p.gleaner'));
    const { db } = project;
    await importPaths(db, files, { actor: 'test' });
    flushSearchIndex(db);
    const phrases = (query: string) => directSearchIndex(db, query)!.expression.split(' OR ');
    // 胸痛中心 has six broken forms; the text holds two of them (LF and CRLF between 痛 and 中).
    expect(phrases('胸痛中心')).toHaveLength(3);
    expect(searchMatchIds(db, '胸痛中心', { limit: 10 })).toEqual(bruteForce(db, '胸痛中心'));
    expect(bruteForce(db, '胸痛中心')).toHaveLength(3);
    // No break inside 心内科 anywhere: the query as typed alone.
    expect(phrases('心内科')).toEqual(['"心内 内科"']);
    expect(countSearchMatches(db, '心内科')).toBe(1);
    project.close();
  });
});
