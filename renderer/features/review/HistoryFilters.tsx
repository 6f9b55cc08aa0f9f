import { Button, Group, NumberInput, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useProfilesStore } from '../profiles/profiles-store';
import { useHistoryStore, type HistoryFilters } from './history-store';

/** Actions a person can look for: the stored ones and the workflow's steps. */
const ACTIONS = [
  'set-state',
  'edit',
  'add',
  'remove',
  'attach-span',
  'detach-span',
  'revert',
  'reorder',
  'start',
  'submit',
  'approve',
  'requestChanges',
  'reopen',
  'assign',
  'extract',
  'split-article',
  'merge-articles',
  'move-range',
  'undo-correction',
  'create',
  'update',
  'restore',
  'settings',
] as const;

/** Person, action, article and days: each narrows the log on the server before it is paged. */
export function HistoryFiltersBar({ withArticle }: { withArticle: boolean }) {
  const { t } = useTranslation();
  const filters = useHistoryStore((s) => s.filters);
  const setFilters = useHistoryStore((s) => s.setFilters);
  const profiles = useProfilesStore((s) => s.profiles);
  const change = (patch: HistoryFilters) => {
    const next: HistoryFilters = { ...filters, ...patch };
    for (const key of Object.keys(next) as (keyof HistoryFilters)[]) {
      if (next[key] === undefined || next[key] === '') delete next[key];
    }
    void setFilters(next);
  };
  const day = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
  return (
    <Group gap="xs" align="flex-end" role="group" aria-label={t('audit.filters')}>
      <Select
        size="xs"
        w={130}
        label={t('audit.person')}
        placeholder={t('audit.anyone')}
        clearable
        searchable
        data={profiles.map((p) => p.name)}
        value={filters.actor ?? null}
        onChange={(actor) => change({ actor: actor ?? undefined })}
      />
      <Select
        size="xs"
        w={150}
        label={t('audit.action')}
        placeholder={t('audit.anyAction')}
        clearable
        data={ACTIONS.map((a) => ({ value: a, label: t(`review.history.actions.${a}`) }))}
        value={filters.action ?? null}
        onChange={(action) => change({ action: action ?? undefined })}
      />
      {withArticle && (
        <NumberInput
          size="xs"
          w={100}
          min={1}
          hideControls
          label={t('audit.article')}
          value={filters.articleId ?? ''}
          onChange={(id) => change({ articleId: typeof id === 'number' ? id : undefined })}
        />
      )}
      <TextInput
        size="xs"
        w={140}
        type="date"
        label={t('audit.from')}
        value={filters.from ?? ''}
        onChange={(e) => change({ from: day(e.currentTarget.value) })}
      />
      <TextInput
        size="xs"
        w={140}
        type="date"
        label={t('audit.to')}
        value={filters.to ?? ''}
        onChange={(e) => change({ to: day(e.currentTarget.value) })}
      />
      {Object.keys(filters).length > 0 && (
        <Button size="xs" variant="subtle" onClick={() => void setFilters({})}>
          {t('audit.clear')}
        </Button>
      )}
    </Group>
  );
}
