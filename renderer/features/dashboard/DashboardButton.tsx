import { ActionIcon, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useViewStore } from '../review/view-store';

/** The header's switch between curating articles and the dashboard: an icon, the header is full. */
export function DashboardButton() {
  const { t } = useTranslation();
  const view = useViewStore((s) => s.view);
  const setView = useViewStore((s) => s.setView);
  const onDashboard = view === 'dashboard';
  const label = onDashboard ? t('review.dashboard.back') : t('review.dashboard.button');
  return (
    <Tooltip label={label}>
      <ActionIcon
        size={30}
        variant={onDashboard ? 'filled' : 'default'}
        aria-label={label}
        aria-pressed={onDashboard}
        onClick={() => setView(onDashboard ? 'reader' : 'dashboard')}
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
          <rect x="1" y="9" width="3" height="6" rx="0.5" />
          <rect x="6.5" y="5" width="3" height="10" rx="0.5" />
          <rect x="12" y="1" width="3" height="14" rx="0.5" />
        </svg>
      </ActionIcon>
    </Tooltip>
  );
}
