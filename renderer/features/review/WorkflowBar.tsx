import {
  Alert,
  Badge,
  Button,
  CloseButton,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Text,
  Tooltip,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkflowAction } from '../../../shared/contract/articles';
import { useArticlesStore } from '../articles/articles-store';
import { useFieldsStore } from '../fields/fields-store';
import { canAssign, useProfilesStore } from '../profiles/profiles-store';
import { useHistoryStore } from './history-store';
import { RequestChangesDialog } from './RequestChangesDialog';
import { statusColors } from './status-colors';
import { useViewStore } from './view-store';
import { allowedActions } from './workflow';
import { useWorkflowStore } from './workflow-store';

const actionColors: Record<WorkflowAction, string> = {
  start: 'blue',
  submit: 'blue',
  approve: 'green',
  requestChanges: 'red',
  reopen: 'orange',
};

const actionKeys: Partial<Record<WorkflowAction, string>> = {
  submit: 'Control+Enter',
  approve: 'Control+Enter',
  requestChanges: 'Shift+R',
};

/** The selected article's status, assignee and the workflow steps the signed-in role may take. */
export function WorkflowBar() {
  const { t } = useTranslation();
  const detail = useArticlesStore((s) => s.detail);
  const listItem = useArticlesStore((s) => s.items.find((a) => a.id === s.selectedId));
  const profile = useProfilesStore((s) => s.profile);
  const profiles = useProfilesStore((s) => s.profiles);
  const busy = useWorkflowStore((s) => s.busy);
  const error = useWorkflowStore((s) => s.error);
  const queueEmpty = useWorkflowStore((s) => s.queueEmpty);
  const run = useWorkflowStore((s) => s.run);
  const assign = useWorkflowStore((s) => s.assign);
  const openRequest = useWorkflowStore((s) => s.openRequest);
  const nextInQueue = useWorkflowStore((s) => s.nextInQueue);
  const dismissError = useWorkflowStore((s) => s.dismissError);
  const view = useViewStore((s) => s.view);
  const setView = useViewStore((s) => s.setView);
  const openHistory = useHistoryStore((s) => s.open);
  const focusedValueId = useFieldsStore((s) => s.focusedValueId);
  if (!detail) return null;

  const assigneeId =
    listItem && 'assigneeId' in listItem ? (listItem.assigneeId as number | null) : null;
  const curators = profiles.filter((p) => !p.retired && p.role !== 'reviewer');
  const actions = allowedActions(detail.status, profile);
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
        <Group gap="xs" wrap="nowrap">
          <Badge
            style={{ flexShrink: 0, overflow: 'visible' }}
            color={statusColors[detail.status]}
            variant="light"
            data-testid="article-status"
            data-status={detail.status}
          >
            {t(`status.${detail.status}`)}
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
            onChange={(value) =>
              void assign(value ? Number(value) : null, { articleIds: [detail.id] })
            }
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
        <Group gap={6} wrap="wrap">
          {actions.map((action) => (
            <Button
              key={action}
              size="compact-sm"
              color={actionColors[action]}
              variant={action === 'start' || action === 'reopen' ? 'light' : 'filled'}
              loading={busy}
              aria-keyshortcuts={actionKeys[action]}
              data-action={action}
              onClick={() => (action === 'requestChanges' ? openRequest() : void run(action))}
            >
              {t(`review.actions.${action}`)}
            </Button>
          ))}
          <Tooltip label={t('review.queue.hint')}>
            <Button
              size="compact-sm"
              variant="default"
              aria-keyshortcuts="]"
              onClick={() => void nextInQueue()}
            >
              {t('review.queue.next')}
            </Button>
          </Tooltip>
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => void openHistory({ kind: 'article', articleId: detail.id, title })}
          >
            {t('review.history.article')}
          </Button>
          {focusedValueId !== null && (
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() =>
                void openHistory({
                  kind: 'value',
                  valueId: focusedValueId,
                  label: t('review.history.focusedValue'),
                })
              }
            >
              {t('review.history.value')}
            </Button>
          )}
        </Group>
      </Group>
      {(error || queueEmpty) && (
        <Alert
          mt={6}
          color={error ? 'red' : 'gray'}
          role={error ? 'alert' : 'status'}
          data-error-code={error?.code}
          title={error ? t(`review.errors.${errorKind(error.code)}`) : undefined}
        >
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text size="sm">{error ? error.message : t('review.queue.empty')}</Text>
            <CloseButton aria-label={t('review.dismiss')} onClick={dismissError} />
          </Group>
        </Alert>
      )}
      <RequestChangesDialog />
    </Paper>
  );
}

function errorKind(code: string): 'conflict' | 'forbidden' | 'other' {
  return code === 'conflict' || code === 'forbidden' ? code : 'other';
}
