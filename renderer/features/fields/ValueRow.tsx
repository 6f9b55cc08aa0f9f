import { ActionIcon, Badge, Button, Group, Text, TextInput, UnstyledButton } from '@mantine/core';
import { memo, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValuePayload } from '../../../shared/contract/domain';
import { asApiError } from '../../api/as-api-error';
import { useEditingStore } from '../editing/editing-store';
import {
  editCommand,
  movedOrder,
  removeCommand,
  reorderCommand,
  setStateCommand,
  spanCommand,
} from '../editing/value-commands';
import { useReaderSelectionStore } from '../reader/reader-selection-store';
import { formatValue } from './format-value';
import { useFieldsStore } from './fields-store';
import { useValueEditorStore } from './value-editor-store';
import classes from './FieldsPanel.module.css';

export const stateColors: Record<FieldValuePayload['state'], string> = {
  suggested: 'gray',
  accepted: 'green',
  edited: 'blue',
  rejected: 'red',
  added: 'teal',
};

export interface FieldInfo {
  key: string;
  label: string;
  type: string;
  many: boolean;
}

/** A refused write is shown by the save status and the panel's notice; nothing else to do. */
function perform(command: Parameters<ReturnType<typeof useEditingStore.getState>['perform']>[0]) {
  useEditingStore
    .getState()
    .perform(command)
    .catch(() => undefined);
}

function ValueEditor({
  articleId,
  value,
  field,
}: {
  articleId: number;
  value: FieldValuePayload;
  field: FieldInfo;
}) {
  const { t } = useTranslation();
  const stop = useValueEditorStore((s) => s.stopEditing);
  const [text, setText] = useState(value.raw);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!text.trim()) return;
    setBusy(true);
    try {
      await useEditingStore.getState().perform(editCommand(articleId, value.id, text));
      stop();
    } catch (caught) {
      setError(asApiError(caught).message);
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
      disabled={busy}
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

/** What the focused value offers beyond accept/reject: edit, spans, order, removal. */
function FocusedTools({
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
      {value.spans.length > 0 && (
        <Group gap={4} mt={4} wrap="wrap" data-testid="value-spans">
          {value.spans.map((span) => (
            <Badge
              key={`${span.start}-${span.end}`}
              size="sm"
              variant="outline"
              color="gray"
              className={classes.span}
              data-span-start={span.start}
              rightSection={
                <ActionIcon
                  size="xs"
                  variant="transparent"
                  color="gray"
                  aria-label={t('curation.edit.detach', { text: span.text })}
                  title={t('curation.edit.detach', { text: span.text })}
                  onClick={() =>
                    perform(
                      spanCommand(
                        articleId,
                        value.id,
                        { start: span.start, end: span.end },
                        'detach',
                      ),
                    )
                  }
                >
                  ×
                </ActionIcon>
              }
            >
              {span.text.length > 16 ? `${span.text.slice(0, 16)}…` : span.text}
            </Badge>
          ))}
        </Group>
      )}
    </div>
  );
}

/**
 * One value: its normalised form, what the text says, where it came from and how sure, its
 * state; the focused one also shows its tools. Rows stay light (no tooltips, titles instead), so
 * an article with a thousand values renders fast.
 */
export const ValueRow = memo(function ValueRow({
  articleId,
  value,
  field,
  focused,
  editing,
  siblings,
}: {
  articleId: number;
  value: FieldValuePayload;
  field: FieldInfo;
  focused: boolean;
  editing: boolean;
  siblings: readonly number[];
}) {
  const { t, i18n } = useTranslation();
  const focus = useFieldsStore((s) => s.focus);
  const shown = formatValue(field.type, value.value, i18n.language);
  const toggle = (event: MouseEvent, state: 'accepted' | 'rejected') => {
    event.stopPropagation();
    perform(setStateCommand(articleId, value.id, value.state === state ? 'suggested' : state));
  };
  return (
    <div
      className={classes.value}
      data-focused={focused || undefined}
      data-state={value.state}
      data-value-id={value.id}
      data-origin={value.origin}
      onClick={() => focus(focused ? null : value.id)}
    >
      <Group justify="space-between" wrap="nowrap" gap={4}>
        <UnstyledButton
          className={classes.valueButton}
          aria-label={`${field.label}: ${shown}`}
          aria-pressed={focused}
        >
          <Text
            size="sm"
            fw={500}
            td={value.state === 'rejected' ? 'line-through' : undefined}
            style={{ wordBreak: 'break-all' }}
            data-testid="value-text"
          >
            {shown}
          </Text>
        </UnstyledButton>
        <Group gap={2} wrap="nowrap">
          <ActionIcon
            size="sm"
            variant={value.state === 'accepted' ? 'filled' : 'subtle'}
            color="green"
            aria-label={t('fields.accept')}
            title={t('fields.accept')}
            onClick={(event) => toggle(event, 'accepted')}
          >
            ✓
          </ActionIcon>
          <ActionIcon
            size="sm"
            variant={value.state === 'rejected' ? 'filled' : 'subtle'}
            color="red"
            aria-label={t('fields.reject')}
            title={t('fields.reject')}
            onClick={(event) => toggle(event, 'rejected')}
          >
            ✕
          </ActionIcon>
        </Group>
      </Group>
      {editing ? (
        <ValueEditor articleId={articleId} value={value} field={field} />
      ) : (
        <Group gap={6} wrap="wrap">
          <Badge size="xs" variant="light" color={stateColors[value.state]}>
            {t(`fields.states.${value.state}`)}
          </Badge>
          <Text size="xs" c="dimmed" data-testid="value-origin">
            {t(`curation.edit.origin.${value.origin}`)}
          </Text>
          {value.confidence !== null && (
            <Text size="xs" c="dimmed" title={t('curation.edit.confidence')}>
              {Math.round(value.confidence * 100)}%
            </Text>
          )}
          <Text size="xs" c="dimmed" className={classes.raw} title={t('fields.raw')}>
            “{value.raw}”
          </Text>
          {value.spans.length === 0 && (
            <Text size="xs" c="orange" data-testid="no-provenance">
              {t('fields.noProvenance')}
            </Text>
          )}
          {value.extractor && (
            <Text size="xs" c="dimmed">
              {value.extractor}
            </Text>
          )}
        </Group>
      )}
      {focused && !editing && (
        <FocusedTools articleId={articleId} value={value} field={field} siblings={siblings} />
      )}
    </div>
  );
});
