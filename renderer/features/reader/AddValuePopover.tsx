import { CloseButton, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { addCommand, spanCommand } from '../editing/value-commands';
import { useFieldsStore } from '../fields/fields-store';
import { useThreadsStore } from '../review/threads-store';
import { AttachToValueButton } from './AttachToValueButton';
import { CommentSelectionButton, isAltC } from './CommentSelectionButton';
import { FieldChoiceList } from './FieldChoiceList';
import type { FieldChoice } from './field-matches';
import { useReaderSelectionStore, type ReaderSelection } from './reader-selection-store';
import classes from './Reader.module.css';
import { useFieldPicker } from './use-field-picker';
import { usePopoverCommand } from './use-popover-command';

const width = 300;

function preview(text: string): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length > 20 ? `${chars.slice(0, 20).join('')}…` : chars.join('');
}

/**
 * Opens under a text selection in the reader: type to filter the fields (label in the language
 * shown, or key), digits 1–9 or Enter pick one, and the selection becomes a new value of it
 * (parsed by the field's type on the Node side). With a value focused, the selection can be
 * attached to it as one more span instead.
 */
export function AddValuePopover() {
  const selection = useReaderSelectionStore((s) => s.selection);
  const open = useReaderSelectionStore((s) => s.popoverOpen);
  if (!open || !selection) return null;
  // A new selection starts a fresh popover (nothing typed, no old error).
  return (
    <PopoverBody
      key={`${selection.articleId}:${selection.start}:${selection.end}`}
      selection={selection}
    />
  );
}

function PopoverBody({ selection }: { selection: ReaderSelection }) {
  const { t, i18n } = useTranslation();
  const close = useReaderSelectionStore((s) => s.closePopover);
  const data = useFieldsStore((s) => s.data);
  const focusedValueId = useFieldsStore((s) => s.focusedValueId);
  const { busy, error, clearError, run } = usePopoverCommand(close);
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const fields = useMemo<FieldChoice[]>(
    () => data?.schema.fields.map((f) => ({ key: f.key, label: f.labels[language] })) ?? [],
    [data, language],
  );
  const span = { start: selection.start, end: selection.end };
  const pick = (field: FieldChoice | undefined) => {
    if (field && !busy) void run(addCommand(selection.articleId, field.key, { spans: [span] }));
  };
  const picker = useFieldPicker(fields, pick, close);
  // A comment on the selected characters instead of a value (Alt+C while typing here).
  const comment = () => {
    close();
    useThreadsStore.getState().compose({ kind: 'span', ...span, text: selection.text });
  };
  if (!data) return null;

  const left = Math.max(8, Math.min(selection.anchor.left, window.innerWidth - width - 8));
  const below = selection.anchor.bottom + 8;
  const top = below + 320 > window.innerHeight ? Math.max(8, selection.anchor.top - 330) : below;
  const title = t('curation.edit.popover.title', { text: preview(selection.text) });
  return (
    <Paper
      shadow="md"
      withBorder
      p="xs"
      w={width}
      className={classes.popover}
      style={{ left, top }}
      role="dialog"
      aria-label={title}
      data-testid="add-value-popover"
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap={4}>
          <Text size="xs" fw={600} lineClamp={1}>
            {title}
          </Text>
          <CloseButton size="sm" aria-label={t('curation.edit.popover.close')} onClick={close} />
        </Group>
        <TextInput
          size="xs"
          autoFocus
          placeholder={t('curation.edit.popover.search')}
          aria-label={t('curation.edit.popover.search')}
          value={picker.typed}
          error={error}
          // Read-only while saving keeps the focus here when the add is refused (see ValueEditor).
          readOnly={busy}
          onChange={(event) => {
            picker.type(event.currentTarget.value);
            clearError();
          }}
          onKeyDown={(event) => (isAltC(event) ? comment() : picker.onKeyDown(event))}
        />
        <FieldChoiceList
          shown={picker.shown}
          active={picker.active}
          onHover={picker.setActive}
          onPick={pick}
        />
        <AttachToValueButton
          data={data}
          focusedValueId={focusedValueId}
          language={language}
          busy={busy}
          onAttach={(valueId) =>
            void run(spanCommand(selection.articleId, valueId, span, 'attach'))
          }
        />
        <CommentSelectionButton onClick={comment} disabled={busy} />
      </Stack>
    </Paper>
  );
}
