import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { ArticleFilter, ArticleSort } from '../../shared/contract/articles';
import { articleStatuses, type ArticleStatus } from '../../shared/contract/domain';
import { matchesSearch } from '../../shared/text/search-pattern';
import { bundledSeedsDir } from '../app-root';
import { Project } from '../services/project';
import { getArticle, listArticles } from './articles-repository';
import { articleFilterSql } from './article-filter';
import { valuesOfArticle } from './values-repository';
import { flushSearchIndex, searchIndexIsStale } from './search-index';
import { importPaths } from '../services/import-pipeline';
import { useTempDir } from '../test-support/temp-dir';
import fs from 'node:fs';
import os from 'node:os';

/** Everything the brute-force filter needs, read the slow way from the repositories. */
interface Known {
  id: number;
  documentName: string;
  documentId: number;
  ordinal: number;
  title: string;
  text: string[];
  status: ArticleStatus;
  assigneeId: number | null;
  keptFields: Set<string>;
  flagged: boolean;
  offSubject: boolean;
  updatedAt: string;
  length: number;
}

function bruteForce(all: Known[], filter: ArticleFilter): number[] {
  return all
    .filter(
      (a) =>
        (filter.status === undefined || a.status === filter.status) &&
        (filter.assigneeId === undefined || a.assigneeId === filter.assigneeId) &&
        (filter.fieldPresent === undefined || a.keptFields.has(filter.fieldPresent)) &&
        (filter.fieldMissing === undefined || !a.keptFields.has(filter.fieldMissing)) &&
        (!filter.flaggedOnly || a.flagged) &&
        (filter.subject === undefined || a.offSubject === (filter.subject === 'off')) &&
        (filter.query === undefined ||
          [a.title, ...a.text].some((t) => matchesSearch(t, filter.query!))),
    )
    .map((a) => a.id)
    .sort((x, y) => x - y);
}

let dir: string;
let project: Project;
let known: Known[];
let fieldKeys: string[];
let samples: string[];

function readKnown(): Known[] {
  const ids = (project.db.prepare('SELECT id FROM articles').all() as { id: number }[]).map(
    (r) => r.id,
  );
  return ids.map((id) => {
    const detail = getArticle(project.db, id);
    const row = project.db
      .prepare(
        'SELECT assignee_id AS assigneeId, updated_at AS updatedAt FROM articles WHERE id = ?',
      )
      .get(id) as { assigneeId: number | null; updatedAt: string };
    return {
      id,
      documentName: detail.documentName,
      documentId: detail.documentId,
      ordinal: detail.ordinal,
      title: detail.title ?? '',
      text: detail.segments.map((s) => s.text),
      status: detail.status,
      assigneeId: row.assigneeId,
      keptFields: new Set(
        valuesOfArticle(project.db, id)
          .filter((v) => v.state !== 'rejected')
          .map((v) => v.fieldKey),
      ),
      flagged: detail.marks.some((m) => m.kind === 'repeat'),
      offSubject: detail.offSubject !== null,
      updatedAt: row.updatedAt,
      length: detail.length,
    };
  });
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-filter-'));
  project = Project.open(path.join(dir, 'p.gleaner'), { seedsDir: bundledSeedsDir });
  const { db } = project;
  // Give the seeds some variety: statuses, two curators, rejected values, English words.
  const at = '2026-01-01T00:00:00.000Z';
  db.prepare(
    "INSERT INTO profiles (id, name, role, created_at) VALUES (1, '王芳', 'curator', ?)",
  ).run(at);
  db.prepare(
    "INSERT INTO profiles (id, name, role, created_at) VALUES (2, 'Li Ming', 'curator', ?)",
  ).run(at);
  const ids = (db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: number }[]).map(
    (r) => r.id,
  );
  ids.forEach((id, i) => {
    db.prepare('UPDATE articles SET status = ?, assignee_id = ?, updated_at = ? WHERE id = ?').run(
      articleStatuses[i % articleStatuses.length],
      i % 3 === 0 ? null : i % 3,
      `2026-01-0${(i % 7) + 1}T00:00:00.000Z`,
      id,
    );
  });
  db.prepare("UPDATE articles SET title = 'Hospital NEWS 100% _done_' WHERE id = ?").run(ids[0]);
  // The seeds are all hospital news: mark a few as extraction marks pages that are not.
  const offSubject = JSON.stringify({
    subject: { 'zh-CN': '医院', en: 'a hospital' },
    reason: 'not about a hospital (set by the test)',
  });
  for (const id of ids.filter((_, i) => i % 4 === 1)) {
    db.prepare('UPDATE articles SET off_subject = ? WHERE id = ?').run(offSubject, id);
  }
  db.prepare(
    "UPDATE field_values SET state = 'rejected' WHERE id IN (SELECT id FROM field_values WHERE id % 3 = 0)",
  ).run();
  known = readKnown();
  fieldKeys = [
    ...new Set(
      (db.prepare('SELECT DISTINCT field_key AS k FROM field_values').all() as { k: string }[]).map(
        (r) => r.k,
      ),
    ),
    'no_such_field',
  ];
  // Queries drawn from the real text: 1, 2 and 4 code points, with mixed case and punctuation.
  samples = [
    '医院',
    '省',
    '市',
    'hospital',
    'news',
    'NEWS 1',
    '100%',
    '_done_',
    '%',
    '_',
    '"',
    'x"y',
    '胸痛中心',
    '的',
    '第二人民',
  ];
  for (const a of known) {
    const chars = [...a.text.join('')];
    for (const len of [1, 2, 4]) samples.push(chars.slice(37, 37 + len).join(''));
  }
  samples = samples.filter((s) => s.trim() === s && s.length > 0);
});

