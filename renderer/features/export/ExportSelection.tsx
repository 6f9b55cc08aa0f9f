import { Group, SegmentedControl, Select, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExportFormatName } from '../../../shared/contract/domain';
import { exportFormats } from './export-formats';
import { useExportStore, type ExportStatusChoice } from './export-store';
import type { ExportForm } from './use-export-form';

/** What to export: the format, which statuses, whose articles, which saved search. */
export function ExportSelection({ form, running }: { form: ExportForm; running: boolean }) {
  const { t } = useTranslation();
  const assignees = useExportStore((s) => s.assignees);
  const savedSearches = useExportStore((s) => s.savedSearches);

  return (
    <>
      <Select
        label={t('export.format')}
        data={exportFormats.map((value) => ({ value, label: t(`export.formats.${value}`) }))}
        value={form.format}
        onChange={(value) => value && form.setFormat(value as ExportFormatName)}
        allowDeselect={false}
        disabled={running}
      />
      <div>
        <Text size="sm" fw={500} mb={4}>
          {t('export.status')}
        </Text>
        <SegmentedControl
          aria-label={t('export.status')}
          value={form.status}
          onChange={(value) => form.setStatus(value as ExportStatusChoice)}
          disabled={running}
          data={(['approved', 'submitted', 'any'] as const).map((value) => ({
            value,
            label: t(`export.statuses.${value}`),
          }))}
        />
      </div>
      <Group grow>
        <Select
          label={t('export.assignee')}
          placeholder={t('export.anyone')}
          data={assignees.map((a) => ({ value: String(a.id), label: a.name }))}
          value={form.assigneeId}
          onChange={form.setAssigneeId}
          clearable
          disabled={running}
        />
        <Select
          label={t('export.savedSearch')}
          placeholder={t('export.noSavedSearch')}
          data={savedSearches.map((s) => ({ value: String(s.id), label: s.name }))}
          value={form.savedSearchId}
          onChange={form.setSavedSearchId}
          clearable
          disabled={running}
        />
      </Group>
      <Switch
        label={t('export.includeRejected')}
        checked={form.includeRejected}
        onChange={(event) => form.setIncludeRejected(event.currentTarget.checked)}
        disabled={running}
      />
    </>
  );
}
