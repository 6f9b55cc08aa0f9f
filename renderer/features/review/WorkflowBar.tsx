import { Group, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useArticlesStore } from '../articles/articles-store';
import { RequestChangesDialog } from './RequestChangesDialog';
import { WorkflowActions } from './WorkflowActions';
import { WorkflowNotice } from './WorkflowNotice';
import { WorkflowStatusControls } from './WorkflowStatusControls';

/** The selected article's status, assignee and the workflow steps the signed-in role may take. */
export function WorkflowBar() {
  const { t } = useTranslation();
  const detail = useArticlesStore((s) => s.detail);
  if (!detail) return null;

  const title = detail.title ?? t('articles.untitled');

  return (
    <Paper
      px="md"
      py={6}
      radius={0}
      withBorder
      data-testid="workflow-bar"
      style={{ borderTop: 0, borderLeft: 0, borderRight: 0 }}
    >
      <Group justify="space-between" wrap="wrap" gap={6}>
        <WorkflowStatusControls articleId={detail.id} status={detail.status} />
        <WorkflowActions articleId={detail.id} status={detail.status} title={title} />
      </Group>
      <WorkflowNotice />
      <RequestChangesDialog />
    </Paper>
  );
}
