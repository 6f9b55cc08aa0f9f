import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sliceCodePoints } from '../../shared/text/codepoints';
import { OUTSIDE_MAIN_CONTENT } from '../import/html-page';
import { useTempDir } from '../test-support/temp-dir';
import { articleIdsOfDocuments, extractArticles } from './extract-articles';
import { importPaths } from './import-pipeline';
import { Project } from './project';

const tempDir = useTempDir();
const FIXTURES = path.join(import.meta.dirname, '..', 'import', 'fixtures', 'html');

describe('importing HTML pages with chrome into a project', () => {
  it('stores each page whole, marks its chrome, titles it by its headline and extracts no value from chrome', async () => {
    const dir = tempDir();
    for (const name of fs.readdirSync(FIXTURES))
      fs.copyFileSync(path.join(FIXTURES, name), path.join(dir, name));
    const project = Project.open(path.join(tempDir(), 'p.gleaner'));
    const report = await importPaths(project.db, [dir], { actor: 'tester' });
    expect(report.imported).toHaveLength(fs.readdirSync(FIXTURES).length);
    const documentIds = report.imported.flatMap((i) => i.documentIds);
    const extracted = extractArticles(project.db, articleIdsOfDocuments(project.db, documentIds), {
      actor: 'tester',
    });
    expect(extracted.suggestions).toBeGreaterThan(10);

    const titles = project.db
      .prepare('SELECT a.title AS title FROM articles a ORDER BY a.document_id')
      .all() as { title: string }[];
    expect(titles.map((t) => t.title)).toContain('我院专家团队赴石岭镇开展义诊活动');
    expect(titles.map((t) => t.title)).toContain('嘉禾醫院新院區動土 預計三年後啟用');

    const outside = project.db
      .prepare(
        `SELECT count(*) AS n FROM document_marks
         WHERE kind = 'chrome' AND reason IN (?, 'navigation', 'breadcrumb')`,
      )
      .get(OUTSIDE_MAIN_CONTENT) as { n: number };
    // 20 since the chrome rules name two of these lines themselves (a table header's
    // '2026年4月8日 星期三', a footer's '電話：…'): still chrome, with their own reason. The site's
    // header above a breadcrumb is the text rules' navigation too (set Y), whatever the markup says.
    expect(outside.n).toBeGreaterThanOrEqual(20);

    const spans = project.db
      .prepare(
        `SELECT d.text AS documentText, s.start AS start, s.end AS end, s.text AS text, v.value AS value,
           EXISTS (SELECT 1 FROM document_marks m WHERE m.document_id = d.id AND m.kind = 'chrome'
                   AND m.start < s.end AND m.end > s.start) AS inChrome
         FROM value_spans s JOIN field_values v ON v.id = s.value_id
         JOIN articles a ON a.id = v.article_id JOIN documents d ON d.id = a.document_id`,
      )
      .all() as {
      documentText: string;
      start: number;
      end: number;
      text: string;
      value: string;
      inChrome: number;
    }[];
    expect(spans.length).toBeGreaterThan(10);
    for (const span of spans) {
      expect(sliceCodePoints(span.documentText, span.start, span.end)).toBe(span.text);
      expect(span.inChrome, `${span.value} from chrome`).toBe(0);
      expect(span.value).not.toMatch(/会员中心|會員中心|关闭窗口|登出|標籤/u);
    }
    project.close();
  });
});
