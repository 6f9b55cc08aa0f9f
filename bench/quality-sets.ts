/**
 * The two sets the quality benchmark measures: the five seeds (read as UTF-8 and planned like the
 * benchmark always did) and the written test articles of bench/articles/ (read, decoded and
 * planned by the import's own prepareFile, so encodings and HTML go the way a user's files go).
 * Each page is paired with its reference; every planned article is extracted once with the
 * rules' raw confidence, and judged.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { importKindOf } from '../electron/import/sources';
import { DEFAULT_MAX_BYTES } from '../electron/import/validate';
import { prepareFile } from '../electron/services/prepare-file';
import type { Suggestion } from '../shared/extraction';
import { extractArticleUncalibrated } from '../shared/extraction/extract-article';
import { planPage, type ArticlePlan } from '../shared/pages/plan-page';
import type { FieldSchema } from '../shared/schema';
import { CodePointIndex, codePointLength } from '../shared/text/codepoints';
import {
  judgeArticle,
  squeeze,
  type ArticleVerdict,
  type ReferenceArticle,
  type ReferencePage,
} from './quality-judge';

export interface LoadedPage {
  file: string;
  text: string;
  plan: ArticlePlan[];
  reference: ReferencePage | null;
}

/** One planned article (or one reference article nobody planned) with its verdict. */
export interface ArticleResult {
  page: LoadedPage;
  reference: ReferenceArticle | null;
  planned: ArticlePlan | null;
  suggestions: Suggestion[];
  verdict: ArticleVerdict;
}

export interface SetResult {
  name: string;
  /** The schema the set was extracted and judged with. */
  schema: FieldSchema;
  pages: LoadedPage[];
  articles: ArticleResult[];
  problems: string[];
  /** Spans checked against the document text, and those whose text differed. */
  spans: { checked: number; inexact: number };
}

function readReference(path: string, problems: string[], file: string): ReferencePage | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as ReferencePage;
  } catch (error) {
    problems.push(`${file}: no reference file (${(error as Error).message.split('\n')[0]})`);
    return null;
  }
}

export function loadSeeds(seedsDir: string, problems: string[]): LoadedPage[] {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(seedsDir, file), 'utf8');
      return {
        file,
        text,
        plan: planPage(text).articles,
        reference: readReference(join(seedsDir, 'reference', `${file}.json`), problems, file),
      };
    });
}

const NOTES_FILE = /^(?:README|SOURCES)\.txt$/u;

export async function loadWrittenArticles(dir: string, problems: string[]): Promise<LoadedPage[]> {
  const pages: LoadedPage[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const kind = importKindOf(name);
    // A set's own notes (README.txt, SOURCES.txt beside the pages) are not pages to judge.
    if (!kind || NOTES_FILE.test(name) || !statSync(path).isFile()) continue;
    const reference = readReference(join(dir, 'reference', `${name}.json`), problems, name);
    const prepared = await prepareFile(
      { path, name, size: statSync(path).size, kind },
      DEFAULT_MAX_BYTES,
    );
    if (prepared.kind !== 'page') {
      problems.push(
        `${name}: not imported as a page (${prepared.kind === 'skip' ? prepared.message : prepared.kind})`,
      );
      // Nothing planned: every reference value counts as missed.
      pages.push({ file: name, text: '', plan: [], reference });
      continue;
    }
    pages.push({ file: name, text: prepared.doc.text, plan: prepared.plan.articles, reference });
  }
  return pages;
}

/** Every reference raw text must be in its page (whitespace aside), or the reference is wrong. */
function checkReferenceRaws(page: LoadedPage, problems: string[]): void {
  if (!page.reference || page.text === '') return;
  const squeezedPage = squeeze(page.text);
  for (const article of page.reference.articles)
    for (const [key, values] of Object.entries(article.fields))
      for (const v of values)
        if (!squeezedPage.includes(squeeze(v.raw)))
          problems.push(`${page.file}: reference ${key} raw "${v.raw}" is not in the page`);
}

