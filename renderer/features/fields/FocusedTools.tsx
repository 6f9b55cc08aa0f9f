import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldValuePayload } from '../../../shared/contract/domain';
import { removeCommand, spanCommand } from '../editing/value-commands';
import { useReaderSelectionStore } from '../reader/reader-selection-store';
import type { FieldInfo } from './field-info';
import { MoveButtons } from './MoveButtons';
import { performQuietly as perform } from './perform-quietly';
import { useValueEditorStore } from './value-editor-store';
import { ValueSpans } from './ValueSpans';
import classes from './FieldsPanel.module.css';

/** What the focused value offers beyond accept/reject: edit, spans, order, removal. */
export function FocusedTools({
  articleId,
  value,
  field,
  siblings,
}: {
  articleId: number;
  value: FieldValuePayload;
  field: FieldInfo;
  siblings: readonly number[];
}) {
  const { t } = useTranslation();
  const startEditing = useValueEditorStore((s) => s.startEditing);
  const selection = useReaderSelectionStore((s) => s.selection);
  const usable = selection && selection.articleId === articleId && selection.end > selection.start;
  return (
    <div onClick={(event) => event.stopPropagation()} className={classes.tools}>
      <Group gap={4} wrap="wrap" mt={4}>
        <Button size="compact-xs" variant="light" onClick={() => startEditing(value.id)}>
          {t('curation.edit.edit')}
        </Button>
        <Button
          size="compact-xs"
          variant="light"
          disabled={!usable}
          title={usable ? `“${selection.text}”` : t('curation.edit.attachHint')}
          onClick={() =>
            usable &&
            perform(
              spanCommand(
                articleId,
                value.id,
                { start: selection.start, end: selection.end },
                'attach',
              ),
            )
          }
        >
          {t('curation.edit.attach')}
        </Button>
        {field.many && siblings.length > 1 && (
          <MoveButtons articleId={articleId} valueId={value.id} field={field} siblings={siblings} />
        )}
        {value.origin === 'curator' && (
          <Button
            size="compact-xs"
            variant="subtle"
            color="red"
            onClick={() => perform(removeCommand(articleId, value.id))}
          >
            {t('curation.edit.remove')}
          </Button>
        )}
      </Group>
      <ValueSpans articleId={articleId} value={value} />
    </div>
  );
}
