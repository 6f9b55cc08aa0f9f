/**
 * Extraction gives exactly the recorded output on every test article (golden-cases.ts): the seeds,
 * the written test articles of bench/articles/ and the sentences of the extraction unit tests.
 * A difference anywhere fails, naming the page and the article. When a rule's output is meant to
 * change, re-record with `npx tsx bench/record-extraction-golden.ts` and say why in the commit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { planPage } from '../../pages/plan-page';
import { goldenOutputs, type GoldenFixture } from './golden-cases';

const root = join(__dirname, '../../..');
const fixture = JSON.parse(
  gunzipSync(readFileSync(join(__dirname, 'golden-output.json.gz'))).toString('utf8'),
) as GoldenFixture;
const textOf = (page: GoldenFixture['pages'][number]): string =>
  page.text ?? readFileSync(join(root, page.source), 'utf8');
/** A JSON round trip, as the fixture went through: undefined properties dropped. */
const asStored = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('golden extraction output', () => {
  it('covers the seeds, the written test articles and the unit-test sentences', () => {
    const from = (prefix: string): number =>
      fixture.pages.filter((p) => p.source.startsWith(prefix)).length;
    expect(from('seeds/')).toBe(5);
    expect(from('bench/articles/')).toBeGreaterThanOrEqual(40);
    expect(from('shared/extraction/')).toBeGreaterThanOrEqual(100);
  });

  it.each(fixture.pages.map((page) => [page.source, page] as const))(
    '%s: same plan and same suggestions',
    (_source, page) => {
      const text = textOf(page);
      expect(asStored(planPage(text))).toEqual(page.plan);
      const outputs = asStored(goldenOutputs(fixture.schema, text, page.articles));
      page.articles.forEach((article, i) => {
        expect(outputs[i], `article ${i} (${article.title ?? 'untitled'})`).toEqual(
          page.outputs[i],
        );
      });
    },
  );
});
