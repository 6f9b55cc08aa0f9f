import { Button, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkflowAction } from '../../../shared/contract/articles';
import type { ArticleStatus } from '../../../shared/contract/domain';
import { useFieldsStore } from '../fields/fields-store';
import { useProfilesStore } from '../profiles/profiles-store';
import { useHistoryStore } from './history-store';
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

/** The workflow steps the signed-in role may take, the queue step and the history buttons. */
export function WorkflowActions({
  articleId,
  status,
  title,
}: {
  articleId: number;
  status: ArticleStatus;
  title: string;
}) {
  const { t } = useTranslation();
  const profile = useProfilesStore((s) => s.profile);
  const busy = useWorkflowStore((s) => s.busy);
  const run = useWorkflowStore((s) => s.run);
  const openRequest = useWorkflowStore((s) => s.openRequest);
  const nextInQueue = useWorkflowStore((s) => s.nextInQueue);
  const openHistory = useHistoryStore((s) => s.open);
  const focusedValueId = useFieldsStore((s) => s.focusedValueId);
  const actions = allowedActions(status, profile);

  return (
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
        onClick={() => void openHistory({ kind: 'article', articleId, title })}
      >
        {t('review.history.article')}
      </Button>
      {/* Always there, disabled until a value is focused: appearing on focus, it wrapped the
          bar onto a second line and the text jumped down under the curator's eyes. */}
      <Button
        size="compact-sm"
        variant="subtle"
        disabled={focusedValueId === null}
        title={focusedValueId === null ? t('review.history.focusFirst') : undefined}
        onClick={() => {
          if (focusedValueId === null) return;
          void openHistory({
            kind: 'value',
            valueId: focusedValueId,
            label: t('review.history.focusedValue'),
          });
        }}
      >
        {t('review.history.value')}
      </Button>
    </Group>
  );
}
