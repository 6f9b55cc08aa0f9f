import {
  Button,
  CloseButton,
  Group,
  Kbd,
  Paper,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../../api/as-api-error';
import { useEditingStore } from '../editing/editing-store';
import { addCommand, spanCommand } from '../editing/value-commands';
import { formatValue } from '../fields/format-value';
import { useFieldsStore } from '../fields/fields-store';
import { matchFields, type FieldChoice } from './field-matches';
import { useReaderSelectionStore, type ReaderSelection } from './reader-selection-store';
import classes from './Reader.module.css';

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
  const [typed, setTyped] = useState('');
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const fields = useMemo<FieldChoice[]>(
    () => data?.schema.fields.map((f) => ({ key: f.key, label: f.labels[language] })) ?? [],
    [data, language],
  );
  const shown = matchFields(fields, typed);
  if (!data) return null;
  const focused = data.values.find((v) => v.id === focusedValueId);
  const focusedField = focused && data.schema.fields.find((f) => f.key === focused.fieldKey);
  const span = { start: selection.start, end: selection.end };

  const run = async (
    command: Parameters<ReturnType<typeof useEditingStore.getState>['perform']>[0],
  ) => {
    setBusy(true);
    try {
      await useEditingStore.getState().perform(command);
      close();
      document.getSelection()?.removeAllRanges();
    } catch (caught) {
      setError(asApiError(caught).message);
      setBusy(false);
    }
  };
  const pick = (field: FieldChoice | undefined) => {
    if (field && !busy) void run(addCommand(selection.articleId, field.key, { spans: [span] }));
  };

  const left = Math.max(8, Math.min(selection.anchor.left, window.innerWidth - width - 8));
  const below = selection.anchor.bottom + 8;
  const top = below + 320 > window.innerHeight ? Math.max(8, selection.anchor.top - 330) : below;
  return (
    <Paper
      shadow="md"
      withBorder
      p="xs"
      w={width}
      className={classes.popover}
      style={{ left, top }}
      role="dialog"
      aria-label={t('curation.edit.popover.title', { text: preview(selection.text) })}
      data-testid="add-value-popover"
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap={4}>
          <Text size="xs" fw={600} lineClamp={1}>
            {t('curation.edit.popover.title', { text: preview(selection.text) })}
          </Text>
          <CloseButton size="sm" aria-label={t('curation.edit.popover.close')} onClick={close} />
        </Group>
        <TextInput
          size="xs"
          autoFocus
          placeholder={t('curation.edit.popover.search')}
          aria-label={t('curation.edit.popover.search')}
          value={typed}
          error={error}
          disabled={busy}
          onChange={(event) => {
            setTyped(event.currentTarget.value);
            setActive(0);
            setError(null);
          }}
          onKeyDown={(event) => {
            const digit = /^[1-9]$/.test(event.key) ? Number(event.key) : 0;
            if (digit && !event.altKey && !event.ctrlKey && !event.metaKey) {
              event.preventDefault();
              pick(shown[digit - 1]);
            } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              const step = event.key === 'ArrowDown' ? 1 : -1;
              setActive((a) => Math.max(0, Math.min(shown.length - 1, a + step)));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              pick(shown[active]);
            } else if (event.key === 'Escape') {
              event.preventDefault();
              close();
            }
          }}
        />
        <div
          className={classes.choices}
          role="listbox"
          aria-label={t('curation.edit.popover.search')}
        >
          {shown.length === 0 && (
            <Text size="xs" c="dimmed" p={4}>
              {t('curation.edit.popover.noMatch')}
            </Text>
          )}
          {shown.map((field, i) => (
            <UnstyledButton
              key={field.key}
              role="option"
              aria-selected={i === active}
              data-field-choice={field.key}
              className={classes.choice}
              onMouseEnter={() => setActive(i)}
              onClick={() => pick(field)}
            >
              <Group gap={6} wrap="nowrap">
                {i < 9 ? <Kbd size="xs">{i + 1}</Kbd> : <span className={classes.kbdSpace} />}
                <Text size="sm">{field.label}</Text>
                <Text size="xs" c="dimmed">
                  {field.key}
                </Text>
              </Group>
            </UnstyledButton>
          ))}
        </div>
        {focused && focusedField && (
          <Button
            size="compact-xs"
            variant="light"
            disabled={busy}
            onClick={() => void run(spanCommand(selection.articleId, focused.id, span, 'attach'))}
          >
            {t('curation.edit.popover.attachTo', {
              value: `${focusedField.labels[language]} · ${formatValue(focusedField.type, focused.value, i18n.language)}`,
            })}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
