import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { FieldValuePayload } from '../../shared/contract/domain';
import { LEARNED_EXTRACTOR } from '../../shared/extraction/learned';
import { listArticles } from '../database/articles-repository';
import { verifyAuditChain } from '../database/audit-chain-verify';
import { textOfDocument } from '../database/article-text-repository';
import type { ProjectDatabase } from '../database/open-project';
import { activeSchema } from '../database/schema-repository';
import { valuesOfArticle } from '../database/values-repository';
import { useTempDir } from '../test-support/temp-dir';
import { allArticleIds, articleIdsOfDocuments, extractArticles } from './extract-articles';
import { dashboardStats } from './dashboard';
import { importPaths } from './import-pipeline';
import {
  editLexiconEntry,
  learnedEvidenceOfArticle,
  listLexicon,
  setRejectionThreshold,
} from './learned-lexicon';
import { refreshLearnedSuggestions } from './learned-suggestions';
import { importLexicon } from './lexicon-import';
import { Project } from './project';
import { importSchema, schemaFileText } from './schema-choice';
import { schemaHistory, updateSchema } from './schema-editing';
import { addValue, editValue, removeValue, revertValue } from './value-editing';
import { setValueState } from './value-review';

const tempDir = useTempDir();

/**
 * Articles written for these tests (one per file). `sponsor` is a field the tests add with no
 * extractor, so every value it gets comes from a curator or from learning.
 */
const pages: Record<string, string> = {
  'a.txt': '医院新闻甲\n近日，阜新市第二人民医院获得星海康复研究所资助，建设康复病区。\n',
  'b.txt':
    '医院新闻乙\n锦州市中心医院同样得到星海康复研究所的支持；星海康复\n研究所还派出专家。𠀀\r\n',
  'c.txt': '醫院新聞丙\n臺北市立聯合醫院獲得星海康復研究所資助，醫院發展迅速，醫療水準提高。\n',
  'd.txt': '医院新闻丁\n大连医科大学附属医院与溪山基金会合作，溪山基金会提供资金。\n',
  'e.txt': '医院新闻戊\n沈阳市第四人民医院获得溪山基金会资助。\n',
};

/** What an import does in the app: store the files, then suggest values for their articles. */
async function importAndExtract(db: ProjectDatabase, folder: string) {
  const report = await importPaths(db, [folder], { actor: 'importer' });
  const articleIds = articleIdsOfDocuments(
    db,
    report.imported.flatMap((i) => i.documentIds),
  );
  extractArticles(db, articleIds, { actor: 'importer' });
}

async function project() {
  const dir = tempDir();
  const files = path.join(dir, 'in');
  fs.mkdirSync(files);
  for (const [name, text] of Object.entries(pages)) fs.writeFileSync(path.join(files, name), text);
  const p = Project.open(path.join(dir, 'p.gleaner'));
  const { db } = p;
  const schema = activeSchema(db);
  updateSchema(
    db,
    {
      ...schema,
      version: schema.version + 1,
      fields: [
        ...schema.fields,
        {
          key: 'sponsor',
          labels: { 'zh-CN': '资助方', en: 'Sponsor' },
          type: 'institution',
          cardinality: 'many',
          required: false,
          extractors: [],
        },
      ],
    },
    'admin',
  );
  await importAndExtract(db, files);
  const articles = listArticles(db, { offset: 0, limit: 100 }).items;
  const id = (title: string) => articles.find((a) => a.documentName.startsWith(title))!.id;
  const ids = { a: id('a.'), b: id('b.'), c: id('c.'), d: id('d.'), e: id('e.') };
  const documentOf = (articleId: number) =>
    (
      db.prepare('SELECT document_id AS d FROM articles WHERE id = ?').get(articleId) as {
        d: number;
      }
    ).d;
  /** Code-point spans of every occurrence of `needle` in the article's document. */
  const spansOf = (articleId: number, needle: string) => {
    const text = [...textOfDocument(db, documentOf(articleId))];
    const joined = text.join('');
    const out: { start: number; end: number }[] = [];
    for (let i = joined.indexOf(needle); i >= 0; i = joined.indexOf(needle, i + 1)) {
      const start = [...joined.slice(0, i)].length;
      out.push({ start, end: start + [...needle].length });
    }
    return out;
  };
  const sponsors = (articleId: number) =>
    valuesOfArticle(db, articleId).filter((v) => v.fieldKey === 'sponsor');
  /** Every span's text is exactly the document's code points there. */
  const expectExact = (articleId: number, value: FieldValuePayload) => {
    const text = [...textOfDocument(db, documentOf(articleId))];
    for (const span of value.spans)
      expect(text.slice(span.start, span.end).join('')).toBe(span.text);
  };
  /** A curator adds `text` as a sponsor of the article: its first mention, or every one. */
  const addSponsor = (articleId: number, text: string, mentions: 'first' | 'all' = 'first') => {
    const spans = spansOf(articleId, text);
    return addValue(
      db,
      { articleId, fieldKey: 'sponsor', spans: mentions === 'all' ? spans : spans.slice(0, 1) },
      'cur',
    );
  };
  /**
   * The opening most tests share: a curator adds 星海康复研究所 in article a, then article b is
   * opened (its learned suggestions refreshed). Returns the added value and what opening b wrote.
   */
  const addInAThenOpenB = (mentions: 'first' | 'all' = 'first') => {
    const added = addSponsor(ids.a, '星海康复研究所', mentions);
    return { added, opened: refreshLearnedSuggestions(db, ids.b, 'cur') };
  };
  return { db, ids, spansOf, sponsors, expectExact, addSponsor, addInAThenOpenB };
}

