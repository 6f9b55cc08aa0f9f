import { BarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DashboardCard } from './DashboardCard';
import { extractorLabel } from './extractor-label';
import { RulesToImprove } from './RulesToImprove';
import type { DashboardStats } from './dashboard-store';

/** What became of each rule's suggestions, as shares, and the rules most worth improving. */
export function ExtractorsChart({ extractors }: { extractors: DashboardStats['extractors'] }) {
  const { t, i18n } = useTranslation();
  const share = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 1000) / 10);
  const data = extractors.map((e) => ({
    extractor: extractorLabel(e.extractor, t, (key) => i18n.exists(key)),
    [t('review.dashboard.accepted')]: share(e.accepted, e.suggestions),
    [t('review.dashboard.edited')]: share(e.edited, e.suggestions),
    [t('review.dashboard.rejected')]: share(e.rejected, e.suggestions),
    [t('review.dashboard.pending')]: share(e.pending, e.suggestions),
  }));
  const percent = (v: number) => `${v.toLocaleString(i18n.language)}%`;

  return (
    <DashboardCard
      title={t('review.dashboard.extractors')}
      note={t('review.dashboard.extractorsNote')}
      testId="chart-extractors"
    >
      {data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('review.dashboard.noSuggestions')}
        </Text>
      ) : (
        <BarChart
          h={Math.max(160, data.length * 34 + 60)}
          data={data}
          dataKey="extractor"
          type="stacked"
          orientation="vertical"
          withLegend
          valueFormatter={percent}
          yAxisProps={{ width: 130 }}
          // Shares of each rule's suggestions: the axis ends at 100 %, even when rounding adds up
          // to 100.1 (recharts had stretched it to 120 %).
          xAxisProps={{ domain: [0, 100], ticks: [0, 25, 50, 75, 100], allowDataOverflow: true }}
          series={[
            { name: t('review.dashboard.accepted'), color: 'green.6' },
            { name: t('review.dashboard.edited'), color: 'blue.5' },
            { name: t('review.dashboard.rejected'), color: 'red.6' },
            { name: t('review.dashboard.pending'), color: 'gray.5' },
          ]}
        />
      )}
      <RulesToImprove extractors={extractors} />
    </DashboardCard>
  );
}
