import { describe, expect, it } from 'vitest';
import { curatedSeedProject } from '../test-support/curated-page';
import { useTempDir } from '../test-support/temp-dir';
import { checkProject } from './project-check';
import { mergeArticles, splitArticle } from './segmentation-corrections';

const tempDir = useTempDir('gleaner-check-');

describe('gleaner check on segmentation', () => {
  it('finds nothing wrong after merges and splits that carried their values', () => {
    const { project, page } = curatedSeedProject(tempDir());
    mergeArticles(project.db, { articleIds: [page[1]!, page[2]!] }, 'curator');
    const start = (
      project.db
        .prepare('SELECT min(start) AS s FROM article_ranges WHERE article_id = ?')
        .get(page[1]!) as {
        s: number;
      }
    ).s;
    splitArticle(project.db, { articleId: page[1]!, at: start + 1 }, 'curator');
    expect(checkProject(project.db).problems).toEqual([]);
    project.close();
  });

  it('reports page text that belongs to no article (an article deleted with its text)', () => {
    const { project, page } = curatedSeedProject(tempDir());
    // What `articles.merge {"articleIds":[1,1]}` used to leave: the article gone, its text in none.
    project.db.prepare('DELETE FROM articles WHERE id = ?').run(page[1]!);
    const problems = checkProject(project.db).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.kind).toBe('range');
    expect(problems[0]!.message).toMatch(
      /^002_[0-9a-f]+\.txt: the text at \d+ \(".+"\) belongs to no article$/,
    );
    project.close();
  });

  it('reports a value whose spans lie outside its article, naming it', () => {
    const { project, page } = curatedSeedProject(tempDir());
    const value = project.db
      .prepare(
        'SELECT v.id, v.field_key AS field FROM field_values v JOIN value_spans s ON s.value_id = v.id WHERE v.article_id = ? LIMIT 1',
      )
      .get(page[0]!) as { id: number; field: string };
    project.db
      .prepare('UPDATE field_values SET article_id = ? WHERE id = ?')
      .run(page[2]!, value.id);
    const problems = checkProject(project.db).problems;
    expect(problems).toEqual([
      {
        kind: 'span',
        message: expect.stringMatching(
          new RegExp(
            `article ${page[2]}, field ${value.field}, value ${value.id}: span \\d+–\\d+ lies outside its article$`,
          ),
        ),
      },
    ]);
    project.close();
  });
});
