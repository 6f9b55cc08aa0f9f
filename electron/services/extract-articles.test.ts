import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import type { FieldValuePayload } from '../../shared/contract/domain';
import { listArticles } from '../database/articles-repository';
import { verifyAuditChain } from '../database/audit-chain-verify';
import { isArticleExtracted } from '../database/extraction-state';
import { activeSchema } from '../database/schema-repository';
import { valuesOfArticle } from '../database/values-repository';
import { useTempDir } from '../test-support/temp-dir';
import { articleIdsOfDocuments, extractArticles, PageCache } from './extract-articles';
import { extractArticlesInSteps } from './extract-in-steps';
import { importPaths } from './import-pipeline';
import { Project } from './project';
import { addValue, editValue, removeValue } from './value-editing';
import { setValueState } from './value-review';

const tempDir = useTempDir();

async function seededProject(): Promise<{ project: Project; articleIds: number[] }> {
  const project = Project.open(path.join(tempDir(), 'p.gleaner'));
  const report = await importPaths(project.db, [bundledSeedsDir], { actor: 'importer' });
  const articleIds = articleIdsOfDocuments(
    project.db,
    report.imported.flatMap((i) => i.documentIds),
  );
  return { project, articleIds };
}

function articleAbout(project: Project, title: string): number {
  return listArticles(project.db, { offset: 0, limit: 100 }).items.find((a) =>
    a.title?.includes(title),
  )!.id;
}

describe('extractArticles', () => {
  it('stores suggestions with spans that slice the document exactly', async () => {
    const { project, articleIds } = await seededProject();
    const result = extractArticles(project.db, articleIds, { actor: 'extractor' });
    expect(result.articles).toBe(9);
    expect(result.suggestions).toBeGreaterThan(50);
    const fuxin = articleAbout(project, '聚核心竞争力');
    const values = valuesOfArticle(project.db, fuxin);
    const hospital = values.find((v) => v.fieldKey === 'hospital')!;
    expect(hospital.value).toBe('阜新市第二人民医院');
    expect(hospital.state).toBe('suggested');
    const investment = values.find(
      (v) => v.fieldKey === 'investments' && (v.value as { amount: number }).amount === 41_000_000,
    );
    expect(investment?.spans[0]?.text).toBe('4100万元');
    const text = (
      project.db
        .prepare(
          'SELECT d.text FROM documents d JOIN articles a ON a.document_id = d.id WHERE a.id = ?',
        )
        .get(fuxin) as { text: string }
    ).text;
    const chars = Array.from(text);
    for (const value of values)
      for (const span of value.spans)
        expect(chars.slice(span.start, span.end).join('')).toBe(span.text);
    project.close();
  });

  it('re-running keeps curated values and never brings a rejected suggestion back', async () => {
    const { project, articleIds } = await seededProject();
    extractArticles(project.db, articleIds, { actor: 'extractor' });
    const fuxin = articleAbout(project, '聚核心竞争力');
    const before = valuesOfArticle(project.db, fuxin);
    const hospital = before.find((v) => v.fieldKey === 'hospital')!;
    const honor = before.find((v) => v.fieldKey === 'honors' || v.fieldKey === 'centers')!;
    setValueState(
      project.db,
      { valueId: hospital.id, state: 'accepted', revision: hospital.revision },
      'curator',
    );
    setValueState(
      project.db,
      { valueId: honor.id, state: 'rejected', revision: honor.revision },
      'curator',
    );

    extractArticles(project.db, articleIds, { actor: 'extractor' });
    const after = valuesOfArticle(project.db, fuxin);
    expect(after.find((v) => v.id === hospital.id)?.state).toBe('accepted');
    expect(after.filter((v) => v.fieldKey === 'hospital')).toHaveLength(1);
    expect(after.find((v) => v.id === honor.id)?.state).toBe('rejected');
    expect(
      after.filter(
        (v) =>
          v.fieldKey === honor.fieldKey && JSON.stringify(v.value) === JSON.stringify(honor.value),
      ),
    ).toHaveLength(1);
    // Untouched suggestions are replaced, not duplicated.
    expect(after.length).toBe(before.length);
    project.close();
  });

  it('refuses a stale write to a value', async () => {
    const { project, articleIds } = await seededProject();
    extractArticles(project.db, articleIds.slice(0, 1), { actor: 'extractor' });
    const [value] = valuesOfArticle(project.db, articleIds[0]!);
    setValueState(
      project.db,
      { valueId: value!.id, state: 'accepted', revision: value!.revision },
      'window-a',
    );
    expect(() =>
      setValueState(
        project.db,
        { valueId: value!.id, state: 'rejected', revision: value!.revision },
        'window-b',
      ),
    ).toThrow(/changed elsewhere/);
    expect(valuesOfArticle(project.db, articleIds[0]!).find((v) => v.id === value!.id)?.state).toBe(
      'accepted',
    );
    project.close();
  });
});

/** The Fuxin article's investment of 41,000,000 CNY, read from "4100万元". */
function fuxinInvestment(values: FieldValuePayload[]): FieldValuePayload {
  return values.find(
    (v) => v.fieldKey === 'investments' && (v.value as { amount: number }).amount === 41_000_000,
  )!;
}

