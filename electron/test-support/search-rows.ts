import { CodePointIndex } from '../../shared/text/codepoints';
import type { ProjectDatabase } from '../database/open-project';
import { flushSearchIndex } from '../database/search-index';
import {
  CRLF_MARK,
  LF_MARK,
  PART_SEPARATOR,
  PRIVATE_STAND_IN,
  characterText,
} from '../database/search-index-text';

export interface SearchableArticle {
  id: number;
  title: string;
  /** The article's segment texts, one a line. */
  body: string;
  /**
   * Every common character of title and body (search-common-characters.ts), once each, in code
   * point order.
   */
  characters: string;
}

/** Case as the index's tokenizer folds it (unicode61: every script's letters). */
const fold = (text: string): string =>
  Array.from(text, (char) => {
    const lower = char.toLowerCase();
    return Array.from(lower).length === 1 ? lower : char;
  }).join('');

const isMark = (codePoint: number | undefined): boolean =>
  codePoint === LF_MARK || codePoint === CRLF_MARK;

const unStandIn = (codePoint: number): string =>
  codePoint >= PRIVATE_STAND_IN && codePoint < PRIVATE_STAND_IN + 0x10000
    ? String.fromCharCode(codePoint - PRIVATE_STAND_IN)
    : String.fromCodePoint(codePoint);

/** Each distinct code point of `text` but line breaks (LF, and CR before LF), sorted. */
const characterSet = (text: string): string =>
  [...new Set(Array.from(text.replaceAll('\r\n', '\n').replaceAll('\n', '')))]
    .sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!)
    .join('');

/**
 * What the search index holds for every article (after a flush), next to what each article
 * really is now: equal when no stale, missing or misplaced row is left after a change. The index
 * keeps no text (migration 15), so its rows are read back token by token from their positions
 * (fts5vocab, 'instance'): every unit starts one token (alone or paired with the next), so each
 * token's first unit is the text in order, a run's leading marks turned back into the line breaks
 * they stand for and stand-ins into the spaces they stand for, the separator token between title
 * and ranges. The character table is read back as each article's set of tokens.
 */
export function searchRowsAgainstArticles(db: ProjectDatabase): {
  stored: SearchableArticle[];
  expected: SearchableArticle[];
} {
  flushSearchIndex(db);
  db.exec(
    'CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_search_tokens USING fts5vocab(main, article_search, instance)',
  );
  db.exec(
    'CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_search_char_tokens USING fts5vocab(main, article_search_chars, instance)',
  );
  const ids = (db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: number }[]).map(
    (r) => r.id,
  );
  const tokens = db
    .prepare('SELECT doc AS id, term FROM temp.article_search_tokens ORDER BY doc, offset')
    .all() as { id: number; term: string }[];
  const parts = new Map<number, string[]>();
  for (const { id, term } of tokens) {
    const own = parts.get(id) ?? [''];
    parts.set(id, own);
    const codePoints = Array.from(term, (char) => char.codePointAt(0)!);
    const first = codePoints[0]!;
    if (first === PART_SEPARATOR) own.push('');
    else if (isMark(first)) {
      // A run of breaks names the characters around it, which start tokens of their own.
      const run: number[] = [];
      for (const c of codePoints) {
        if (!isMark(c)) break;
        run.push(c);
      }
      own[own.length - 1] += run.map((c) => (c === LF_MARK ? '\n' : '\r\n')).join('');
    } else own[own.length - 1] += unStandIn(first);
  }
  const characters = new Map<number, string[]>();
  for (const { id, term } of db
    .prepare('SELECT doc AS id, term FROM temp.article_search_char_tokens')
    .all() as { id: number; term: string }[])
    characters.set(id, [...(characters.get(id) ?? []), unStandIn(term.codePointAt(0)!)]);
  const stored = [...new Set([...ids, ...parts.keys()])].map((id) => {
    const [title = '', ...body] = parts.get(id) ?? [];
    return {
      id,
      title,
      body: body.join('\n'),
      characters: characterSet((characters.get(id) ?? []).join('')),
    };
  });
  // Read with the columns every schema since migration 6 has (the migration tests run this on
  // files of that schema), not with getArticle, which reads the newest columns too.
  const articleOf = db.prepare(
    'SELECT a.title, d.text FROM articles a JOIN documents d ON d.id = a.document_id WHERE a.id = ?',
  );
  const rangesOf = db.prepare(
    'SELECT start, end FROM article_ranges WHERE article_id = ? ORDER BY start',
  );
  const expected = ids.map((id) => {
    const article = articleOf.get(id) as { title: string | null; text: string };
    const index = new CodePointIndex(article.text);
    const ranges = rangesOf.all(id) as { start: number; end: number }[];
    const title = fold(article.title ?? '');
    const texts = ranges.map((r) => fold(index.slice(r.start, r.end)));
    const characters = characterSet(
      characterText([title, ...texts])
        .split(' ')
        .map((token) => (token ? unStandIn(token.codePointAt(0)!) : ''))
        .join(''),
    );
    return { id, title, body: texts.join('\n'), characters };
  });
  return { stored, expected };
}
