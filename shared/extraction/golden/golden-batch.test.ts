/**
 * Extracting many articles in one call (extractAndJudgeArticles, which runs each rule over a batch
 * of articles before the next rule) gives every article exactly its recorded golden output: the
 * articles of every golden page in one call, cut into batches at BATCH and wherever the schema
 * object changes, as an import of many pages would hand them over.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseFieldSchema } from '../../schema';
import { CodePointIndex } from '../../text/codepoints';
import { extractAndJudgeArticles, type ArticleInput } from '../extract-article';
import type { GoldenFixture } from './golden-cases';

const root = join(__dirname, '../../..');
const fixture = JSON.parse(
  gunzipSync(readFileSync(join(__dirname, 'golden-output.json.gz'))).toString('utf8'),
) as GoldenFixture;
const asStored = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('extractAndJudgeArticles', () => {
  it('gives every golden article its recorded output, in order, across batches and schemas', () => {
    // Two parsed copies of the schema, alternating every few pages: a batch ends at a change.
    const schemas = [parseFieldSchema(fixture.schema), parseFieldSchema(fixture.schema)];
    const inputs: ArticleInput[] = [];
    const expected: unknown[] = [];
    const names: string[] = [];
    fixture.pages.forEach((page, p) => {
      const index = new CodePointIndex(page.text ?? readFileSync(join(root, page.source), 'utf8'));
      const schema = schemas[Math.floor(p / 7) % 2]!;
      page.articles.forEach((article, i) => {
        inputs.push({ documentText: index, ...article, schema });
        expected.push(page.outputs[i]!.withWords);
        names.push(`${page.source} article ${i}`);
      });
    });
    expect(inputs.length).toBeGreaterThan(2 * 64);
    const outputs = asStored(extractAndJudgeArticles(inputs, { calibrated: false }));
    expect(outputs).toHaveLength(inputs.length);
    outputs.forEach((output, i) => expect(output, names[i]).toEqual(expected[i]));
  });
});
