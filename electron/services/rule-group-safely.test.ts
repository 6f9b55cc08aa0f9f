import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractAndJudgeArticles, type ArticleInput } from '../../shared/extraction';
import { parseFieldSchema } from '../../shared/schema';
import { bundledSeedsDir } from '../app-root';
import { ruleGroupSafely } from './rule-group-safely';

const schema = parseFieldSchema(
  JSON.parse(fs.readFileSync(path.join(bundledSeedsDir, 'hospital-news.schema.json'), 'utf8')),
);

/** One short article per hospital, each a document of its own. */
const articles: ArticleInput[] = Array.from({ length: 32 }, (_, i) => {
  const documentText = `第${i + 1}人民医院投资${i + 1}万元建设新院区，床位${i + 100}张。`;
  return { documentText, ranges: [{ start: 0, end: documentText.length }], schema };
});

const textOf = (input: ArticleInput): string => input.documentText as string;

/** The real rules, counting their runs, except that they throw on any article holding `marker`. */
function rulesFailingOn(markers: string[]) {
  const runs: number[] = [];
  const rule = (inputs: readonly ArticleInput[]) => {
    runs.push(inputs.length);
    const bad = inputs.find((input) => markers.some((m) => textOf(input).includes(m)));
    if (bad) throw new RangeError(`Maximum call stack size exceeded in ${textOf(bad)}`);
    return extractAndJudgeArticles(inputs);
  };
  return { rule, runs };
}

describe('ruleGroupSafely', () => {
  it('gives every article of a group whose rules hold its own extraction, in one run', () => {
    const { rule, runs } = rulesFailingOn([]);
    const result = ruleGroupSafely(articles, rule);
    expect(runs).toEqual([32]);
    expect(result).toEqual(extractAndJudgeArticles(articles).map((ruled) => ({ ruled })));
  });

  it('finds the one article the rules throw on by halving the group, and rules the others as alone', () => {
    const { rule, runs } = rulesFailingOn(['第7人民医院']);
    const result = ruleGroupSafely(articles, rule);
    // The whole group, then halves down to the article: 1 + 2·log2(32) runs, not 1 + 32.
    expect(runs).toHaveLength(11);
    // Each level reruns the half that threw: the articles ruled add up to under three times the group.
    expect(runs.reduce((a, b) => a + b, 0)).toBeLessThan(3 * articles.length);
    articles.forEach((input, i) => {
      if (i === 6) {
        expect(result[i]).toEqual({
          failed: `Maximum call stack size exceeded in ${textOf(input)}`,
        });
      } else {
        expect(result[i]).toEqual({ ruled: extractAndJudgeArticles([input])[0] });
      }
    });
  });

  it('names each failing article when several throw, the rest still ruled, in the input order', () => {
    const { rule } = rulesFailingOn(['第1人民医院', '第2人民医院', '第32人民医院']);
    const result = ruleGroupSafely(articles, rule);
    expect(result).toHaveLength(32);
    const failed = result.flatMap((r, i) => ('failed' in r ? [i] : []));
    // 第1 is also in 第10-19 and 第2 in 第20-29: the marker reaches those too.
    expect(failed).toEqual(
      articles.flatMap((input, i) =>
        ['第1人民医院', '第2人民医院', '第32人民医院'].some((m) => textOf(input).includes(m))
          ? [i]
          : [],
      ),
    );
    expect(result.filter((r) => 'ruled' in r)).toHaveLength(32 - failed.length);
  });
});
