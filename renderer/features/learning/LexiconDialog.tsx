import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  NumberInput,
  ScrollArea,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LexiconEntry } from '../../../shared/contract/learning';
import { useSchemaStore } from '../schema/schema-store';
import { ImportListForm } from './ImportListForm';
import { useLearningStore } from './learning-store';

const standingColor: Record<LexiconEntry['standing'], string> = {
  suggested: 'teal',
  blocked: 'red',
  removed: 'gray',
  unused: 'gray',
};

/**
 * The learned lexicon (from Fields…): every text curators kept or rejected per field, how often,
 * where, and whether learning suggests it; the curator removes an entry, keeps it (lifting a stop
 * by rejections), makes it suggest another value, or adds one.
 */
export function LexiconDialog() {
  const { t } = useTranslation();
  const opened = useLearningStore((s) => s.opened);
  const close = useLearningStore((s) => s.close);
  const loading = useLearningStore((s) => s.loading);
  const entries = useLearningStore((s) => s.entries);
  const error = useLearningStore((s) => s.error);
  const fieldKey = useLearningStore((s) => s.fieldKey);
  const query = useLearningStore((s) => s.query);
  const setFilter = useLearningStore((s) => s.setFilter);
  // The schema itself is selected (a stable object): a list made in the selector would be new
  // on every render.
  const saved = useSchemaStore((s) => s.saved);
  const fieldOptions = (saved?.fields ?? [])
    .filter((f) => !f.retired)
    .map((f) => ({ value: f.key, label: `${f.labels['zh-CN']} · ${f.labels.en}` }));

  return (
    <Modal opened={opened} onClose={close} size="70rem" title={t('curation.learning.title')}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('curation.learning.intro')}
        </Text>
        {error && (
          <Alert color="red" role="alert" data-error-code={error.code}>
            {error.message}
          </Alert>
        )}
        <Group align="flex-end">
          <Select
            size="xs"
            label={t('curation.learning.field')}
            placeholder={t('curation.learning.allFields')}
            data={fieldOptions}
            value={fieldKey}
            clearable
            onChange={(value) => void setFilter({ fieldKey: value })}
          />
          <TextInput
            size="xs"
            label={t('curation.learning.search')}
            value={query}
            onChange={(e) => void setFilter({ query: e.currentTarget.value })}
          />
          <ThresholdInput />
          {loading && <Loader size="xs" aria-label={t('curation.learning.loading')} />}
        </Group>
        <LexiconTable entries={entries} />
        {!loading && entries.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('curation.learning.empty')}
          </Text>
        )}
        <AddEntryForm fieldOptions={fieldOptions} />
        <ImportListForm fieldOptions={fieldOptions} />
      </Stack>
    </Modal>
  );
}

