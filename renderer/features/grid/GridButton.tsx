import { ActionIcon, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useViewStore } from '../review/view-store';
import { useGridStore } from './grid-store';

/** The header's way into the field grid (and `g`); pressed again, back to the articles. */
export function GridButton() {
  const { t } = useTranslation();
  const onGrid = useViewStore((s) => s.view === 'grid');
  const toggle = () => {
    if (useViewStore.getState().view === 'grid') useViewStore.getState().setView('reader');
    else void useGridStore.getState().open();
  };
  useHotkeys([['g', toggle]], ['INPUT', 'TEXTAREA', 'SELECT']);
  const label = t('workbench.grid.button');
  return (
    <Tooltip label={label}>
      <ActionIcon
        size={30}
        variant={onGrid ? 'filled' : 'default'}
        aria-label={label}
        aria-pressed={onGrid}
        aria-keyshortcuts="g"
        onClick={toggle}
        data-testid="open-grid"
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
          <rect x="1" y="2" width="14" height="3" rx="0.5" />
          <rect x="1" y="6.5" width="14" height="3" rx="0.5" opacity="0.7" />
          <rect x="1" y="11" width="14" height="3" rx="0.5" opacity="0.5" />
        </svg>
      </ActionIcon>
    </Tooltip>
  );
}
