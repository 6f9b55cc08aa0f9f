import { hasHiddenOrControl } from '../../shared/contract/well-formed-text';
import type { FieldLabels, FieldSchema } from '../../shared/schema';

/** Longer than any name a field is shown by; a longer one is a mistake (or a pasted article). */
const MAX_LABEL_LENGTH = 200;

function problemsOf(labels: FieldLabels | undefined, where: string): string[] {
  if (!labels) return [];
  const problems: string[] = [];
  for (const language of ['zh-CN', 'en'] as const) {
    const label = labels[language];
    if (hasHiddenOrControl(label))
      problems.push(
        `${where}.labels.${language}: contains a control character or an invisible mark (bidi, zero-width); retype it`,
      );
    else if (label.length > MAX_LABEL_LENGTH)
      problems.push(
        `${where}.labels.${language}: is ${label.length} characters long; a label has at most ${MAX_LABEL_LENGTH}`,
      );
  }
  return problems;
}

/**
 * Why a schema's labels cannot be saved, one problem each. Labels are the names curators choose
 * fields by, in the window, the exports' headers and a dataset's card: like a profile's name,
 * they may not hold a line break, a control character or a mark that reorders or hides text
 * ("\u202E" made a field read as another). Checked when a schema is saved, not when a stored one
 * is read: a project saved before this check still opens.
 */
export function labelProblems(schema: FieldSchema): string[] {
  return [
    ...problemsOf(schema.labels, 'schema'),
    ...problemsOf(schema.subject?.labels, 'subject'),
    ...schema.fields.flatMap((field, i) =>
      problemsOf(field.labels, `field "${field.key}" (fields[${i}])`),
    ),
  ];
}
