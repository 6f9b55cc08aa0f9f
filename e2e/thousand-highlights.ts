import type { Page } from 'playwright-core';
import { getArticle } from '../electron/database/articles-repository';
import { insertSuggestion } from '../electron/database/values-repository';
import type { Project } from '../electron/services/project';

// The scenario of the 1,000-highlight timing, shared by its e2e test (which checks that every
// highlight is painted) and bench/highlight-timing.ts (which prints how long opening takes).

/** The longest seed article, given `count` values with a span of 2–4 characters each. */
export function addHighlights(project: Project, count: number): number {
  const db = project.db;
  const target = db
    .prepare(
      'SELECT a.id FROM articles a ORDER BY (SELECT sum(r.end - r.start) FROM article_ranges r WHERE r.article_id = a.id) DESC LIMIT 1',
    )
    .get() as { id: number };
  const schema = db
    .prepare(
      'SELECT DISTINCT field_key AS key, schema_id AS id, schema_version AS version FROM field_values',
    )
    .all() as { key: string; id: string; version: number }[];
  const positions = getArticle(db, target.id).segments.flatMap((segment) => {
    const chars = Array.from(segment.text);
    return chars.flatMap((char, i) =>
      /\s/u.test(char) || i + 4 > chars.length
        ? []
        : [{ start: segment.start + i, chars: chars.slice(i, i + 2 + (i % 3)) }],
    );
  });
  const at = new Date().toISOString();
  // Stored with the same repository function extraction uses.
  db.transaction(() => {
    for (let n = 0; n < count; n++) {
      const position = positions[(n * 7) % positions.length]!;
      const text = position.chars.join('');
      const field = schema[n % schema.length]!;
      insertSuggestion(db, {
        articleId: target.id,
        suggestion: {
          field: field.key,
          value: `${text} #${n}`,
          raw: text,
          extractor: 'timing-test',
          confidence: 0.5,
          spans: [{ start: position.start, end: position.start + position.chars.length, text }],
        },
        ordinal: 100 + n,
        schemaId: field.id,
        schemaVersion: field.version,
        at,
      });
    }
  })();
  return target.id;
}

/** Number of ranges painted by the CSS Custom Highlight API over the provenance colours. */
export const paintedRanges = `(() => {
  let n = 0;
  for (const [name, highlight] of CSS.highlights) if (name.startsWith('field-')) n += highlight.size;
  return n;
})()`;

const lastMeasure = (name: string) => `(() => {
  const entries = performance.getEntriesByName('${name}', 'measure');
  return entries.length ? entries[entries.length - 1].duration : null;
})()`;

export interface OpenTiming {
  /** From the start of the fields fetch to the frame after the highlights were set (ms). */
  total: number;
  /** The part after the values arrived (ms). */
  render: number;
  painted: number;
}

/**
 * Opens `articleId` `opens` times, each a switch from another article as a curator's would be,
 * and reads the app's own `gleaner:highlights` measures.
 */
export async function timeOpens(
  page: Page,
  articleId: number,
  opens: number,
): Promise<OpenTiming[]> {
  const rows = page.locator('[role=option][data-article-id]');
  await rows.first().waitFor();
  const other = page
    .locator(`[role=option][data-article-id]:not([data-article-id="${articleId}"])`)
    .first();
  const runs: OpenTiming[] = [];
  for (let run = 0; run < opens; run++) {
    await other.click();
    await page.locator('[data-testid=fields-panel] [data-value-id]').first().waitFor();
    await page.waitForTimeout(300);
    await page.evaluate(`performance.clearMeasures('gleaner:highlights')`);
    await page.locator(`[role=option][data-article-id="${articleId}"]`).click();
    for (let waited = 0; ; waited += 20) {
      if ((await page.evaluate(lastMeasure('gleaner:highlights'))) !== null) break;
      if (waited > 10_000) throw new Error(`Article ${articleId} never painted its highlights`);
      await page.waitForTimeout(20);
    }
    runs.push({
      total: (await page.evaluate(lastMeasure('gleaner:highlights'))) as number,
      render: (await page.evaluate(lastMeasure('gleaner:highlights:render'))) as number,
      painted: (await page.evaluate(paintedRanges)) as number,
    });
  }
  return runs;
}

export const fastest = (runs: readonly OpenTiming[]): OpenTiming =>
  runs.reduce((a, b) => (b.total < a.total ? b : a));
