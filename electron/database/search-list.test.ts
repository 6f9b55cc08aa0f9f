import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleSort } from '../../shared/contract/articles';
import { importPaths } from '../services/import-pipeline';
import { Project } from '../services/project';
import { useTempDir } from '../test-support/temp-dir';
import { listArticles } from './articles-repository';
import { flushSearchIndex } from './search-index';
import { sortedPageSql } from './search-list';
import { countSearchMatches, directSearchIndex, searchMatchIds } from './search-matches';

const tempDir = useTempDir('gleaner-search-list-');

/** A project of one page per text (each one article), imported and indexed. */
async function projectOf(texts: string[]): Promise<Project> {
  const dir = tempDir();
  const files = texts.map((text, i) => {
    const file = path.join(dir, `page-${String(i).padStart(3, '0')}.txt`);
    fs.writeFileSync(file, text);
    return file;
  });
  const project = Project.open(path.join(dir, 'p.gleaner'));
  await importPaths(project.db, files, { actor: 'test' });
  flushSearchIndex(project.db);
  return project;
}

const idsWhere = (project: Project, test: (text: string) => boolean): number[] =>
  (
    project.db
      .prepare(
        `SELECT a.id AS id, d.text AS text FROM articles a JOIN documents d ON d.id = a.document_id
         ORDER BY a.id`,
      )
      .all() as { id: number; text: string }[]
  )
    .filter((row) => test(row.text))
    .map((row) => row.id);

describe("a search's matches and its forms with a line break inside", () => {
  it('pages and counts exactly as the forms together, wherever the broken ones fall', async () => {
    // The form as typed in some articles, a broken form in others (before, between and after
    // them), and in others every token of a broken form without the form itself (中 before a
    // break, then 心 and 中心 elsewhere): that form is asked, and must not add those.
    const texts = Array.from({ length: 40 }, (_, i) =>
      i % 5 === 0
        ? `第${i}份：胸痛\n中心开诊。`
        : i % 3 === 0
          ? `第${i}份：胸痛中心成立。`
          : i % 7 === 1
            ? `第${i}份：胸痛科在楼中\n心内科和中心药房旁。`
            : `第${i}份：门诊楼。`,
    );
    const project = await projectOf(texts);
    const { db } = project;
    const expected = idsWhere(project, (text) => /胸痛\n?中心/.test(text));
    expect(directSearchIndex(db, '胸痛中心')!.expression.split(' OR ').length).toBeGreaterThan(1);
    for (const limit of [1, 2, 3, 5, 8, 40]) {
      const pages: number[] = [];
      for (;;) {
        const page = searchMatchIds(db, '胸痛中心', { afterId: pages.at(-1) ?? 0, limit });
        expect(page.length).toBeLessThanOrEqual(limit);
        pages.push(...page);
        if (page.length < limit) break;
      }
      expect(pages, `limit ${limit}`).toEqual(expected);
      expect(countSearchMatches(db, '胸痛中心', { upTo: limit })).toBe(
        Math.min(limit, expected.length),
      );
    }
    // With a filter on the article row too: the status of every other match changed.
    const approve = db.prepare("UPDATE articles SET status = 'approved' WHERE id = ?");
    expected.filter((_, i) => i % 2 === 0).forEach((id) => approve.run(id));
    for (const cap of [1, 2, 4, 40]) {
      const listed = listArticles(
        db,
        { query: '胸痛中心', status: 'approved', offset: 0, limit: 100 },
        { searchCap: cap },
      );
      const approved = expected.filter((_, i) => i % 2 === 0);
      expect(listed.items.map((i) => i.id)).toEqual(approved.slice(0, cap));
      expect(listed.totalCapped).toBe(approved.length > cap);
    }
    project.close();
  });
});

describe("a search's list kept for its pages", () => {
  it('follows every change: another status, a new article, a renamed document', async () => {
    const project = await projectOf([
      '本院胸痛中心成立。',
      '胸痛中心第二次培训。',
      '门诊楼启用。',
      '胸痛中心义诊。',
    ]);
    const { db } = project;
    const list = (status?: 'approved') =>
      listArticles(db, {
        query: '胸痛中心',
        ...(status ? { status } : {}),
        offset: 0,
        limit: 1,
      });
    expect(list().total).toBe(3);
    expect(list('approved').total).toBe(0);
    const [first] = idsWhere(project, (text) => text.startsWith('胸痛中心第二次'));
    db.prepare("UPDATE articles SET status = 'approved' WHERE id = ?").run(first);
    expect(list('approved').items.map((i) => i.id)).toEqual([first]);

    const file = path.join(tempDir(), 'later.txt');
    fs.writeFileSync(file, '胸痛中心再获认证。');
    await importPaths(db, [file], { actor: 'test' });
    flushSearchIndex(db);
    expect(list().total).toBe(4);

    // The first page by document: renaming a document moves its article to the top.
    const last = idsWhere(project, (text) => text.startsWith('胸痛中心义诊'))[0]!;
    expect(list().items[0]!.id).not.toBe(last);
    db.prepare(
      "UPDATE documents SET name = '0-first.txt' WHERE id = (SELECT document_id FROM articles WHERE id = ?)",
    ).run(last);
    expect(list().items[0]!.id).toBe(last);
    project.close();
  });

  it('reads a page near the top by document from the order’s covering index, without sorting', async () => {
    const project = await projectOf(['胸痛中心成立。']);
    const plan = (sort: ArticleSort, descending: boolean, walk: boolean) =>
      (
        project.db
          .prepare(`EXPLAIN QUERY PLAN ${sortedPageSql(sort, descending, walk)}`)
          .all({ ids: '[1]', limit: 1, offset: 0 }) as { detail: string }[]
      )
        .map((row) => row.detail)
        .join('; ');
    for (const descending of [false, true]) {
      expect(plan('document', descending, true)).toContain(
        'COVERING INDEX articles_document_order',
      );
      expect(plan('document', descending, true)).not.toContain('TEMP B-TREE');
      // Otherwise each id is looked up and only the matches are sorted, never every article.
      expect(plan('document', descending, false)).toMatch(/INTEGER PRIMARY KEY \(rowid=\?\)/);
    }
    project.close();
  });
});
