import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleText } from '../../shared/extraction/article-text';
import type { Suggestion } from '../../shared/extraction/types';
import { rangesOfArticle, textOfDocument } from '../database/article-text-repository';
import { listArticles } from '../database/articles-repository';
import { activeSchema } from '../database/schema-repository';
import { useTempDir } from '../test-support/temp-dir';
import { articleIdsOfDocuments, extractArticles } from './extract-articles';
import { importPaths } from './import-pipeline';
import { compileLearnedLexicon, editLexiconEntry, learnedLexicon } from './learned-lexicon';
import { Project } from './project';
import { addValue, removeValue } from './value-editing';
import { setValueState } from './value-review';

const tempDir = useTempDir();

/** Articles written for this test: names that recur, in both scripts, one outside the BMP. */
const pages: Record<string, string> = {
  'a.txt': '新闻甲\n青禾医院与白塔研究所合作，𠀀川医院派出专家。\n',
  'b.txt': '新闻乙\n白塔研究所向青禾医院捐赠设备；𠀀川医院\r\n也参与。\n',
  'c.txt': '新聞丙\n青禾醫院與白塔研究所簽約，白塔研究所提供資金。\n',
};

function suggestionsEverywhere(
  db: Project['db'],
  matcher: { suggest(a: ArticleText): Suggestion[] },
  articleIds: number[],
): string[] {
  return articleIds.flatMap((id) => {
    const documentId = (
      db.prepare('SELECT document_id AS d FROM articles WHERE id = ?').get(id) as { d: number }
    ).d;
    const article = new ArticleText(textOfDocument(db, documentId), rangesOfArticle(db, id));
    return matcher
      .suggest(article)
      .map((s) => JSON.stringify([id, s.field, s.value, s.spans, s.extractor, s.confidence]))
      .sort();
  });
}

describe('the learned lexicon, updated entry by entry', () => {
  it('after each decision and edit, suggests what the whole lexicon compiled again does', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'in');
    fs.mkdirSync(input);
    for (const [name, text] of Object.entries(pages))
      fs.writeFileSync(path.join(input, name), text);
    const project = Project.open(path.join(dir, 'p.gleaner'));
    const { db } = project;
    const report = await importPaths(db, [input], { actor: 'importer' });
    const ids = articleIdsOfDocuments(
      db,
      report.imported.flatMap((i) => i.documentIds),
    );
    extractArticles(db, ids, { actor: 'importer' });
    const [a, b] = listArticles(db, { offset: 0, limit: 10 }).items.map((x) => x.id);
    const schema = activeSchema(db);
    const field = schema.fields.find((f) => f.cardinality === 'many' && f.type === 'institution')!;
    const check = () => {
      const live = learnedLexicon(db);
      const whole = compileLearnedLexicon(db, activeSchema(db));
      expect(live.matcher.size).toBe(whole.matcher.size);
      expect(suggestionsEverywhere(db, live.matcher, ids)).toEqual(
        suggestionsEverywhere(db, whole.matcher, ids),
      );
      return live;
    };
    const before = check();
    const spanOf = (articleId: number, needle: string) => {
      const text = textOf(articleId);
      const at = [...text.slice(0, text.indexOf(needle))].length;
      return [{ start: at, end: at + [...needle].length }];
    };
    const textOf = (articleId: number) => {
      const documentId = (
        db.prepare('SELECT document_id AS d FROM articles WHERE id = ?').get(articleId) as {
          d: number;
        }
      ).d;
      return textOfDocument(db, documentId);
    };
    const added = addValue(
      db,
      { articleId: a!, fieldKey: field.key, spans: spanOf(a!, '白塔研究所') },
      'cur',
    );
    const afterAdd = check();
    // The same compiled matcher, updated in place: not compiled again.
    expect(afterAdd.matcher).toBe(before.matcher);
    expect(afterAdd.entries.some((e) => e.text === '白塔研究所')).toBe(true);
    addValue(db, { articleId: b!, fieldKey: field.key, spans: spanOf(b!, '𠀀川医院') }, 'cur');
    check();
    const wrong = addValue(
      db,
      { articleId: b!, fieldKey: field.key, spans: spanOf(b!, '青禾医院') },
      'cur',
    );
    setValueState(db, { valueId: wrong.id, state: 'rejected', revision: wrong.revision }, 'cur');
    check();
    editLexiconEntry(db, { fieldKey: field.key, text: '白塔研究所', action: 'remove' }, 'cur');
    check();
    editLexiconEntry(db, { fieldKey: field.key, text: '白塔研究所', action: 'reset' }, 'cur');
    check();
    removeValue(db, { valueId: added.id, revision: added.revision }, 'cur');
    const last = check();
    expect(last.matcher).toBe(before.matcher);
    // A word list saved is a schema version: compiled whole, with the word list in it.
    editLexiconEntry(db, { fieldKey: field.key, text: '青禾 醫院', action: 'keep' }, 'cur');
    const listed = check();
    expect(listed.matcher).not.toBe(before.matcher);
    expect(listed.entries.find((e) => e.text === '青禾醫院')?.extractor).toMatch(/^lexicon:/);
    project.close();
  });

  it('compiles whole when far behind (more changes than it applies one by one, more than the log keeps)', () => {
    const project = Project.open(path.join(tempDir(), 'p.gleaner'));
    const { db } = project;
    const keep = (text: string) =>
      editLexiconEntry(db, { fieldKey: 'partners', text, action: 'keep' }, 'cur');
    keep('青禾医院');
    const first = learnedLexicon(db).matcher;
    // Another process made more changes than the log keeps (it keeps the last 10,000).
    const insert = db.prepare("INSERT INTO learned_changes (field_key, text) VALUES ('x', ?)");
    db.transaction(() => {
      for (let i = 0; i < 10_001; i++) insert.run(String(i));
    })();
    db.prepare(
      "INSERT INTO learned_entries (field_key, text, status, value, updated_at, updated_by) VALUES ('partners', '白塔研究所', 'kept', NULL, '2026-01-01', 'cur')",
    ).run();
    const after = learnedLexicon(db);
    expect(after.matcher).not.toBe(first);
    expect(after.entries.map((e) => e.text).sort()).toEqual(['白塔研究所', '青禾医院']);
    project.close();
  });
});
