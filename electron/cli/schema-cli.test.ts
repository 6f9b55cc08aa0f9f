import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appRoot } from '../app-root';
import { exportJsonl, runGleaner } from '../test-support/gleaner-cli';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();
const companyArticles = path.join(appRoot, 'bench', 'articles', 'company-news');
const article = (name: string): string => path.join(companyArticles, name);

const gleaner = (...args: string[]) => runGleaner(args);

interface ExportedValue {
  value: unknown;
  spans: { start: number; end: number; text: string }[];
}
interface ExportedArticle {
  text: string;
  fields: Record<string, ExportedValue[]>;
}

function exportedArticles(project: string, out: string): ExportedArticle[] {
  const exported = exportJsonl(project, out);
  expect(exported.code).toBe(0);
  return fs
    .readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as ExportedArticle);
}

// Each run of the command line costs seconds of CPU under tsx: room for a loaded machine.
describe('schemas on the command line', { timeout: 240_000 }, () => {
  it('imports, extracts and exports company news with --schema company-news', () => {
    const dir = tempDir();
    const project = path.join(dir, 'companies.gleaner');
    const imported = gleaner(
      'import',
      article('c01-changzhou-separator-plant.txt'),
      article('c07-hefei-storage-line.txt'),
      '--project',
      project,
      '--schema',
      'company-news',
    );
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Imported 2 files (2 articles)');

    const articles = exportedArticles(project, path.join(dir, 'out.jsonl'));
    expect(articles).toHaveLength(2);
    const first = articles[0]!;
    const companyNewsKeys = ['company', 'province', 'city', 'title', 'people', 'investments'];
    for (const key of Object.keys(first.fields))
      expect([...companyNewsKeys, 'products', 'partners', 'events']).toContain(key);
    expect(first.fields.company![0]!.value).toBe('江苏恒川新材料股份有限公司');
    expect(first.fields.province![0]!.value).toMatchObject({ name: '江苏省' });
    expect(first.fields.people!.map((v) => v.value)).toContainEqual({
      name: '陈立峰',
      title: '董事长',
    });
    expect(first.fields.products!.map((v) => v.value)).toEqual(['恒川Q7']);
    expect(articles[1]!.fields.company![0]!.value).toBe('合肥芯源储能科技有限公司');
    // Every exported span is the article text it claims, in code points.
    for (const a of articles)
      for (const values of Object.values(a.fields))
        for (const v of values)
          for (const span of v.spans)
            expect([...a.text].slice(span.start, span.end).join('')).toBe(span.text);
  });

  it('inits a project from a schema file, exports it, and refuses a file that maps badly', () => {
    const dir = tempDir();
    const first = path.join(dir, 'a.gleaner');
    expect(gleaner('init', '--project', first, '--schema', 'company-news').stdout).toContain(
      'with the schema company-news@1',
    );
    const schemaFile = path.join(dir, 'schema.json');
    expect(gleaner('schema', 'export', '--project', first, '--out', schemaFile).code).toBe(0);
    const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as {
      id: string;
      fields: { key: string; extractors: unknown[] }[];
    };
    expect(schema.id).toBe('company-news');

    // A renamed field keeps its extractor; a new project from the file uses it.
    schema.fields.find((f) => f.key === 'people')!.key = 'executives';
    fs.writeFileSync(schemaFile, JSON.stringify(schema));
    const second = path.join(dir, 'b.gleaner');
    expect(gleaner('init', '--project', second, '--schema', schemaFile).code).toBe(0);
    expect(
      gleaner('import', article('c09-changsha-robot-factory.txt'), '--project', second).code,
    ).toBe(0);
    const [exported] = exportedArticles(second, path.join(dir, 'b.jsonl'));
    expect(exported!.fields.executives!.map((v) => (v.value as { name: string }).name)).toContain(
      '谭卫东',
    );

    // A field mapped to an extractor this build lacks, and a money rule on a text field.
    schema.fields.find((f) => f.key === 'products')!.extractors = ['rule:products@1'];
    schema.fields.find((f) => f.key === 'title')!.extractors = ['rule:investment@1'];
    fs.writeFileSync(schemaFile, JSON.stringify(schema));
    const third = path.join(dir, 'c.gleaner');
    const refused = gleaner('init', '--project', third, '--schema', schemaFile);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('field "title"');
    expect(refused.stderr).toContain('extractor "rule:investment@1"');
    expect(refused.stderr).toContain('field "products"');
    expect(refused.stderr).toContain('unknown extractor "rule:products@1"');
    expect(fs.existsSync(third)).toBe(false);

    // A project holding values of one schema does not switch to another.
    const switched = gleaner(
      'import',
      article('c02-ningbo-robot-launch.txt'),
      '--project',
      second,
      '--schema',
      'hospital-news',
    );
    expect(switched.code).toBe(1);
    expect(switched.stderr).toMatch(/already holds \d+ values of the schema "company-news"/);
  });

  it('switches a project imported with the empty schema and extracts its articles again', () => {
    const dir = tempDir();
    const project = path.join(dir, 'e.gleaner');
    const first = ['import', article('c05-chengdu-agritech-cooperation.txt'), '--project', project];
    expect(gleaner(...first, '--schema', 'empty').code).toBe(0);
    const [before] = exportedArticles(project, path.join(dir, 'before.jsonl'));
    expect(Object.values(before!.fields).flat()).toEqual([]);

    const second = ['import', article('c08-xiamen-logistics-listing.txt'), '--project', project];
    expect(gleaner(...second, '--schema', 'company-news').code).toBe(0);
    const companies = exportedArticles(project, path.join(dir, 'after.jsonl')).map(
      (a) => a.fields.company?.[0]?.value,
    );
    expect(companies).toEqual(['四川蜀禾农业科技有限公司', '厦门鹭航物流股份有限公司']);
  });
});
