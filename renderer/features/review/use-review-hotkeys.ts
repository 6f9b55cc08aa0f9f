import { useHotkeys } from '@mantine/hooks';
import { useArticlesStore } from '../articles/articles-store';
import { useProfilesStore } from '../profiles/profiles-store';
import { allowedActions, primaryAction } from './workflow';
import { useWorkflowStore } from './workflow-store';

/** Typing in a form must never submit or approve an article. */
const tagsToIgnore = ['INPUT', 'TEXTAREA', 'SELECT'];

function primary(): void {
  const detail = useArticlesStore.getState().detail;
  if (!detail) return;
  const action = primaryAction(detail.status, useProfilesStore.getState().profile);
  if (action) void useWorkflowStore.getState().run(action);
}

function requestChanges(): void {
  const detail = useArticlesStore.getState().detail;
  if (!detail) return;
  if (allowedActions(detail.status, useProfilesStore.getState().profile).includes('requestChanges'))
    useWorkflowStore.getState().openRequest();
}

/** Ctrl+Enter submits (curator) or approves (reviewer), Shift+R asks for changes, ] next in queue. */
export function useReviewHotkeys(): void {
  useHotkeys(
    [
      ['mod+Enter', primary],
      ['shift+R', requestChanges],
      [']', () => void useWorkflowStore.getState().nextInQueue()],
    ],
    tagsToIgnore,
  );
}
