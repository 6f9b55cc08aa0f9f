/**
 * Records the golden output of extraction (shared/extraction/golden/): every article of the seeds,
 * of the written test articles (bench/articles/, read and planned by the import's own prepareFile,
 * their text kept in the fixture so the golden test does not depend on the importer), and every
 * sentence of the extraction unit tests taken as a one-article page. Run it only when a change to
 * the rules' output is intended, and say so in the commit:
 *
 *   npx tsx bench/record-extraction-golden.ts
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { importKindOf } from '../electron/import/sources';
import { DEFAULT_MAX_BYTES } from '../electron/import/validate';
import { useJieba } from '../electron/nlp/jieba-tagger';
import { prepareFile } from '../electron/services/prepare-file';
import {
  goldenOutputs,
  type GoldenFixture,
  type GoldenPage,
} from '../shared/extraction/golden/golden-cases';
import { planPage } from '../shared/pages/plan-page';
import { codePointLength } from '../shared/text/codepoints';

useJieba();

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = join(root, 'seeds');
const articlesDir = join(root, 'bench', 'articles');
export const GOLDEN_FIXTURE = join(root, 'shared', 'extraction', 'golden', 'golden-output.json.gz');

const schema: unknown = JSON.parse(
  readFileSync(join(seedsDir, 'hospital-news.schema.json'), 'utf8'),
);

function seedPages(): (GoldenPage & { text: string })[] {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(seedsDir, file), 'utf8');
      const articles = planPage(text).articles.map(({ ranges, title, kicker }) => ({
        ranges,
        title,
        kicker,
      }));
      return { source: `seeds/${file}`, text, articles };
    });
}

async function writtenPages(): Promise<GoldenPage[]> {
  const pages: GoldenPage[] = [];
  for (const name of readdirSync(articlesDir).sort()) {
    const path = join(articlesDir, name);
    const kind = importKindOf(name);
    if (!kind || !statSync(path).isFile()) continue;
    const prepared = await prepareFile(
      { path, name, size: statSync(path).size, kind },
      DEFAULT_MAX_BYTES,
    );
    if (prepared.kind !== 'page') continue;
    pages.push({
      source: `bench/articles/${name}`,
      text: prepared.doc.text,
      articles: prepared.plan.articles.map(({ ranges, title, kicker }) => ({
        ranges,
        title,
        kicker,
      })),
    });
  }
  return pages;
}

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** A single-quoted literal's value (its escapes read as JSON's), or null when it has others. */
function unquote(quoted: string): string | null {
  try {
    return JSON.parse(`"${quoted.replace(/"/gu, '\\"').replace(/\\'/gu, "'")}"`) as string;
  } catch {
    return null;
  }
}

/** Quoted strings of the extraction tests that hold a sentence (eight or more CJK characters). */
function unitTestPages(): GoldenPage[] {
  const pages: GoldenPage[] = [];
  const seen = new Set<string>();
  const literal = /'((?:[^'\\\n]|\\.)*)'|`([^`$\\]*)`/gu;
  for (const file of testFiles(join(root, 'shared', 'extraction')).sort()) {
    if (file.includes(`${join('extraction', 'golden')}`)) continue;
    const source = readFileSync(file, 'utf8');
    let n = 0;
    for (const m of source.matchAll(literal)) {
      const quoted = m[1] ?? m[2] ?? '';
      const text = m[1] !== undefined ? unquote(quoted) : quoted;
      if (text === null) continue;
      if ((text.match(/\p{Script=Han}/gu) ?? []).length < 8 || seen.has(text)) continue;
      seen.add(text);
      pages.push({
        source: `${relative(root, file)}#${n++}`,
        text,
        articles: [
          { ranges: [{ start: 0, end: codePointLength(text) }], title: null, kicker: null },
        ],
      });
    }
  }
  return pages;
}

const pages: GoldenPage[] = [...seedPages(), ...(await writtenPages()), ...unitTestPages()];
const fixture: GoldenFixture = {
  schema,
  pages: pages.map((page) => {
    const text = page.text ?? '';
    const outputs = goldenOutputs(schema, text, page.articles);
    const plan = planPage(text);
    const stored = page.source.startsWith('seeds/') ? { ...page, text: undefined } : page;
    return { ...stored, plan, outputs };
  }),
};
writeFileSync(GOLDEN_FIXTURE, gzipSync(JSON.stringify(fixture), { level: 9 }));
const articles = fixture.pages.reduce((n, p) => n + p.articles.length, 0);
const suggestions = fixture.pages.reduce(
  (n, p) => n + p.outputs.reduce((m, o) => m + o.withWords.suggestions.length, 0),
  0,
);
console.log(
  `Golden output of ${articles} articles on ${fixture.pages.length} pages (${suggestions} suggestions with words) written to ${relative(root, GOLDEN_FIXTURE)}.`,
);
