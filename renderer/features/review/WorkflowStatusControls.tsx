import { Badge, Group, SegmentedControl, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ArticleStatus } from '../../../shared/contract/domain';
import { useArticlesStore } from '../articles/articles-store';
import { canAssign, useProfilesStore } from '../profiles/profiles-store';
import { statusColors } from './status-colors';
import { useViewStore } from './view-store';
import { useWorkflowStore } from './workflow-store';

/** Status badge, assignee picker and reader/review toggle at the left of the workflow bar. */
export function WorkflowStatusControls({
  articleId,
  status,
}: {
  articleId: number;
  status: ArticleStatus;
}) {
  const { t } = useTranslation();
  const listItem = useArticlesStore((s) => s.items.find((a) => a.id === s.selectedId));
  const profile = useProfilesStore((s) => s.profile);
  const profiles = useProfilesStore((s) => s.profiles);
  const busy = useWorkflowStore((s) => s.busy);
  const assign = useWorkflowStore((s) => s.assign);
  const view = useViewStore((s) => s.view);
  const setView = useViewStore((s) => s.setView);

  const assigneeId =
    listItem && 'assigneeId' in listItem ? (listItem.assigneeId as number | null) : null;
  const curators = profiles.filter((p) => !p.retired && p.role !== 'reviewer');

  return (
    <Group gap="xs" wrap="nowrap">
      <Badge
        style={{ flexShrink: 0, overflow: 'visible' }}
        color={statusColors[status]}
        variant="light"
        data-testid="article-status"
        data-status={status}
      >
        {t(`status.${status}`)}
      </Badge>
      <Select
        size="xs"
        w={130}
        aria-label={t('review.assign.label')}
        placeholder={t('review.assign.nobody')}
        data={[
          { value: '', label: t('review.assign.nobody') },
          ...curators.map((p) => ({ value: String(p.id), label: p.name })),
        ]}
        value={assigneeId === null ? '' : String(assigneeId)}
        onChange={(value) => void assign(value ? Number(value) : null, { articleIds: [articleId] })}
        allowDeselect={false}
        disabled={busy || profiles.length === 0 || !canAssign(profile)}
      />
      <SegmentedControl
        size="xs"
        aria-label={t('review.view.label')}
        value={view === 'review' ? 'review' : 'reader'}
        onChange={(value) => setView(value as 'reader' | 'review')}
        data={[
          { value: 'reader', label: t('review.view.reader') },
          { value: 'review', label: t('review.view.review') },
        ]}
      />
    </Group>
  );
}
