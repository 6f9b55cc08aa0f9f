import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValuePayload } from '../../../shared/contract/domain';
import {
  partsOfValue,
  valueFromParts,
  type PartIssue,
  type StructuredKind,
} from '../../../shared/values/structured-value';
import { asApiError } from '../../api/as-api-error';
import { useEditingStore } from '../editing/editing-store';
import { editPartsCommand } from '../editing/value-commands';
import { useValueEditorStore } from './value-editor-store';

/** The Node side's refusal lines (`parts.number: not-a-number`) as issues the form can word. */
function issuesOf(lines: readonly string[] | undefined): PartIssue[] {
  return (lines ?? []).flatMap((line) => {
    const match = /^parts\.([a-z]+): ([a-z-]+)$/.exec(line);
    return match ? [{ part: match[1], problem: match[2] } as PartIssue] : [];
  });
}

/**
 * The state of the part-by-part form: the parts as typed, each part's problem in the interface
 * language (checked here first, then by the Node side, which says the same by part name), and
 * the save itself, undoable like any edit.
 */
export function useStructuredEdit(
  articleId: number,
  value: FieldValuePayload,
  kind: StructuredKind,
) {
  const { t } = useTranslation();
  const stop = useValueEditorStore((s) => s.stopEditing);
  const [parts, setParts] = useState(() => partsOfValue(kind, value.value, value.raw));
  const [issues, setIssues] = useState<PartIssue[]>([]);
  const [other, setOther] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    const checked = valueFromParts(kind, parts, value.value);
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setBusy(true);
    try {
      await useEditingStore.getState().perform(editPartsCommand(articleId, value.id, parts));
      stop();
    } catch (caught) {
      const error = asApiError(caught);
      const fromServer = issuesOf(error.issues);
      setIssues(fromServer);
      setOther(fromServer.length === 0 ? error.message : null);
      setBusy(false);
    }
  };
  const errorOf = (part: string): string | null => {
    const issue = issues.find((i) => i.part === part);
    return issue
      ? t(`curation.parts.problem.${issue.problem}`, {
          part: t(`curation.parts.part.${part}`),
          text: parts[part] ?? '',
        })
      : null;
  };
  const set = (part: string, text: string) => {
    setParts((p) => ({ ...p, [part]: text }));
    setIssues((list) => list.filter((i) => i.part !== part));
    setOther(null);
  };
  return { parts, set, errorOf, other, busy, submit, stop };
}
