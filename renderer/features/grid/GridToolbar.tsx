import { Group, MultiSelect, NumberInput, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { valueStates } from '../../../shared/contract/domain';
import { useGridStore } from './grid-store';

/** Which fields the grid shows and the filters on its columns. */
export function GridToolbar() {
  const { t, i18n } = useTranslation();
  const schemaFields = useGridStore((s) => s.schemaFields);
  const fields = useGridStore((s) => s.fields);
  const filter = useGridStore((s) => s.filter);
  const setFields = useGridStore((s) => s.setFields);
  const setFilter = useGridStore((s) => s.setFilter);
  const typed = useDebouncedCallback((change: Parameters<typeof setFilter>[0]) => {
    setFilter(change);
  }, 300);
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
  return (
    <Group gap="xs" align="flex-end" wrap="wrap" data-testid="grid-toolbar">
      <MultiSelect
        size="xs"
        w={260}
        label={t('workbench.grid.fields')}
        placeholder={fields.length === 0 ? t('workbench.grid.allFields') : undefined}
        data={schemaFields.map((f) => ({ value: f.key, label: f.labels[language] }))}
        value={fields}
        onChange={setFields}
        searchable
        clearable
      />
      <Select
        size="xs"
        w={130}
        label={t('workbench.grid.state')}
        placeholder={t('workbench.grid.anyState')}
        data={valueStates.map((s) => ({ value: s, label: t(`fields.states.${s}`) }))}
        value={filter.states[0] ?? null}
        onChange={(state) =>
          setFilter({ states: state ? [state as (typeof valueStates)[number]] : [] })
        }
        clearable
      />
      <TextInput
        size="xs"
        w={150}
        label={t('workbench.grid.rule')}
        placeholder={t('workbench.grid.anyRule')}
        defaultValue={filter.rule ?? ''}
        onChange={(e) => typed({ rule: text(e.currentTarget.value) })}
      />
      <TextInput
        size="xs"
        w={140}
        label={t('workbench.grid.text')}
        defaultValue={filter.text ?? ''}
        onChange={(e) => typed({ text: text(e.currentTarget.value) })}
      />
      <TextInput
        size="xs"
        w={140}
        label={t('workbench.grid.articleTitle')}
        defaultValue={filter.title ?? ''}
        onChange={(e) => typed({ title: text(e.currentTarget.value) })}
      />
      <NumberInput
        size="xs"
        w={150}
        label={t('workbench.grid.minConfidence')}
        min={0}
        max={1}
        step={0.05}
        decimalScale={2}
        defaultValue={filter.minConfidence ?? ''}
        onChange={(v) => typed({ minConfidence: typeof v === 'number' ? v : undefined })}
      />
    </Group>
  );
}
