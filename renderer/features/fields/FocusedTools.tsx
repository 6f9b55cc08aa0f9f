import { ActionIcon, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldValuePayload } from '../../../shared/contract/domain';
import { movedOrder, removeCommand, reorderCommand, spanCommand } from '../editing/value-commands';
import { useReaderSelectionStore } from '../reader/reader-selection-store';
import type { FieldInfo } from './field-info';
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
  const move = (step: -1 | 1) => {
    const order = movedOrder(siblings, value.id, step);
    if (order) perform(reorderCommand(articleId, field.key, order));
  };
  const index = siblings.indexOf(value.id);
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
          <>
            <ActionIcon
              size="sm"
              variant="light"
              aria-label={t('curation.edit.moveUp')}
              title={t('curation.edit.moveUp')}
              disabled={index <= 0}
              onClick={() => move(-1)}
            >
              ↑
            </ActionIcon>
            <ActionIcon
              size="sm"
              variant="light"
              aria-label={t('curation.edit.moveDown')}
              title={t('curation.edit.moveDown')}
              disabled={index >= siblings.length - 1}
              onClick={() => move(1)}
            >
              ↓
            </ActionIcon>
          </>
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
