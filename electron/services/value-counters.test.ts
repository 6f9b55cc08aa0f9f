import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../test-support/pathological-pages';
import { useTempDir } from '../test-support/temp-dir';
import { acceptSuggestions } from './bulk-accept';
import { articleIdsOfDocuments, extractArticles } from './extract-articles';
import { importPaths } from './import-pipeline';
import { Project } from './project';
import { mergeArticles, splitArticle } from './segmentation-corrections';
import { undoCorrection } from './segmentation-undo';
import { addValue, editValue, removeValue } from './value-editing';
import { setValueState } from './value-review';

// The dashboard reads extractor_outcome_counts and the article list trusts the 'values' change
// counter instead of reading every value (migration 12). Both are kept by triggers on
// field_values, so they hold for every writer, including one added later; this test runs every
// writer there is in a random order and compares them with a recount after each step.

const tempDir = useTempDir();

interface ValueRow {
  id: number;
  articleId: number;
  fieldKey: string;
  state: string;
  revision: number;
  origin: string;
}

function recountedOutcomes(project: Project): string[] {
  return (
    project.db
      .prepare(
        `SELECT coalesce(extractor, 'unknown') AS extractor, state, count(*) AS n FROM field_values
          WHERE origin = 'extracted' GROUP BY 1, 2 ORDER BY 1, 2`,
      )
      .all() as { extractor: string; state: string; n: number }[]
  ).map((r) => `${r.extractor} ${r.state} ${r.n}`);
}

function keptOutcomes(project: Project): string[] {
  return (
    project.db
      .prepare(
        'SELECT extractor, state, n FROM extractor_outcome_counts WHERE n <> 0 ORDER BY 1, 2',
      )
      .all() as { extractor: string; state: string; n: number }[]
  ).map((r) => `${r.extractor} ${r.state} ${r.n}`);
}

function valuesCounter(project: Project): number {
  return (
    project.db.prepare("SELECT n FROM change_counters WHERE name = 'values'").get() as {
      n: number;
    }
  ).n;
}

/** What the list's totals depend on: which values exist, where, and in which state. */
function listedValues(project: Project): string {
  return JSON.stringify(
    project.db
      .prepare('SELECT id, article_id, field_key, state FROM field_values ORDER BY id')
      .all(),
  );
}

function values(project: Project): ValueRow[] {
  return project.db
    .prepare(
      'SELECT id, article_id AS articleId, field_key AS fieldKey, state, revision, origin FROM field_values ORDER BY id',
    )
    .all() as ValueRow[];
}

function articlesOfPage(project: Project, documentId: number): { id: number; length: number }[] {
  return project.db
    .prepare(
      'SELECT id, text_length AS length FROM articles WHERE document_id = ? ORDER BY ordinal',
    )
    .all(documentId) as { id: number; length: number }[];
}

describe('the value counters of migration 12', () => {
  it('equal a recount after any sequence of every writer of values', async () => {
    const dir = tempDir();
    const page = Array.from(
      { length: 6 },
      (_, i) =>
        `朝阳市第${i + 1}人民医院：\n新院区投入使用\n\n第${i + 1}人民医院新院区今日投入使用，开放床位${300 + i}张，总投资${1000 + i}万元。\n`,
    ).join('\n');
    fs.writeFileSync(path.join(dir, 'page.txt'), page);
    const project = Project.open(path.join(dir, 'p.gleaner'));
    const report = await importPaths(project.db, [dir], { actor: 'importer' });
    const documentId = report.imported[0]!.documentIds[0]!;
    extractArticles(project.db, articleIdsOfDocuments(project.db, [documentId]), {
      actor: 'extractor',
    });
    expect(values(project).length).toBeGreaterThan(10);

    const random = seededRandom(16);
    const pick = <T>(items: readonly T[]): T | undefined =>
      items[Math.floor(random() * items.length)];
    const corrections: number[] = [];
    const writers: Record<string, () => void> = {
      accept: () => {
        const v = pick(values(project));
        if (v)
          setValueState(
            project.db,
            { valueId: v.id, state: 'accepted', revision: v.revision },
            'c',
          );
      },
      reject: () => {
        const v = pick(values(project));
        if (v)
          setValueState(
            project.db,
            { valueId: v.id, state: 'rejected', revision: v.revision },
            'c',
          );
      },
      'back to suggested': () => {
        const v = pick(values(project).filter((x) => x.origin === 'extracted'));
        if (v)
          setValueState(
            project.db,
            { valueId: v.id, state: 'suggested', revision: v.revision },
            'c',
          );
      },
      edit: () => {
        const v = pick(values(project).filter((x) => x.fieldKey === 'beds'));
        if (v)
          editValue(
            project.db,
            { valueId: v.id, revision: v.revision, text: `${Math.floor(random() * 900)}` },
            'c',
          );
      },
      add: () => {
        const a = pick(articlesOfPage(project, documentId));
        if (a)
          addValue(project.db, { articleId: a.id, fieldKey: 'beds', text: '120', spans: [] }, 'c');
      },
      remove: () => {
        const v = pick(values(project).filter((x) => x.origin === 'curator'));
        if (v) removeValue(project.db, { valueId: v.id, revision: v.revision }, 'c');
      },
      're-extract': () => {
        extractArticles(project.db, articleIdsOfDocuments(project.db, [documentId]), {
          actor: 'extractor',
        });
      },
      'bulk accept': () => {
        acceptSuggestions(project.db, { minConfidence: random() }, 'c');
      },
      split: () => {
        const a = pick(articlesOfPage(project, documentId).filter((x) => x.length > 4));
        if (a)
          corrections.push(splitArticle(project.db, { articleId: a.id, at: 2 }, 'c').correctionId!);
      },
      merge: () => {
        const articles = articlesOfPage(project, documentId);
        const first = Math.floor(random() * (articles.length - 1));
        if (articles.length > 1)
          corrections.push(
            mergeArticles(
              project.db,
              { articleIds: [articles[first]!.id, articles[first + 1]!.id] },
              'c',
            ).correctionId!,
          );
      },
      undo: () => {
        const id = corrections.pop();
        if (id !== undefined) undoCorrection(project.db, { correctionId: id }, 'c');
      },
    };
    const names = Object.keys(writers);
    const ran = new Set<string>();
    for (let step = 0; step < 150; step++) {
      const name = names[step < names.length ? step : Math.floor(random() * names.length)]!;
      const listedBefore = listedValues(project);
      const counterBefore = valuesCounter(project);
      try {
        writers[name]!();
        ran.add(name);
      } catch (error) {
        // A refusal (a single-valued field already kept, a page changed since a correction) is a
        // writer saying no: it must leave the counters as exact as a write does.
        if (!(error instanceof Error) || !('code' in error)) throw error;
      }
      expect(keptOutcomes(project), `after ${name} (step ${step})`).toEqual(
        recountedOutcomes(project),
      );
      if (listedValues(project) !== listedBefore)
        expect(valuesCounter(project), `after ${name} (step ${step})`).toBeGreaterThan(
          counterBefore,
        );
    }
    expect([...ran].sort()).toEqual([...names].sort());
    project.close();
  }, 120_000);
});
