import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValuePayload } from '../../../shared/contract/domain';
import { asApiError } from '../../api/as-api-error';
import { useEditingStore } from '../editing/editing-store';
import { editCommand } from '../editing/value-commands';
import type { FieldInfo } from './field-info';
import { useValueEditorStore } from './value-editor-store';
import { useErrorText } from '../../i18n/use-error-text';

/** Edits a value's text in place: Enter saves (parsed again on the Node side), Escape gives up. */
export function ValueEditor({
  articleId,
  value,
  field,
}: {
  articleId: number;
  value: FieldValuePayload;
  field: FieldInfo;
}) {
  const { t } = useTranslation();
  const say = useErrorText();
  const stop = useValueEditorStore((s) => s.stopEditing);
  const [text, setText] = useState(value.raw);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (busy || !text.trim()) return;
    setBusy(true);
    try {
      await useEditingStore.getState().perform(editCommand(articleId, value.id, text));
      stop();
    } catch (caught) {
      setError(say(asApiError(caught)));
      setBusy(false);
    }
  };
  return (
    <TextInput
      size="xs"
      autoFocus
      data-autofocus
      aria-label={t('curation.edit.editLabel', { field: field.label })}
      description={t('curation.edit.editHint')}
      value={text}
      error={error}
      // Read-only, not disabled, while saving: disabling drops the focus, so a refused text left
      // the curator typing into nothing (J then changed article and lost the text).
      readOnly={busy}
      onChange={(event) => {
        setText(event.currentTarget.value);
        setError(null);
      }}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') {
          event.preventDefault();
          void submit();
        } else if (event.key === 'Escape') {
          event.preventDefault();
          stop();
        }
      }}
      data-testid="value-editor"
    />
  );
}