/** The seeds' pairing: by the first range's start, else by the planned title. */
function pairByRangeOrTitle(
  page: LoadedPage,
  problems: string[],
): [ArticlePlan, ReferenceArticle | null][] {
  const matched = new Set<ReferenceArticle>();
  const pairs: [ArticlePlan, ReferenceArticle | null][] = [];
  for (const planned of page.plan) {
    const ref = page.reference?.articles.find(
      (r) =>
        !matched.has(r) &&
        (r.firstRangeStart === planned.ranges[0]?.start ||
          (planned.title !== null && squeeze(planned.title).startsWith(squeeze(r.title)))),
    );
    if (!ref) {
      problems.push(
        `${page.file}: article at ${planned.ranges[0]?.start} ("${planned.title}") has no reference`,
      );
      continue;
    }
    matched.add(ref);
    pairs.push([planned, ref]);
  }
  for (const r of page.reference?.articles ?? [])
    if (!matched.has(r))
      problems.push(`${page.file}: reference article "${r.title}" was not found by planPage`);
  return pairs;
}

/**
 * The written articles' pairing: each reference article goes to the planned article whose ranges
 * hold its anchor (else the last one starting before it); a planned article takes only the first
 * reference that lands on it, so a list page left whole loses its other items.
 */
function pairByAnchor(
  page: LoadedPage,
  problems: string[],
): { pairs: [ArticlePlan | null, ReferenceArticle | null][] } {
  const pairs: [ArticlePlan | null, ReferenceArticle | null][] = [];
  const taken = new Set<ArticlePlan>();
  for (const ref of page.reference?.articles ?? []) {
    const anchor = ref.anchor ?? ref.title;
    // Whitespace aside: how an HTML page's blocks become lines is the importer's business.
    const at16 = page.text.search(new RegExp(linePattern(anchor).source, 'u'));
    if (at16 === -1) {
      if (page.text !== '') problems.push(`${page.file}: anchor "${anchor}" is not in the page`);
      pairs.push([null, ref]);
      continue;
    }
    const at = codePointLength(page.text.slice(0, at16));
    const holding =
      page.plan.find((a) => a.ranges.some((r) => r.start <= at && at < r.end)) ??
      [...page.plan].reverse().find((a) => (a.ranges[0]?.start ?? Infinity) <= at) ??
      null;
    if (!holding || taken.has(holding)) {
      problems.push(
        `${page.file}: reference article "${ref.title}" has no planned article of its own`,
      );
      pairs.push([null, ref]);
      continue;
    }
    taken.add(holding);
    pairs.push([holding, ref]);
  }
  for (const planned of page.plan) if (!taken.has(planned)) pairs.push([planned, null]);
  return { pairs };
}

export function evaluateSet(
  name: string,
  pages: LoadedPage[],
  schema: FieldSchema,
  problems: string[],
  mode: 'seeds' | 'written',
): SetResult {
  const result: SetResult = {
    name,
    schema,
    pages,
    articles: [],
    problems,
    spans: { checked: 0, inexact: 0 },
  };
  for (const page of pages) {
    checkReferenceRaws(page, problems);
    chromeRanges(page, problems);
    const index = new CodePointIndex(page.text);
    const pairs =
      mode === 'seeds' ? pairByRangeOrTitle(page, problems) : pairByAnchor(page, problems).pairs;
    for (const [planned, reference] of pairs) {
      const suggestions = planned
        ? extractArticleUncalibrated({
            documentText: index,
            ranges: planned.ranges,
            title: planned.title,
            kicker: planned.kicker,
            schema,
          })
        : [];
      for (const s of suggestions)
        for (const span of s.spans) {
          result.spans.checked++;
          if (index.slice(span.start, span.end) !== span.text) result.spans.inexact++;
        }
      const verdict = judgeArticle(
        schema,
        suggestions,
        reference?.fields ?? null,
        mode === 'written' && page.reference?.fieldsNotListed !== 'skipped',
      );
      result.articles.push({ page, reference, planned, suggestions, verdict });
    }
  }
  return result;
}

/** A pattern for a line whatever whitespace the page's decoding left between its words. */
function linePattern(line: string): RegExp {
  const words = line.split(/\s+/u).filter((w) => w !== '');
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('\\s*'), 'gu');
}

/**
 * Code-point ranges of the page's chrome lines (every occurrence of each listed line, whitespace
 * aside); a listed line missing from the page is a reference error, reported in `problems`.
 */
export function chromeRanges(
  page: LoadedPage,
  problems?: string[],
): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (const line of page.reference?.chrome ?? []) {
    if (line.trim() === '' || page.text === '') continue;
    let found = false;
    for (const m of page.text.matchAll(linePattern(line))) {
      found = true;
      const start = codePointLength(page.text.slice(0, m.index));
      ranges.push({ start, end: start + codePointLength(m[0]) });
    }
    if (!found) problems?.push(`${page.file}: chrome line "${line}" is not in the page`);
  }
  return ranges;
}