describe('learning from decisions', () => {
  it('suggests a value a curator added in another article, with its evidence and exact spans', async () => {
    const { db, ids, sponsors, expectExact, addInAThenOpenB } = await project();
    expect(sponsors(ids.b)).toEqual([]);
    expect(addInAThenOpenB().opened).toEqual({ added: 1, removed: 0 });
    const [learned, ...others] = sponsors(ids.b);
    expect(others).toEqual([]);
    expect(learned).toMatchObject({
      value: '星海康复研究所',
      extractor: LEARNED_EXTRACTOR,
      origin: 'extracted',
      state: 'suggested',
    });
    // Both mentions, the second across an OCR line break, each exact in code points (𠀀 after).
    expect(learned!.spans.map((s) => s.text)).toEqual(['星海康复研究所', '星海康复\n研究所']);
    expectExact(ids.b, learned!);
    expect(learnedEvidenceOfArticle(db, ids.b)).toEqual([
      expect.objectContaining({ valueId: learned!.id, keeps: 1, rejects: 0, articleIds: [ids.a] }),
    ]);

    // The traditional twin, suggested in its own characters.
    refreshLearnedSuggestions(db, ids.c, 'cur');
    const [twin] = sponsors(ids.c);
    expect(twin).toMatchObject({ value: '星海康復研究所', raw: '星海康復研究所' });
    expectExact(ids.c, twin!);

    // Opening again without new decisions writes nothing.
    expect(refreshLearnedSuggestions(db, ids.b, 'cur')).toEqual({ added: 0, removed: 0 });
    expect(sponsors(ids.b)).toHaveLength(1);
    expect(verifyAuditChain(db).broken).toBeNull();
  });

  it('suggests learned values on import and on re-run, once, beside the rules', async () => {
    const { db, ids, sponsors, addSponsor } = await project();
    addSponsor(ids.d, '溪山基金会');
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'f.txt'), '医院新闻己\n本溪市中心医院获得溪山基金会捐赠。\n');
    await importAndExtract(db, dir);
    const f = listArticles(db, { offset: 0, limit: 100 }).items.find(
      (a) => a.documentName === 'f.txt',
    )!.id;
    expect(sponsors(f).map((v) => [v.value, v.extractor])).toEqual([
      ['溪山基金会', LEARNED_EXTRACTOR],
    ]);

    extractArticles(db, allArticleIds(db), { actor: 'admin' });
    expect(sponsors(f)).toHaveLength(1);
    expect(sponsors(ids.e).map((v) => v.value)).toEqual(['溪山基金会']);
    // The article that taught it keeps the curator's value alone (both mentions are its spans' field).
    expect(sponsors(ids.d).map((v) => v.state)).toEqual(['added']);
  });

  it('learns the text a curator fixed a value to, not the text it had', async () => {
    const { db, ids, sponsors, addSponsor } = await project();
    const partial = addSponsor(ids.a, '星海康复');
    editValue(
      db,
      { valueId: partial.id, revision: partial.revision, text: '星海康复研究所' },
      'cur',
    );
    expect(listLexicon(db, { fieldKey: 'sponsor' }).entries.map((e) => e.text)).toEqual([
      '星海康复研究所',
    ]);
    refreshLearnedSuggestions(db, ids.b, 'cur');
    expect(sponsors(ids.b).map((v) => v.value)).toEqual(['星海康复研究所']);
  });

  it('never suggests again what a curator decided on that article', async () => {
    const { db, ids, sponsors, addSponsor, addInAThenOpenB } = await project();
    addInAThenOpenB();
    const [learned] = sponsors(ids.b);
    setValueState(
      db,
      { valueId: learned!.id, state: 'rejected', revision: learned!.revision },
      'cur',
    );
    // Another article keeps it, so the lexicon changes and b is looked at again.
    addSponsor(ids.c, '星海康復研究所', 'all');
    expect(refreshLearnedSuggestions(db, ids.b, 'cur')).toEqual({ added: 0, removed: 0 });
    extractArticles(db, [ids.b], { actor: 'admin' });
    expect(sponsors(ids.b).map((v) => v.state)).toEqual(['rejected']);
  });

  it('stops suggesting a text rejected as often as the project allows', async () => {
    const { db, ids, spansOf, sponsors } = await project();
    addValue(db, { articleId: ids.a, fieldKey: 'sponsor', text: '溪山基金会', spans: [] }, 'cur'); // no span
    for (const article of [ids.d, ids.e]) {
      refreshLearnedSuggestions(db, article, 'cur');
      const [learned] = sponsors(article);
      setValueState(
        db,
        { valueId: learned!.id, state: 'rejected', revision: learned!.revision },
        'cur',
      );
    }
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'g.txt'), '医院新闻庚\n铁岭市中心医院与溪山基金会签约。\n');
    await importAndExtract(db, dir);
    const g = listArticles(db, { offset: 0, limit: 100 }).items.find(
      (a) => a.documentName === 'g.txt',
    )!.id;
    expect(sponsors(g)).toHaveLength(1); // rejected twice: still suggested (threshold 3)
    setRejectionThreshold(db, 2, 'admin');
    expect(refreshLearnedSuggestions(db, g, 'cur')).toEqual({ added: 0, removed: 1 });
    expect(sponsors(g)).toEqual([]);
    expect(listLexicon(db, { fieldKey: 'sponsor' }).entries[0]).toMatchObject({
      text: '溪山基金会',
      keeps: 1,
      rejects: 2,
      standing: 'blocked',
    });
    // The curator lifts the stop in the lexicon view.
    editLexiconEntry(db, { fieldKey: 'sponsor', text: '溪山基金会', action: 'keep' }, 'cur');
    refreshLearnedSuggestions(db, g, 'cur');
    expect(sponsors(g)).toHaveLength(1);
    expect(spansOf(g, '溪山基金会')).toEqual(
      sponsors(g)[0]!.spans.map(({ start, end }) => ({ start, end })),
    );
  });

  it('takes the learning back when the decision is undone', async () => {
    const { db, ids, sponsors, addInAThenOpenB } = await project();
    const { added } = addInAThenOpenB('all');
    const [learned] = sponsors(ids.b);
    const accepted = setValueState(
      db,
      { valueId: learned!.id, state: 'accepted', revision: learned!.revision },
      'cur',
    );
    expect(listLexicon(db, {}).entries[0]).toMatchObject({ keeps: 2, articleIds: [ids.a, ids.b] });
    revertValue(
      db,
      { valueId: learned!.id, revision: accepted.revision, toRevision: learned!.revision },
      'cur',
    );
    expect(listLexicon(db, {}).entries[0]).toMatchObject({ keeps: 1, articleIds: [ids.a] });

    // Undoing the add (a removal) forgets the text: c's untouched learned suggestion goes, b's
    // suggestion, which a curator accepted and undid, stays as it is.
    refreshLearnedSuggestions(db, ids.c, 'cur');
    expect(sponsors(ids.c)).toHaveLength(1);
    removeValue(db, { valueId: added.id, revision: added.revision }, 'cur');
    expect(listLexicon(db, {}).entries).toEqual([]);
    expect(refreshLearnedSuggestions(db, ids.c, 'cur')).toEqual({ added: 0, removed: 1 });
    refreshLearnedSuggestions(db, ids.b, 'cur');
    expect(sponsors(ids.b)).toHaveLength(1);
  });

  it('lets the curator remove an entry or make it suggest another value', async () => {
    const { db, ids, sponsors, addInAThenOpenB } = await project();
    addInAThenOpenB();
    editLexiconEntry(db, { fieldKey: 'sponsor', text: '星海康复研究所', action: 'remove' }, 'cur');
    expect(refreshLearnedSuggestions(db, ids.b, 'cur')).toEqual({ added: 0, removed: 1 });
    const alias = editLexiconEntry(
      db,
      {
        fieldKey: 'sponsor',
        text: '星海康复研究所',
        action: 'keep',
        valueText: '辽宁星海康复研究所',
      },
      'cur',
    );
    expect(alias).toMatchObject({
      standing: 'suggested',
      value: '辽宁星海康复研究所',
      edited: true,
    });
    refreshLearnedSuggestions(db, ids.b, 'cur');
    expect(sponsors(ids.b).map((v) => [v.value, v.raw])).toEqual([
      ['辽宁星海康复研究所', '星海康复研究所'],
    ]);
    expect(() =>
      editLexiconEntry(db, { fieldKey: 'nope', text: '星海', action: 'keep' }, 'cur'),
    ).toThrow(/no field "nope"/);
  });

  it('leaves submitted and approved articles as they are', async () => {
    const { db, ids, sponsors, addInAThenOpenB } = await project();
    db.prepare("UPDATE articles SET status = 'submitted' WHERE id = ?").run(ids.b);
    expect(addInAThenOpenB().opened).toEqual({ added: 0, removed: 0 });
    expect(sponsors(ids.b)).toEqual([]);
  });

  it("reads a word list with aliases into a field's lexicon, skipping bad rows by number", async () => {
    const { db, ids, sponsors } = await project();
    const dir = tempDir();
    const list = path.join(dir, 'sponsors.csv');
    fs.writeFileSync(
      list,
      '文字,值\r\n星海康复研究所 = 辽宁星海康复研究所\r\n溪山基金会,\r\n,\r\n',
    );
    const result = importLexicon(db, { fieldKey: 'sponsor', path: list }, 'cur');
    expect(result).toEqual({ imported: 2, skipped: [] });
    refreshLearnedSuggestions(db, ids.b, 'cur');
    expect(sponsors(ids.b).map((v) => [v.value, v.raw])).toEqual([
      ['辽宁星海康复研究所', '星海康复研究所'],
    ]);
    refreshLearnedSuggestions(db, ids.e, 'cur');
    expect(sponsors(ids.e).map((v) => v.value)).toEqual(['溪山基金会']);

    const cities = path.join(dir, 'cities.csv');
    fs.writeFileSync(cities, '阜新,阜新市\n某地,火星\n');
    const refused = importLexicon(db, { fieldKey: 'city', path: cities }, 'cur');
    expect(refused.imported).toBe(1);
    expect(refused.skipped).toEqual([{ row: 2, reason: expect.stringContaining('"火星"') }]);
    expect(() => importLexicon(db, { fieldKey: 'beds', path: cities }, 'cur')).toThrow(
      /holds integer values/,
    );
    expect(() =>
      importLexicon(db, { fieldKey: 'sponsor', path: path.join(dir, 'list.ods') }, 'cur'),
    ).toThrow(/save other spreadsheets as \.xlsx or CSV first/);
  });

  it('saves each change of a word list as a schema version, carried by a schema export and import', async () => {
    const { db, ids, sponsors } = await project();
    const dir = tempDir();
    const list = path.join(dir, 'sponsors.csv');
    fs.writeFileSync(list, '星海康复研究所,辽宁星海康复研究所\n溪 山基金会\n');
    const start = activeSchema(db).version;
    importLexicon(db, { fieldKey: 'sponsor', path: list }, 'cur');
    const imported = activeSchema(db);
    expect(imported.version).toBe(start + 1);
    expect(imported.fields.find((f) => f.key === 'sponsor')!.lexicon).toEqual([
      { text: '星海康复研究所', value: '辽宁星海康复研究所' },
      { text: '溪山基金会' },
    ]);
    expect(schemaHistory(db).map((h) => h.version)).toEqual([start + 1, start, start - 1]);
    // The same file again changes nothing: no new version.
    importLexicon(db, { fieldKey: 'sponsor', path: list }, 'cur');
    expect(activeSchema(db).version).toBe(start + 1);

    // Suggested with the word list's own extractor, so the dashboard counts it apart.
    refreshLearnedSuggestions(db, ids.e, 'cur');
    expect(sponsors(ids.e).map((v) => [v.value, v.extractor])).toEqual([
      ['溪山基金会', 'lexicon:sponsor@1'],
    ]);

    // A text typed into the lexicon view joins the word list; removing it is a version too.
    editLexiconEntry(db, { fieldKey: 'sponsor', text: '锦州 基金会', action: 'keep' }, 'cur');
    expect(activeSchema(db).version).toBe(start + 2);
    editLexiconEntry(db, { fieldKey: 'sponsor', text: '溪山基金会', action: 'remove' }, 'cur');
    const afterRemove = activeSchema(db);
    expect(afterRemove.version).toBe(start + 3);
    expect(
      afterRemove.fields.find((f) => f.key === 'sponsor')!.lexicon!.map((w) => w.text),
    ).toEqual(['星海康复研究所', '锦州基金会']);
    refreshLearnedSuggestions(db, ids.e, 'cur');
    expect(sponsors(ids.e)).toEqual([]);
    // Undoing the curator's edit of a listed text takes it out of the list too.
    editLexiconEntry(db, { fieldKey: 'sponsor', text: '锦州基金会', action: 'reset' }, 'cur');
    expect(activeSchema(db).version).toBe(start + 4);
    expect(listLexicon(db, { fieldKey: 'sponsor' }).entries).toMatchObject([
      {
        text: '星海康复研究所',
        value: '辽宁星海康复研究所',
        inWordList: true,
        standing: 'suggested',
      },
    ]);
    const audits = db
      .prepare("SELECT after FROM audit WHERE entity = 'schema' AND action = 'update' ORDER BY id")
      .all() as { after: string }[];
    expect(
      audits.slice(-4).map((a) => (JSON.parse(a.after) as { wordList: unknown }).wordList),
    ).toEqual([
      { field: 'sponsor', added: 2, changed: 0, removed: 0 },
      { field: 'sponsor', added: 1, changed: 0, removed: 0 },
      { field: 'sponsor', added: 0, changed: 0, removed: 1 },
      { field: 'sponsor', added: 0, changed: 0, removed: 1 },
    ]);

    // Exported with the schema, and imported into another project with it.
    const file = schemaFileText(db);
    const other = Project.open(path.join(tempDir(), 'other.gleaner'));
    importSchema(other.db, JSON.parse(file), 'admin');
    expect(activeSchema(other.db).fields.find((f) => f.key === 'sponsor')!.lexicon).toEqual([
      { text: '星海康复研究所', value: '辽宁星海康复研究所' },
    ]);
    other.close();

    // A word-list value the field cannot hold is refused when saving, named.
    const bad = structuredClone(activeSchema(db));
    bad.fields.find((f) => f.key === 'city')!.lexicon = [{ text: '某地', value: '火星' }];
    expect(() => updateSchema(db, bad, 'admin')).toThrow(
      /field "city" .*lexicon\[0\]: "某地" = .*火星/s,
    );
    expect(activeSchema(db).version).toBe(start + 4);
  });

  it("counts a field's pattern, its word list and learning apart in the dashboard's per-rule acceptance", async () => {
    const { db, ids, spansOf, sponsors } = await project();
    const schema = activeSchema(db);
    updateSchema(
      db,
      {
        ...schema,
        fields: schema.fields.map((f) =>
          f.key === 'sponsor'
            ? { ...f, patterns: [{ name: 'institute', regex: '(?<value>星海康复研究所)' }] }
            : f,
        ),
      },
      'admin',
    );
    extractArticles(db, allArticleIds(db), { actor: 'importer' });
    const list = path.join(tempDir(), 'sponsors.csv');
    fs.writeFileSync(list, '溪山基金会\n');
    importLexicon(db, { fieldKey: 'sponsor', path: list }, 'cur');
    // Learning: a partner a curator added in one article is suggested in the others.
    addValue(
      db,
      { articleId: ids.d, fieldKey: 'partners', spans: spansOf(ids.d, '溪山基金会').slice(0, 1) },
      'cur',
    );
    for (const id of Object.values(ids)) refreshLearnedSuggestions(db, id, 'cur');
    const decide = (articleId: number, extractor: string, state: 'accepted' | 'rejected') => {
      const value = valuesOfArticle(db, articleId).find(
        (v) => v.extractor === extractor && v.state === 'suggested',
      )!;
      setValueState(db, { valueId: value.id, state, revision: value.revision }, 'cur');
    };
    expect(sponsors(ids.b).map((v) => v.extractor)).toEqual(['pattern:sponsor@1']);
    decide(ids.b, 'pattern:sponsor@1', 'accepted');
    decide(ids.a, 'pattern:sponsor@1', 'rejected');
    decide(ids.e, 'lexicon:sponsor@1', 'accepted');
    decide(ids.e, LEARNED_EXTRACTOR, 'rejected');

    const rules = new Map(dashboardStats(db, { days: 7 }).extractors.map((r) => [r.extractor, r]));
    expect(rules.get('pattern:sponsor@1')).toMatchObject({ accepted: 1, rejected: 1 });
    expect(rules.get('pattern:sponsor@1')!.suggestions).toBeGreaterThanOrEqual(2);
    expect(rules.get('lexicon:sponsor@1')).toMatchObject({ accepted: 1, rejected: 0 });
    expect(rules.get(LEARNED_EXTRACTOR)).toMatchObject({ accepted: 0, rejected: 1 });
  });

  it('reads a word list from an Excel workbook, numbering skipped rows as the sheet does', async () => {
    const { db, ids, sponsors } = await project();
    const dir = tempDir();
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['文字', '值'],
        ['星海康复研究所', '辽宁星海康复研究所'],
        [],
        ['溪山基金会'],
      ]),
      '资助方',
    );
    const list = path.join(dir, 'sponsors.xlsx');
    fs.writeFileSync(list, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    expect(importLexicon(db, { fieldKey: 'sponsor', path: list }, 'cur')).toEqual({
      imported: 2,
      skipped: [],
    });
    refreshLearnedSuggestions(db, ids.b, 'cur');
    expect(sponsors(ids.b).map((v) => [v.value, v.raw])).toEqual([
      ['辽宁星海康复研究所', '星海康复研究所'],
    ]);

    const cities = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      cities,
      XLSX.utils.aoa_to_sheet([['阜新', '阜新市'], [], ['某地', '火星']]),
      'C',
    );
    const citiesFile = path.join(dir, 'cities.xlsx');
    fs.writeFileSync(
      citiesFile,
      XLSX.write(cities, { type: 'buffer', bookType: 'xlsx' }) as Buffer,
    );
    expect(importLexicon(db, { fieldKey: 'city', path: citiesFile }, 'cur').skipped).toEqual([
      { row: 3, reason: expect.stringContaining('"火星"') },
    ]);

    const fake = path.join(dir, 'fake.xlsx');
    fs.writeFileSync(fake, '星海康复研究所\n');
    const auditRows = () =>
      (db.prepare('SELECT count(*) AS n FROM audit').get() as { n: number }).n;
    const before = auditRows();
    expect(() => importLexicon(db, { fieldKey: 'sponsor', path: fake }, 'cur')).toThrow(
      'fake.xlsx is not an Excel workbook (.xlsx); save it as .xlsx or CSV.',
    );
    expect(auditRows()).toBe(before);

    // A formula is refused naming its sheet and cell, in the user's language too.
    const sheet = XLSX.utils.aoa_to_sheet([['星海康复研究所'], ['x']]);
    sheet['A2'] = { t: 's', f: 'A1&"分所"', v: '星海康复研究所分所' };
    const withFormula = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(withFormula, sheet, '名单');
    const formulaFile = path.join(dir, 'formula.xlsx');
    fs.writeFileSync(
      formulaFile,
      XLSX.write(withFormula, { type: 'buffer', bookType: 'xlsx' }) as Buffer,
    );
    let refusal: unknown;
    try {
      importLexicon(db, { fieldKey: 'sponsor', path: formulaFile }, 'cur');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({
      message: expect.stringMatching(/^formula\.xlsx, sheet "名单", cell A2 holds a formula/),
      reason: {
        key: 'lexicon-workbook-formula',
        params: { file: 'formula.xlsx', sheet: '名单', cell: 'A2' },
      },
    });
    expect(auditRows()).toBe(before);
  });
});
