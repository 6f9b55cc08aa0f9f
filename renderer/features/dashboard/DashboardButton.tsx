import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useViewStore } from '../review/view-store';

/** The header's switch between curating articles and the dashboard. */
export function DashboardButton() {
  const { t } = useTranslation();
  const view = useViewStore((s) => s.view);
  const setView = useViewStore((s) => s.setView);
  const onDashboard = view === 'dashboard';
  return (
    <Button
      size="xs"
      variant={onDashboard ? 'filled' : 'default'}
      aria-pressed={onDashboard}
      onClick={() => setView(onDashboard ? 'reader' : 'dashboard')}
    >
      {onDashboard ? t('review.dashboard.back') : t('review.dashboard.button')}
    </Button>
  );
}
