import { CodePointIndex } from '../../shared/text/codepoints';
import { storedDocument } from '../database/document-text-repository';
import type { ProjectDatabase } from '../database/open-project';
import type { SideRows } from '../database/packages-repository';
import { PACKAGE_SCHEMA } from '../database/package-schema';
import { activeSchema } from '../database/schema-repository';
import { extractorsOf } from '../database/stored-value-shape';
import type { FieldType } from '../../shared/schema';
import { valueShapeProblem } from '../../shared/values/value-shape';

/**
 * What a merge would take from a package that the project cannot hold: a value that is not
 * JSON, a span past the end of its page, or a span whose text is not the page's text at its
 * offsets (the offsets rule: `text == slice(start, end)` before anything is saved), or a value
 * that is JSON but not of its field's type (shared/values/value-shape.ts). A package
 * is a project file that was in someone else's hands; these rows can only come from a change
 * made outside Gleaner or a damaged disk, and once merged they broke every export of the
 * project ("malformed JSON") or pointed highlights at other characters. Checked against the
 * project's own text of each page, which is what the merged spans will index.
 */
export function packageRowProblems(
  db: ProjectDatabase,
  pkg: Pick<SideRows, 'articles' | 'values' | 'spans'>,
  missingDocuments: ReadonlySet<number>,
): string[] {
  const documentOf = new Map(pkg.articles.map((a) => [a.id, a.documentId]));
  const spansOf = new Map<number, SideRows['spans']>();
  for (const span of pkg.spans) {
    const list = spansOf.get(span.valueId) ?? [];
    list.push(span);
    spansOf.set(span.valueId, list);
  }
  const pages = new Map<number, CodePointIndex | null>();
  const pageText = (documentId: number): CodePointIndex | null => {
    if (!pages.has(documentId)) {
      const text = storedDocument(db, documentId)?.text;
      pages.set(documentId, text === undefined ? null : new CodePointIndex(text));
    }
    return pages.get(documentId)!;
  };

  const types = new Map<string, FieldType>(activeSchema(db).fields.map((f) => [f.key, f.type]));
  const problems: string[] = [];
  const shapes: { where: string; id: number; type: FieldType; value: unknown }[] = [];
  for (const value of pkg.values) {
    const where = `article ${value.articleId}, field ${value.fieldKey}, value ${value.id}`;
    const documentId = documentOf.get(value.articleId);
    if (documentId === undefined) {
      problems.push(`${where}: its article is not in the package`);
      continue;
    }
    if (missingDocuments.has(documentId)) continue; // not merged: its page is gone here
    const parsed = parseJson(value.value);
    const type = types.get(value.fieldKey);
    if (parsed === NOT_JSON) problems.push(`${where}: its value is not JSON`);
    else if (type !== undefined && valueShapeProblem(type, parsed) !== null)
      shapes.push({ where, id: value.id, type, value: parsed });
    const page = pageText(documentId);
    if (!page) continue;
    for (const span of spansOf.get(value.id) ?? []) {
      const at = `${span.start}–${span.end}`;
      if (span.end > page.length) {
        problems.push(
          `${where}: its span ${at} lies past the end of its page (${page.length} characters)`,
        );
      } else if (page.slice(span.start, span.end) !== span.text) {
        problems.push(
          `${where}: its span ${at} should read ${JSON.stringify(span.text)} but the page reads ${JSON.stringify(page.slice(span.start, span.end))}`,
        );
      }
    }
  }
  // A field pattern's value is text as written whatever the type: its extractor is read only for
  // the values that failed without it, which a sound package does not have.
  const extractors =
    shapes.length > 0
      ? extractorsOf(
          db,
          PACKAGE_SCHEMA,
          shapes.map((v) => v.id),
        )
      : null;
  for (const { where, id, type, value } of shapes) {
    const problem = valueShapeProblem(type, value, extractors?.get(id) ?? null);
    if (problem !== null) problems.push(`${where}: its value is ${problem}`);
  }
  return problems;
}

const NOT_JSON = Symbol('not JSON');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}
