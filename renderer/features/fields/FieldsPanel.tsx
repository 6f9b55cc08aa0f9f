import { Alert, Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { memo, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValuePayload } from '../../../shared/contract/domain';
import { asApiError } from '../../api/as-api-error';
import { useArticlesStore } from '../articles/articles-store';
import { useEditingStore } from '../editing/editing-store';
import { addCommand } from '../editing/value-commands';
import { suggestedValueIds } from '../shortcuts/panel-order';
import { fieldColorName } from './field-colors';
import { useFieldsStore } from './fields-store';
import { AcceptAllButton, EditNotice, FieldsPlaceholder } from './FieldsPanelNotices';
import { RerunExtraction } from './RerunExtraction';
import { UngroundedValues } from './UngroundedValues';
import { ModelButton } from '../model/ModelDialog';
import { useValueEditorStore } from './value-editor-store';
import type { FieldInfo } from './field-info';
import { useRowText, type RowText } from './row-text';
import { ValueRow } from './ValueRow';
import { useFieldHotkeys } from './use-field-hotkeys';
import { FieldGuideline, FieldName } from './FieldGuide';
import classes from './FieldsPanel.module.css';
import { useErrorText } from '../../i18n/use-error-text';

/** Past this many values a field shows a "show all" button: the first screenful is what is read. */
const firstValues = 20;

/** Adds a typed value with no span (it is shown as having no provenance). */
function AddValueInput({
  articleId,
  field,
  onDone,
}: {
  articleId: number;
  field: FieldInfo;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const say = useErrorText();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (!text.trim()) return;
    try {
      await useEditingStore
        .getState()
        .perform(addCommand(articleId, field.key, { text, spans: [] }));
      onDone();
    } catch (caught) {
      setError(say(asApiError(caught)));
    }
  };
  return (
    <TextInput
      size="xs"
      ml={16}
      autoFocus
      aria-label={t('curation.edit.addLabel', { field: field.label })}
      description={t('curation.edit.editHint')}
      value={text}
      error={error}
      onChange={(event) => {
        setText(event.currentTarget.value);
        setError(null);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          void submit();
        } else if (event.key === 'Escape') {
          event.preventDefault();
          onDone();
        }
      }}
    />
  );
}

/** The field's colour square, name and hotkey, and a "missing" badge for an empty required field. */
function FieldHeading({
  field,
  color,
  missing,
}: {
  field: FieldInfo;
  color: string;
  missing: boolean;
}) {
  const { t } = useTranslation();
  return (
    // The square keys the field's highlight colour: on the name's line even when a long name
    // wraps in a narrow window (a wrapping group put it on a line of its own, above the name).
    <Group gap={6} wrap="nowrap" align="baseline">
      <span
        className={classes.swatch}
        data-field-color={color}
        style={{ background: `var(--mantine-color-${color}-filled)` }}
      />
      <FieldName field={field} />
      {missing && (
        <Badge size="xs" color="orange" variant="light">
          {t('fields.missing')}
        </Badge>
      )}
    </Group>
  );
}

