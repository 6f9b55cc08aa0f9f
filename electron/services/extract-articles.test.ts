import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { listArticles } from '../database/articles-repository';
import { valuesOfArticle } from '../database/values-repository';
import { useTempDir } from '../test-support/temp-dir';
import { articleIdsOfDocuments, extractArticles } from './extract-articles';
import { importPaths } from './import-pipeline';
import { Project } from './project';
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