function amounts(values: FieldValuePayload[]): number[] {
  return values
    .filter((v) => v.fieldKey === 'investments')
    .map((v) => (v.value as { amount: number }).amount);
}

describe('re-running extraction after curators worked (issue 16)', () => {
  it('never brings back the suggestion a curator edited into another value', async () => {
    const { project, articleIds } = await seededProject();
    extractArticles(project.db, articleIds, { actor: 'extractor' });
    const fuxin = articleAbout(project, '聚核心竞争力');
    const suggested = fuxinInvestment(valuesOfArticle(project.db, fuxin));
    editValue(
      project.db,
      { valueId: suggested.id, revision: suggested.revision, text: '3.2亿元' },
      'curator',
    );

    const rerun = extractArticles(project.db, articleIds, { actor: 'extractor' });
    const after = valuesOfArticle(project.db, fuxin);
    // Before the fix the export had both 320,000,000 and 41,000,000 CNY.
    expect(amounts(after).sort()).toEqual([320_000_000, 54_970_000]);
    expect(after.find((v) => v.id === suggested.id)?.state).toBe('edited');
    expect(rerun.heldBack).toBeGreaterThanOrEqual(1);
    project.close();
  });

  it('holds back every value the edit history went through, not only the latest', async () => {
    const { project, articleIds } = await seededProject();
    extractArticles(project.db, articleIds, { actor: 'extractor' });
    const fuxin = articleAbout(project, '聚核心竞争力');
    const suggested = fuxinInvestment(valuesOfArticle(project.db, fuxin));
    const first = editValue(
      project.db,
      { valueId: suggested.id, revision: suggested.revision, text: '3.2亿元' },
      'curator',
    );
    // A second edit also drops the span: only the audit log still ties it to "4100万元".
    editValue(
      project.db,
      { valueId: first.id, revision: first.revision, text: '9亿元' },
      'curator',
    );
    project.db.prepare('DELETE FROM value_spans WHERE value_id = ?').run(first.id);

    extractArticles(project.db, articleIds, { actor: 'extractor' });
    expect(amounts(valuesOfArticle(project.db, fuxin)).sort()).toEqual([54_970_000, 900_000_000]);
    project.close();
  });

  it('holds back a suggestion whose source span overlaps a value the curator added', async () => {
    const { project, articleIds } = await seededProject();
    extractArticles(project.db, articleIds, { actor: 'extractor' });
    const fuxin = articleAbout(project, '聚核心竞争力');
    const span = fuxinInvestment(valuesOfArticle(project.db, fuxin)).spans[0]!;
    // The curator reads the same words as another amount: theirs is the reading that counts.
    addValue(
      project.db,
      { articleId: fuxin, fieldKey: 'investments', text: '4200万元', spans: [span] },
      'curator',
    );

    extractArticles(project.db, articleIds, { actor: 'extractor' });
    expect(amounts(valuesOfArticle(project.db, fuxin)).sort()).toEqual([42_000_000, 54_970_000]);
    project.close();
  });

  it('never suggests a value a curator added and then removed, even for a new field', async () => {
    const { project, articleIds } = await seededProject();
    const schema = activeSchema(project.db);
    // Extraction first ran with a schema that had no investments field.
    extractArticles(project.db, articleIds, {
      actor: 'extractor',
      schema: { ...schema, fields: schema.fields.filter((f) => f.key !== 'investments') },
    });
    const fuxin = articleAbout(project, '聚核心竞争力');
    const start = 373;
    const added = addValue(
      project.db,
      { articleId: fuxin, fieldKey: 'investments', spans: [{ start, end: start + 6 }] },
      'curator',
    );
    expect(added.value).toMatchObject({ amount: 41_000_000 });
    removeValue(project.db, { valueId: added.id, revision: added.revision }, 'curator');

    extractArticles(project.db, articleIds, { actor: 'extractor' });
    expect(amounts(valuesOfArticle(project.db, fuxin))).toEqual([54_970_000]);
    project.close();
  });

  it('keeps a suggestion whose accept was undone as it is, with its id', async () => {
    const { project, articleIds } = await seededProject();
    extractArticles(project.db, articleIds, { actor: 'extractor' });
    const fuxin = articleAbout(project, '聚核心竞争力');
    const suggested = fuxinInvestment(valuesOfArticle(project.db, fuxin));
    const accepted = setValueState(
      project.db,
      { valueId: suggested.id, state: 'accepted', revision: suggested.revision },
      'curator',
    );
    setValueState(
      project.db,
      { valueId: suggested.id, state: 'suggested', revision: accepted.revision },
      'curator',
    );

    extractArticles(project.db, articleIds, { actor: 'extractor' });
    const after = valuesOfArticle(project.db, fuxin);
    expect(amounts(after).sort()).toEqual([41_000_000, 54_970_000]);
    expect(fuxinInvestment(after)).toMatchObject({ id: suggested.id, state: 'suggested' });
    project.close();
  });
});