const FieldSection = memo(function FieldSection({
  articleId,
  field,
  color,
  required,
  values,
  focusedValueId,
  editingValueId,
  text,
}: {
  text: RowText;
  articleId: number;
  field: FieldInfo;
  color: string;
  required: boolean;
  values: readonly FieldValuePayload[];
  focusedValueId: number | null;
  editingValueId: number | null;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const ids = useMemo(() => values.map((v) => v.id), [values]);
  const focusedIndex = ids.indexOf(focusedValueId ?? -1);
  const limit = showAll || focusedIndex >= firstValues ? values.length : firstValues;
  return (
    <div className={classes.field} data-field={field.key}>
      <Group gap={6} mb={4} justify="space-between" wrap="nowrap">
        <FieldHeading
          field={field}
          color={color}
          missing={required && values.every((v) => v.state === 'rejected')}
        />
        <Button
          size="compact-xs"
          variant="subtle"
          aria-label={t('curation.edit.addValueTo', { field: field.label })}
          onClick={() => setAdding(true)}
        >
          {t('curation.edit.addValue')}
        </Button>
      </Group>
      <FieldGuideline field={field} />
      {values.length === 0 && !adding && (
        <Text size="xs" c="dimmed" pl={16}>
          {t('fields.noValue')}
        </Text>
      )}
      {values.slice(0, limit).map((value) => (
        <ValueRow
          key={value.id}
          articleId={articleId}
          value={value}
          field={field}
          focused={value.id === focusedValueId}
          editing={value.id === editingValueId}
          siblings={ids}
          text={text}
        />
      ))}
      {values.length > limit && (
        <Button size="compact-xs" variant="subtle" ml={16} onClick={() => setShowAll(true)}>
          {t('curation.edit.showAll', { count: values.length })}
        </Button>
      )}
      {adding && (
        <AddValueInput articleId={articleId} field={field} onDone={() => setAdding(false)} />
      )}
    </div>
  );
});

/** The fields of the selected article, generated from the schema, each value with its provenance. */
export function FieldsPanel() {
  const { t, i18n } = useTranslation();
  const say = useErrorText();
  useFieldHotkeys();
  // Opening an article paints the reader's highlights first, then fills the panel: the panel
  // waits for the article's text to arrive too, and renders at a lower priority.
  const shownArticleId = useArticlesStore((s) => s.detail?.id ?? null);
  const latest = useFieldsStore((s) => s.data);
  const latestArticleId = useFieldsStore((s) => s.dataArticleId);
  const ready = latestArticleId === shownArticleId;
  const data = useDeferredValue(ready ? latest : null);
  const articleId = useDeferredValue(ready ? latestArticleId : null);
  const rowText = useRowText();
  const error = useFieldsStore((s) => s.error);
  const focusedValueId = useFieldsStore((s) => s.focusedValueId);
  const editingValueId = useValueEditorStore((s) => s.editingValueId);
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  // Built once per change of the values, so a focus change re-renders only the rows it touches.
  const sections = useMemo(() => {
    if (!data) return [];
    return data.schema.fields.map((field) => ({
      field: {
        key: field.key,
        label: field.labels[language],
        type: field.type,
        many: field.cardinality === 'many',
        guideline: field.guideline,
        hotkey: field.hotkey,
      },
      color: fieldColorName(data.schema.fields, field.key),
      required: field.required,
      values: data.values.filter((v) => v.fieldKey === field.key),
    }));
  }, [data, language]);

  const suggestedCount = useMemo(() => (data ? suggestedValueIds(data).length : 0), [data]);
  if (!data || articleId === null) {
    return <FieldsPlaceholder error={error} loading={latest !== null && !ready} />;
  }
  return (
    // Native scrolling: Mantine's ScrollArea re-renders on every thumb move, which with hundreds
    // of rows cost more than the rest of opening an article.
    <div className={classes.scroller}>
      <Stack gap="sm" p="sm" data-testid="fields-panel" data-article-id={articleId}>
        <Group justify="space-between">
          <Text fw={600}>{t('fields.title')}</Text>
          <Group gap={6}>
            <Text size="xs" c="dimmed">
              {data.schema.id}@{data.schema.version}
            </Text>
            <RerunExtraction />
            <ModelButton />
          </Group>
        </Group>
        <AcceptAllButton count={suggestedCount} />
        {error && (
          <Alert color="red" role="alert" data-error-code={error.code}>
            {say(error)}
          </Alert>
        )}
        <EditNotice />
        {sections.map(({ field, color, required, values }) => (
          <FieldSection
            key={field.key}
            articleId={articleId}
            field={field}
            color={color}
            required={required}
            values={values}
            focusedValueId={values.some((v) => v.id === focusedValueId) ? focusedValueId : null}
            text={rowText}
            editingValueId={values.some((v) => v.id === editingValueId) ? editingValueId : null}
          />
        ))}
        <UngroundedValues
          articleId={articleId}
          labels={new Map(sections.map(({ field }) => [field.key, field.label]))}
        />
      </Stack>
    </div>
  );
}
