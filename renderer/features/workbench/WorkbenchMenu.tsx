import { ActionIcon, Menu, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useGridStore } from '../grid/grid-store';
import { useQueueStore } from '../queue/queue-store';
import { useViewStore } from '../review/view-store';

/** Each key opens its view, or, pressed again there, goes back to the articles. */
function toggle(view: 'grid' | 'queue'): void {
  if (useViewStore.getState().view === view) useViewStore.getState().setView('reader');
  else if (view === 'grid') void useGridStore.getState().open();
  else void useQueueStore.getState().start();
}

/**
 * The header's way into the field grid (g) and the confidence queue (q): one button with a menu,
 * the header has no room for two more at 1024 px.
 */
export function WorkbenchMenu() {
  const { t } = useTranslation();
  const view = useViewStore((s) => s.view);
  useHotkeys(
    [
      ['g', () => toggle('grid')],
      ['q', () => toggle('queue')],
    ],
    ['INPUT', 'TEXTAREA', 'SELECT'],
  );
  const label = t('workbench.menu');
  const open = view === 'grid' || view === 'queue';
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Tooltip label={label}>
          <ActionIcon
            size={30}
            variant={open ? 'filled' : 'default'}
            aria-label={label}
            data-testid="workbench-menu"
          >
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
              <rect x="1" y="2" width="14" height="3" rx="0.5" />
              <rect x="1" y="6.5" width="14" height="3" rx="0.5" opacity="0.7" />
              <rect x="1" y="11" width="14" height="3" rx="0.5" opacity="0.5" />
            </svg>
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => toggle('grid')} aria-keyshortcuts="g" data-testid="open-grid">
          {view === 'grid' ? t('workbench.backToArticles') : t('workbench.grid.button')}
        </Menu.Item>
        <Menu.Item onClick={() => toggle('queue')} aria-keyshortcuts="q" data-testid="open-queue">
          {view === 'queue' ? t('workbench.backToArticles') : t('workbench.queue.button')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
