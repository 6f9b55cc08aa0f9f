import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/contract/errors';
import { useGridStore } from './grid-store';
import { useErrorText } from '../../i18n/use-error-text';

/** After a bulk action the keys go back to the grid (Enter on the button would press it again). */
function focusGrid(): void {
  document.querySelector<HTMLElement>('[role=grid][data-grid-table]')?.focus();
}

/** Counts, the bulk actions on the selection, and what the last one did. */
export function GridBulkBar() {
  const { t } = useTranslation();
  const say = useErrorText();
  const total = useGridStore((s) => s.total);
  const count = useGridStore((s) => s.selection.selected.size);
  const outcome = useGridStore((s) => s.outcome);
  const error = useGridStore((s) => s.error);
  const setStates = useGridStore((s) => s.setStates);
  const setEditing = useGridStore((s) => s.setEditing);
  const refusal = outcome?.refused[0];
  const firstRefusal = refusal ? say(ApiError.fromPayload(refusal)) : '';
  return (
    <Group gap="xs" wrap="wrap" data-testid="grid-bulk-bar">
      <Text size="sm" data-testid="grid-total">
        {total === null ? '…' : t('workbench.grid.count', { count: total })}
      </Text>
      <Text size="sm" fw={600} data-testid="grid-selected">
        {t('workbench.grid.selected', { count })}
      </Text>
      <Button
        size="xs"
        color="green"
        disabled={count === 0}
        onClick={() => void setStates('accepted').then(focusGrid)}
      >
        {t('workbench.grid.accept')}
      </Button>
      <Button
        size="xs"
        color="red"
        variant="light"
        disabled={count === 0}
        onClick={() => void setStates('rejected').then(focusGrid)}
      >
        {t('workbench.grid.reject')}
      </Button>
      <Button size="xs" variant="default" disabled={count === 0} onClick={() => setEditing(true)}>
        {t('workbench.grid.edit')}
      </Button>
      {outcome && (
        <Text size="sm" data-testid="grid-outcome" role="status">
          {t('workbench.grid.done', { done: outcome.done.length })}
          {outcome.refused.length > 0 &&
            ` · ${t('workbench.grid.refused', { count: outcome.refused.length, first: firstRefusal })}`}
        </Text>
      )}
      {error && (
        <Text size="sm" c="red" role="alert">
          {say(error)}
        </Text>
      )}
      <Text size="xs" c="dimmed" ml="auto">
        {t('workbench.grid.hint')}
      </Text>
    </Group>
  );
}
