import { Badge, Button, NativeSelect, Popover, Stack, Switch } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { articleStatuses } from '../../../shared/contract/domain';
import { useArticlesStore } from './articles-store';
import { activeFilterCount } from './filter-summary';
import { useFilterOptionsStore } from './filter-options-store';
import { FilterIcon } from './icons';

const any = '';
const unassigned = 'none';

/**
 * The filter menu: status, assignee, a field missing or present, flagged repeats only, and
 * articles (not) about the schema's subject.
 */
export function ArticleFilters() {
  const { t } = useTranslation();
  const filter = useArticlesStore((s) => s.filter);
  const applyFilter = useArticlesStore((s) => s.applyFilter);
  const loadOptions = useFilterOptionsStore((s) => s.load);
  const [opened, setOpened] = useState(false);
  // Escape on a focused native select never reaches the popover's own handler: listen on window.
  useWindowEvent('keydown', (event) => {
    if (opened && event.key === 'Escape') setOpened(false);
  });
  const count = activeFilterCount(filter);

  return (
    <Popover
      position="bottom-start"
      shadow="md"
      width={260}
      opened={opened}
      onChange={setOpened}
      onOpen={() => void loadOptions()}
    >
      <Popover.Target>
        <Button
          onClick={() => setOpened((o) => !o)}
          size="compact-xs"
          variant={count > 0 ? 'light' : 'default'}
          leftSection={<FilterIcon />}
          aria-label={
            count > 0 ? t('curation.list.filtersActive', { count }) : t('curation.list.filters')
          }
          rightSection={
            count > 0 ? (
              <Badge size="xs" circle data-testid="filter-count">
                {count}
              </Badge>
            ) : null
          }
        >
          {t('curation.list.filters')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <StatusAndAssigneeFilters />
          <ContentFilters />
          <Button
            size="compact-xs"
            variant="subtle"
            disabled={count === 0}
            onClick={() => applyFilter({ query: filter.query })}
          >
            {t('curation.list.clearFilters')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

/** Where the articles are in the workflow: their status, and who they are assigned to. */
function StatusAndAssigneeFilters() {
  const { t } = useTranslation();
  const filter = useArticlesStore((s) => s.filter);
  const setFilter = useArticlesStore((s) => s.setFilter);
  const profiles = useFilterOptionsStore((s) => s.profiles);
  return (
    <>
      <NativeSelect
        size="xs"
        label={t('curation.list.status')}
        value={filter.status ?? any}
        onChange={(event) => {
          const value = event.currentTarget.value;
          const status = articleStatuses.find((s) => s === value);
          setFilter({ status });
        }}
        data={[
          { value: any, label: t('curation.list.anyStatus') },
          ...articleStatuses.map((s) => ({ value: s, label: t(`status.${s}`) })),
        ]}
      />
      {profiles && (
        <NativeSelect
          size="xs"
          label={t('curation.list.assignee')}
          value={
            filter.assigneeId === null
              ? unassigned
              : filter.assigneeId === undefined
                ? any
                : String(filter.assigneeId)
          }
          onChange={(event) => {
            const value = event.currentTarget.value;
            setFilter({
              assigneeId: value === any ? undefined : value === unassigned ? null : Number(value),
            });
          }}
          data={[
            { value: any, label: t('curation.list.anyone') },
            { value: unassigned, label: t('curation.list.unassigned') },
            ...profiles.map((p) => ({ value: String(p.id), label: p.name })),
          ]}
        />
      )}
    </>
  );
}

/** What the articles hold: a field missing or present, flagged repeats, the subject. */
function ContentFilters() {
  const { t, i18n } = useTranslation();
  const filter = useArticlesStore((s) => s.filter);
  const setFilter = useArticlesStore((s) => s.setFilter);
  const fields = useFilterOptionsStore((s) => s.fields);
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const fieldData = [
    { value: any, label: t('curation.list.anyField') },
    ...fields.map((f) => ({ value: f.key, label: f.labels[language] })),
  ];
  return (
    <>
      <NativeSelect
        size="xs"
        label={t('curation.list.fieldMissing')}
        value={filter.fieldMissing ?? any}
        onChange={(event) => setFilter({ fieldMissing: event.currentTarget.value || undefined })}
        data={fieldData}
      />
      <NativeSelect
        size="xs"
        label={t('curation.list.fieldPresent')}
        value={filter.fieldPresent ?? any}
        onChange={(event) => setFilter({ fieldPresent: event.currentTarget.value || undefined })}
        data={fieldData}
      />
      <Switch
        size="xs"
        label={t('curation.list.flaggedOnly')}
        checked={filter.flaggedOnly ?? false}
        onChange={(event) => setFilter({ flaggedOnly: event.currentTarget.checked || undefined })}
      />
      <Switch
        size="xs"
        label={t('review.threads.filter')}
        checked={filter.openComments ?? false}
        onChange={(event) => setFilter({ openComments: event.currentTarget.checked || undefined })}
        data-testid="filter-open-comments"
      />
      <NativeSelect
        size="xs"
        label={t('curation.list.subject')}
        value={filter.subject ?? any}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setFilter({ subject: value === 'on' || value === 'off' ? value : undefined });
        }}
        data={[
          { value: any, label: t('curation.list.anySubject') },
          { value: 'off', label: t('curation.list.offSubjectOnly') },
          { value: 'on', label: t('curation.list.onSubjectOnly') },
        ]}
        data-testid="subject-filter"
      />
    </>
  );
}