afterAll(() => {
  project.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const keyOf: Record<ArticleSort, (a: Known) => (string | number)[]> = {
  document: (a) => [a.documentName, a.documentId, a.ordinal],
  title: (a) => [a.title === '' ? 1 : 0, a.title],
  status: (a) => [
    ['new', 'in_progress', 'changes_requested', 'submitted', 'approved'].indexOf(a.status),
  ],
  updated: (a) => [a.updatedAt],
  length: (a) => [a.length],
};
const compare = (x: (string | number)[], y: (string | number)[]) => {
  for (let i = 0; i < x.length; i++) {
    if (x[i]! < y[i]!) return -1;
    if (x[i]! > y[i]!) return 1;
  }
  return 0;
};

/** The list's order of `articles` by `sort`, as the brute force sees it. */
function sortedIds(articles: Known[], sort: ArticleSort, descending: boolean): number[] {
  return [...articles]
    .sort((a, b) => {
      const c = compare(keyOf[sort](a), keyOf[sort](b)) || a.id - b.id;
      // Untitled stay last either way.
      if (sort === 'title' && (a.title === '') !== (b.title === '')) return a.title === '' ? 1 : -1;
      return descending ? -c : c;
    })
    .map((a) => a.id);
}

const allIds = (filter: ArticleFilter & { sort?: ArticleSort; descending?: boolean }) =>
  listArticles(project.db, { ...filter, offset: 0, limit: 1000 }).items.map((i) => i.id);

describe('articleFilterSql and listArticles', () => {
  it('returns exactly the articles a brute-force filter over every article keeps', () => {
    const filterArb: fc.Arbitrary<ArticleFilter> = fc.record(
      {
        status: fc.constantFrom(...articleStatuses),
        assigneeId: fc.constantFrom(null, 1, 2, 99),
        fieldPresent: fc.constantFrom(...fieldKeys),
        fieldMissing: fc.constantFrom(...fieldKeys),
        flaggedOnly: fc.boolean(),
        subject: fc.constantFrom('on' as const, 'off' as const),
        query: fc.constantFrom(...samples),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(filterArb, (filter) => {
        const listed = listArticles(project.db, { ...filter, offset: 0, limit: 1000 });
        const expected = bruteForce(known, filter);
        expect(listed.items.map((i) => i.id).sort((x, y) => x - y)).toEqual(expected);
        expect(listed.total).toBe(expected.length);
      }),
      { numRuns: 300 },
    );
  });

  it('finds 1- and 2-character Chinese queries, and 3+ character ones through the index', () => {
    for (const query of samples) {
      expect(
        allIds({ query }).sort((x, y) => x - y),
        query,
      ).toEqual(bruteForce(known, { query }));
    }
    // The seeds are hospital news: the short queries a curator types must find something.
    expect(allIds({ query: '医院' }).length).toBeGreaterThan(0);
    expect(allIds({ query: '省' }).length).toBeGreaterThan(0);
    // Every length, 1 character included, is one MATCH in the index (its line-broken forms ORed
    // into it), never a scan of the text.
    for (const query of ['省', '医院', '胸痛中心']) {
      const filter = articleFilterSql({ query }, { queued: false });
      const plan = project.db
        .prepare(`EXPLAIN QUERY PLAN SELECT a.id FROM articles a ${filter.where}`)
        .all(filter.params) as { detail: string }[];
      expect(plan.filter((p) => /VIRTUAL TABLE INDEX 0:M/.test(p.detail))).toHaveLength(1);
      expect(plan.filter((p) => /SCAN (documents|article_ranges)/.test(p.detail))).toEqual([]);
    }
  });

  it('lists off-subject articles through their partial index, each with its badge reason', () => {
    const off = listArticles(project.db, { subject: 'off', offset: 0, limit: 1000 }).items;
    expect(off.length).toBeGreaterThan(0);
    expect(off.every((a) => a.offSubject?.subject.en === 'a hospital')).toBe(true);
    const on = listArticles(project.db, { subject: 'on', offset: 0, limit: 1000 }).items;
    expect(on.every((a) => a.offSubject === null)).toBe(true);
    expect(on.length + off.length).toBe(known.length);
    const filter = articleFilterSql({ subject: 'off' });
    const plan = project.db
      .prepare(`EXPLAIN QUERY PLAN SELECT a.id FROM articles a ${filter.where}`)
      .all(filter.params) as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toContain('articles_off_subject');
  });

  it('treats punctuation in a query as text, never as syntax', () => {
    expect(allIds({ query: '100%' })).toEqual([known[0]!.id]);
    expect(allIds({ query: '_done_' })).toEqual([known[0]!.id]);
    expect(allIds({ query: '0%_d' })).toEqual([]);
    expect(allIds({ query: 'x"y OR 1' })).toEqual([]);
    expect(allIds({ query: 'NEAR(医院' })).toEqual([]);
  });

  it('gives each found article a snippet with every match in it', () => {
    const { items } = listArticles(project.db, { query: '医院', offset: 0, limit: 1000 });
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const match = item.match!;
      expect(match.ranges.length).toBeGreaterThan(0);
      const chars = [...match.snippet];
      for (const r of match.ranges) expect(chars.slice(r.start, r.end).join('')).toBe('医院');
      expect(chars.length).toBeLessThanOrEqual(2 + 60 + 2);
    }
    expect(listArticles(project.db, { offset: 0, limit: 5 }).items[0]!.match).toBeNull();
    // Past the last page: no items, the total still right.
    expect(listArticles(project.db, { query: '医院', offset: 500, limit: 5 })).toEqual({
      items: [],
      total: items.length,
      totalCapped: false,
    });
    const english = listArticles(project.db, { query: 'news', offset: 0, limit: 5 }).items[0]!;
    expect(english.match).toEqual({
      snippet: 'Hospital NEWS 100% _done_',
      ranges: [{ start: 9, end: 13 }],
    });
  });

  it('sorts by each key both ways, ties broken by id, and pages without gaps or repeats', () => {
    for (const sort of Object.keys(keyOf) as ArticleSort[]) {
      for (const descending of [false, true]) {
        const expected = sortedIds(known, sort, descending);
        expect(allIds({ sort, descending }), `${sort} ${descending}`).toEqual(expected);
        const paged: number[] = [];
        for (let offset = 0; offset < known.length; offset += 2)
          paged.push(
            ...listArticles(project.db, { sort, descending, offset, limit: 2 }).items.map(
              (i) => i.id,
            ),
          );
        expect(paged).toEqual(expected);
      }
    }
  });

  it('lists at most the cap of a search: its first matches in article order, sorted, and says so', () => {
    const byId = new Map(known.map((a) => [a.id, a]));
    fc.assert(
      fc.property(
        fc.constantFrom(...samples),
        fc.constantFrom(undefined, ...articleStatuses),
        fc.constantFrom(...(Object.keys(keyOf) as ArticleSort[])),
        fc.boolean(),
        fc.integer({ min: 1, max: known.length + 1 }),
        (query, status, sort, descending, cap) => {
          const filter: ArticleFilter = status === undefined ? { query } : { query, status };
          const matches = bruteForce(known, filter);
          const kept = matches.slice(0, cap).map((id) => byId.get(id)!);
          const listed = listArticles(
            project.db,
            { ...filter, sort, descending, offset: 0, limit: 1000 },
            { searchCap: cap },
          );
          expect(listed.items.map((i) => i.id)).toEqual(sortedIds(kept, sort, descending));
          expect(listed.total).toBe(Math.min(matches.length, cap));
          expect(listed.totalCapped).toBe(matches.length > cap);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('a query typed on one line, in text broken over two', () => {
  const tempDir = useTempDir('gleaner-filter-breaks-');

  /** A project of two imported pages, one with CRLF line ends, its search queue not flushed. */
  async function brokenPages(): Promise<{ project: Project; crlf: number; lf: number }> {
    const folder = tempDir();
    const crlfFile = path.join(folder, 'crlf.txt');
    const lfFile = path.join(folder, 'lf.txt');
    fs.writeFileSync(crlfFile, '本院胸痛\r\n中心今年通过认证，费用降低100\r\n%。\r\n');
    fs.writeFileSync(lfFile, '省人民医\n院新址启用，\n门诊量增长。\n');
    const broken = Project.open(path.join(folder, 'p.gleaner'));
    await importPaths(broken.db, [crlfFile, lfFile], { actor: 'test' });
    const idOf = (name: string) =>
      (
        broken.db
          .prepare(
            'SELECT a.id FROM articles a JOIN documents d ON d.id = a.document_id WHERE d.name = ?',
          )
          .get(name) as { id: number }
      ).id;
    return { project: broken, crlf: idOf('crlf.txt'), lf: idOf('lf.txt') };
  }

  /** What exports and bulk assignment select: the filter's SQL alone, no flush before it. */
  const selected = (db: Project['db'], query: string, queued = true) => {
    const filter = articleFilterSql({ query }, { queued });
    return (
      db
        .prepare(`SELECT a.id FROM articles a ${filter.where} ORDER BY a.id`)
        .all(filter.params) as {
        id: number;
      }[]
    ).map((r) => r.id);
  };

  it('finds the article on its live text while queued, and through the index once flushed', async () => {
    const { project: broken, crlf, lf } = await brokenPages();
    try {
      const expected: [string, number[]][] = [
        ['胸痛中心', [crlf]],
        ['医院', [lf]],
        ['人民医院新址', [lf]],
        ['100%', [crlf]],
        // `_` stands for any one character in the LIKE; instr() still wants a real underscore.
        ['100_', []],
        ['胸痛心', []],
        ['启用门诊', []],
      ];
      expect(searchIndexIsStale(broken.db)).toBe(true);
      for (const [query, ids] of expected) expect(selected(broken.db, query), query).toEqual(ids);
      expect(flushSearchIndex(broken.db)).toBe(2);
      for (const [query, ids] of expected) {
        expect(selected(broken.db, query), query).toEqual(ids);
        expect(selected(broken.db, query, false), query).toEqual(ids);
      }
    } finally {
      broken.close();
    }
  });

  it('finds the seed article whose text breaks 国务院政府 over two lines, and marks it in the snippet', () => {
    const holder = known.find((a) => a.text.some((t) => t.includes('国务\n院政府')));
    expect(holder).toBeDefined();
    expect(known.filter((a) => a.text.some((t) => t.includes('国务院政府')))).toEqual([]);
    expect(allIds({ query: '国务院政府' })).toEqual([holder!.id]);
    // The list's snippet marks the broken word, line break included.
    const { match } = listArticles(project.db, {
      query: '国务院政府',
      offset: 0,
      limit: 5,
    }).items[0]!;
    const snippet = [...match!.snippet];
    expect(match!.ranges.map((r) => snippet.slice(r.start, r.end).join(''))).toEqual([
      '国务\n院政府',
    ]);
  });
});
