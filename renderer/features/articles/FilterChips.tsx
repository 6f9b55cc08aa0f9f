import { CloseButton, Group, Pill } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ArticleFilter } from '../../../shared/contract/articles';
import { useArticlesStore } from './articles-store';
import { useFieldLabel, useFilterOptionsStore } from './filter-options-store';

/** The active filters in words, each removable on its own; the search text shows in its box. */
export function FilterChips() {
  const { t, i18n } = useTranslation();
  const filter = useArticlesStore((s) => s.filter);
  const setFilter = useArticlesStore((s) => s.setFilter);
  const profiles = useFilterOptionsStore((s) => s.profiles);
  const fieldLabel = useFieldLabel();
  const field = (key: string) => fieldLabel(key, i18n.language);
  const chips: { key: keyof ArticleFilter; label: string }[] = [];
  if (filter.status)
    chips.push({
      key: 'status',
      label: t('curation.list.chip.status', { value: t(`status.${filter.status}`) }),
    });
  if (filter.assigneeId !== undefined) {
    const name =
      filter.assigneeId === null
        ? t('curation.list.unassigned')
        : (profiles?.find((p) => p.id === filter.assigneeId)?.name ?? `#${filter.assigneeId}`);
    chips.push({ key: 'assigneeId', label: t('curation.list.chip.assignee', { name }) });
  }
  if (filter.fieldMissing)
    chips.push({
      key: 'fieldMissing',
      label: t('curation.list.chip.missing', { field: field(filter.fieldMissing) }),
    });
  if (filter.fieldPresent)
    chips.push({
      key: 'fieldPresent',
      label: t('curation.list.chip.present', { field: field(filter.fieldPresent) }),
    });
  if (filter.flaggedOnly)
    chips.push({ key: 'flaggedOnly', label: t('curation.list.chip.flagged') });
  if (filter.openComments) chips.push({ key: 'openComments', label: t('review.threads.chip') });
  if (filter.subject)
    chips.push({
      key: 'subject',
      label: t(
        filter.subject === 'off'
          ? 'curation.list.chip.offSubjectOnly'
          : 'curation.list.chip.onSubjectOnly',
      ),
    });
  if (chips.length === 0) return null;
  return (
    <Group gap={4} data-testid="filter-chips">
      {chips.map((chip) => (
        // Pill's own remove button is hidden from assistive technology: this one is not.
        <Pill key={chip.key} size="sm">
          <Group gap={2} wrap="nowrap">
            {chip.label}
            <CloseButton
              size="xs"
              aria-label={t('curation.list.removeFilter', { label: chip.label })}
              onClick={() => setFilter({ [chip.key]: undefined })}
            />
          </Group>
        </Pill>
      ))}
    </Group>
  );
}
