import { AreaChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { DashboardCard } from './DashboardCard';
import type { DashboardStats } from './dashboard-store';

/** Articles submitted and approved per day over the chosen period. */
export function ProgressChart({ progress }: { progress: DashboardStats['progress'] }) {
  const { t, i18n } = useTranslation();
  const shortDay = (day: string) =>
    new Date(`${day}T00:00:00Z`).toLocaleDateString(i18n.language, {
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
  const data = progress.map((p) => ({
    day: shortDay(p.day),
    [t('review.dashboard.submitted')]: p.submitted,
    [t('review.dashboard.approved')]: p.approved,
  }));

  return (
    <DashboardCard title={t('review.dashboard.progress')} testId="chart-progress">
      <AreaChart
        h={220}
        data={data}
        dataKey="day"
        withLegend
        curveType="monotone"
        series={[
          { name: t('review.dashboard.submitted'), color: 'yellow.6' },
          { name: t('review.dashboard.approved'), color: 'green.6' },
        ]}
        yAxisProps={{ allowDecimals: false }}
      />
    </DashboardCard>
  );
}