/** The entries, one row each. */
function LexiconTable({ entries }: { entries: LexiconEntry[] }) {
  const { t } = useTranslation();
  return (
    <ScrollArea.Autosize mah="calc(100dvh - 24rem)" type="auto">
      <Table
        striped
        highlightOnHover
        stickyHeader
        verticalSpacing={4}
        aria-label={t('curation.learning.title')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('curation.learning.text')}</Table.Th>
            <Table.Th>{t('curation.learning.field')}</Table.Th>
            <Table.Th ta="right">{t('curation.learning.keeps')}</Table.Th>
            <Table.Th ta="right">{t('curation.learning.rejects')}</Table.Th>
            <Table.Th>{t('curation.learning.articles')}</Table.Th>
            <Table.Th>{t('curation.learning.suggests')}</Table.Th>
            <Table.Th>{t('curation.learning.standing')}</Table.Th>
            <Table.Th>{t('curation.learning.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <LexiconRow key={`${entry.fieldKey} ${entry.text}`} entry={entry} />
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

function ThresholdInput() {
  const { t } = useTranslation();
  const threshold = useLearningStore((s) => s.threshold);
  const setThreshold = useLearningStore((s) => s.setThreshold);
  if (threshold === null) return null;
  return (
    <NumberInput
      size="xs"
      w="16rem"
      min={1}
      max={1000}
      label={t('curation.learning.threshold')}
      value={threshold}
      onBlur={(e) => {
        const next = Number(e.currentTarget.value);
        if (Number.isInteger(next) && next >= 1 && next !== threshold) void setThreshold(next);
      }}
    />
  );
}

/** One entry: its counts and evidence, what it suggests, and the curator's actions. */
function LexiconRow({ entry }: { entry: LexiconEntry }) {
  const { t } = useTranslation();
  const edit = useLearningStore((s) => s.edit);
  const [alias, setAlias] = useState('');
  const act = (action: 'remove' | 'keep' | 'reset', valueText?: string) =>
    edit({
      fieldKey: entry.fieldKey,
      text: entry.text,
      action,
      ...(valueText ? { valueText } : {}),
    });
  const suggests =
    entry.value === null || entry.value === undefined
      ? t('curation.learning.itself')
      : typeof entry.value === 'string'
        ? entry.value
        : JSON.stringify(entry.value);
  return (
    <Table.Tr data-lexicon-entry={entry.text} data-lexicon-field={entry.fieldKey}>
      <Table.Td>
        <Text size="sm">{entry.text}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" ff="monospace">
          {entry.fieldKey}
        </Text>
      </Table.Td>
      <Table.Td ta="right">{entry.keeps}</Table.Td>
      <Table.Td ta="right">{entry.rejects}</Table.Td>
      <Table.Td>
        <Text size="xs">{entry.articleIds.map((id) => `#${id}`).join(', ')}</Text>
      </Table.Td>
      <Table.Td>
        <TextInput
          size="xs"
          aria-label={t('curation.learning.aliasOf', { text: entry.text })}
          placeholder={suggests}
          value={alias}
          onChange={(e) => setAlias(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && alias.trim())
              void act('keep', alias).then((ok) => ok && setAlias(''));
          }}
        />
      </Table.Td>
      <Table.Td>
        <Badge size="sm" variant="light" color={standingColor[entry.standing]}>
          {t(`curation.learning.standings.${entry.standing}`)}
        </Badge>
        {(entry.inWordList || entry.edited) && (
          <Text size="xs" c="dimmed">
            {t(entry.inWordList ? 'curation.learning.inWordList' : 'curation.learning.edited')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          {entry.standing !== 'removed' && (
            <Button size="compact-xs" variant="default" onClick={() => void act('remove')}>
              {t('curation.learning.remove')}
            </Button>
          )}
          {entry.standing !== 'suggested' && (
            <Button size="compact-xs" variant="default" onClick={() => void act('keep')}>
              {t('curation.learning.keep')}
            </Button>
          )}
          {entry.edited && (
            <Button size="compact-xs" variant="subtle" onClick={() => void act('reset')}>
              {t('curation.learning.reset')}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** Adds a text to a field's lexicon before any curator decided it. */
function AddEntryForm({ fieldOptions }: { fieldOptions: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const edit = useLearningStore((s) => s.edit);
  const [field, setField] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [value, setValue] = useState('');
  const ready = field !== null && text.trim() !== '';
  return (
    <Group align="flex-end">
      <Select
        size="xs"
        label={t('curation.learning.field')}
        data={fieldOptions}
        value={field}
        onChange={setField}
      />
      <TextInput
        size="xs"
        label={t('curation.learning.newText')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <TextInput
        size="xs"
        label={t('curation.learning.newValue')}
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
      />
      <Button
        size="xs"
        disabled={!ready}
        onClick={() =>
          void edit({ fieldKey: field!, text, action: 'keep', valueText: value }).then((ok) => {
            if (ok) {
              setText('');
              setValue('');
            }
          })
        }
      >
        {t('curation.learning.add')}
      </Button>
    </Group>
  );
}
