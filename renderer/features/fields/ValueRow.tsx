import { ActionIcon, Badge, Button, Group, TextInput } from '@mantine/core';
import { memo, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
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

/**
 * Every string a row shows, translated once per language for the whole panel: a thousand rows
 * each calling `t` half a dozen times is most of the panel's render time.
 */
export interface RowText {
  locale: string;
  accept: string;
  reject: string;
  raw: string;
  confidence: string;
  noProvenance: string;
  states: Record<FieldValuePayload['state'], string>;
  origins: Record<FieldValuePayload['origin'], string>;
}

export function useRowText(): RowText {
  const { t, i18n } = useTranslation();
  return useMemo(
    () => ({
      locale: i18n.language,
      accept: t('fields.accept'),
      reject: t('fields.reject'),
      raw: t('fields.raw'),
      confidence: t('curation.edit.confidence'),
      noProvenance: t('fields.noProvenance'),
      states: {
        suggested: t('fields.states.suggested'),
        accepted: t('fields.states.accepted'),
        edited: t('fields.states.edited'),
        rejected: t('fields.states.rejected'),
        added: t('fields.states.added'),
      },
      origins: {
        extracted: t('curation.edit.origin.extracted'),
        curator: t('curation.edit.origin.curator'),
      },
    }),
    [t, i18n.language],
  );
}

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
  text,
}: {
  articleId: number;
  value: FieldValuePayload;
  field: FieldInfo;
  focused: boolean;
  editing: boolean;
  siblings: readonly number[];
  text: RowText;
}) {
  const focus = useFieldsStore((s) => s.focus);
  const shown = formatValue(field.type, value.value, text.locale);
  const row = useRef<HTMLDivElement>(null);
  // However a value gets focused (a click in the text, n/p, a new value, undo), its row shows.
  useEffect(() => {
    if (focused) row.current?.scrollIntoView({ block: 'nearest' });
  }, [focused]);
  const toggle = (event: MouseEvent, state: 'accepted' | 'rejected') => {
    event.stopPropagation();
    perform(setStateCommand(articleId, value.id, value.state === state ? 'suggested' : state));
  };
  return (
    <div
      ref={row}
      className={classes.value}
      data-focused={focused || undefined}
      data-state={value.state}
      data-value-id={value.id}
      data-origin={value.origin}
      onClick={() => focus(focused ? null : value.id)}
    >
      {/* Plain elements, not Mantine components: a thousand rows must render in milliseconds. */}
      <div className={classes.line}>
        <button
          type="button"
          className={classes.valueButton}
          aria-label={`${field.label}: ${shown}`}
          aria-pressed={focused}
        >
          <p className={classes.valueText} data-testid="value-text">
            {shown}
          </p>
        </button>
        <button
          type="button"
          className={classes.icon}
          data-color="green"
          data-active={value.state === 'accepted' || undefined}
          aria-label={text.accept}
          title={text.accept}
          onClick={(event) => toggle(event, 'accepted')}
        >
          ✓
        </button>
        <button
          type="button"
          className={classes.icon}
          data-color="red"
          data-active={value.state === 'rejected' || undefined}
          aria-label={text.reject}
          title={text.reject}
          onClick={(event) => toggle(event, 'rejected')}
        >
          ✕
        </button>
      </div>
      {editing ? (
        <ValueEditor articleId={articleId} value={value} field={field} />
      ) : (
        <div className={classes.meta}>
          <span className={classes.state} data-value-state={value.state}>
            {text.states[value.state]}
          </span>
          <span data-testid="value-origin">{text.origins[value.origin]}</span>
          {value.confidence !== null && (
            <span title={text.confidence}>{Math.round(value.confidence * 100)}%</span>
          )}
          <span className={classes.raw} title={text.raw}>
            “{value.raw}”
          </span>
          {value.spans.length === 0 && (
            <span className={classes.noProvenance} data-testid="no-provenance">
              {text.noProvenance}
            </span>
          )}
          {value.extractor && <span>{value.extractor}</span>}
        </div>
      )}
      {focused && !editing && (
        <FocusedTools articleId={articleId} value={value} field={field} siblings={siblings} />
      )}
    </div>
  );
});