describe('extraction state', () => {
  it('marks each article extracted with its suggestions, and resuming skips those done', async () => {
    const { project, articleIds } = await seededProject();
    expect(articleIds.some((id) => isArticleExtracted(project.db, id))).toBe(false);
    extractArticles(project.db, articleIds.slice(0, 2), { actor: 'extractor' });
    expect(articleIds.map((id) => isArticleExtracted(project.db, id))).toEqual(
      articleIds.map((_, i) => i < 2),
    );
    const audits = () =>
      (
        project.db.prepare("SELECT count(*) AS n FROM audit WHERE action = 'extract'").get() as {
          n: number;
        }
      ).n;
    expect(audits()).toBe(2);
    const resumed = extractArticles(project.db, articleIds, {
      actor: 'extractor',
      onlyUnextracted: true,
    });
    expect(audits()).toBe(articleIds.length);
    expect(resumed.articles).toBe(articleIds.length);
    expect(articleIds.every((id) => isArticleExtracted(project.db, id))).toBe(true);
    project.close();
  });

  it('in steps, lets queued callbacks (a Ctrl+C handler) run and stop it between batches', async () => {
    const dir = tempDir();
    for (let i = 0; i < 450; i++)
      fs.writeFileSync(path.join(dir, `n${i}.txt`), `第${i}号医院投资${i + 1}万元建设新院区。`);
    const project = Project.open(path.join(dir, 'p.gleaner'));
    const report = await importPaths(project.db, [dir], { actor: 'importer' });
    const articleIds = articleIdsOfDocuments(
      project.db,
      report.imported.flatMap((i) => i.documentIds),
    );
    expect(articleIds).toHaveLength(450);
    let interrupted = false;
    const result = await extractArticlesInSteps(project.db, articleIds, {
      actor: 'extractor',
      isCancelled: () => interrupted,
      // Like a signal handler: it only runs when the event loop turns.
      onProgress: () => setImmediate(() => (interrupted = true)),
    });
    expect(result).toMatchObject({ cancelled: true, articles: 200 });
    const done = articleIds.filter((id) => isArticleExtracted(project.db, id));
    expect(done).toEqual(articleIds.slice(0, 200));
    project.close();
  });

  it('reads a page of many articles once across its batches, and again once its text changed', async () => {
    const dir = tempDir();
    const page = Array.from(
      { length: 450 },
      (_, i) =>
        `第${i + 1}人民医院：\n新院区投入使用\n\n第${i + 1}人民医院投资${i + 1}万元建设新院区。\n`,
    ).join('\n');
    fs.writeFileSync(path.join(dir, 'page.txt'), page);
    const project = Project.open(path.join(dir, 'p.gleaner'));
    const report = await importPaths(project.db, [dir], { actor: 'importer' });
    const documentId = report.imported[0]!.documentIds[0]!;
    const articleIds = articleIdsOfDocuments(project.db, [documentId]);
    expect(articleIds.length).toBeGreaterThan(200);

    const pageCache = new PageCache();
    const result = await extractArticlesInSteps(project.db, articleIds, {
      actor: 'extractor',
      pageCache,
    });
    expect(result.articles).toBe(articleIds.length);
    expect(pageCache.reads).toBe(1);

    // A decode with another encoding replaces the text and its hash: the cache must not serve
    // the old text's offsets.
    project.db
      .prepare("UPDATE documents SET text = ?, sha256 = 'changed' WHERE id = ?")
      .run(`前言${page}`, documentId);
    extractArticles(project.db, articleIds.slice(0, 1), { actor: 'extractor', pageCache });
    expect(pageCache.reads).toBe(2);
    project.close();
  });

  it('in a bulk load commits several batches at once, and a failed batch keeps those before it', async () => {
    const dir = tempDir();
    for (let i = 0; i < 450; i++)
      fs.writeFileSync(path.join(dir, `n${i}.txt`), `第${i}号医院投资${i + 1}万元建设新院区。`);
    const project = Project.open(path.join(dir, 'p.gleaner'));
    const report = await importPaths(project.db, [dir], { actor: 'importer' });
    const articleIds = articleIdsOfDocuments(
      project.db,
      report.imported.flatMap((i) => i.documentIds),
    );
    // The third batch fails part-way, as a full disk would.
    project.db.exec(`CREATE TEMP TRIGGER fail_third_batch BEFORE UPDATE OF extracted_at ON articles
      WHEN NEW.id = ${articleIds[420]} BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`);
    await expect(
      extractArticlesInSteps(project.db, articleIds, {
        actor: 'extractor',
        articlesPerCommit: 1000,
      }),
    ).rejects.toThrow(/disk is full/);
    expect(project.db.inTransaction).toBe(false);
    const done = articleIds.filter((id) => isArticleExtracted(project.db, id));
    expect(done).toEqual(articleIds.slice(0, 400));
    const extractAudits = project.db
      .prepare("SELECT count(*) AS n FROM audit WHERE action = 'extract'")
      .get() as { n: number };
    expect(extractAudits.n).toBe(400);
    expect(verifyAuditChain(project.db).broken).toBeNull();
    project.close();
  });
});
