import { BarChart } from '@mantine/charts';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useProfilesStore } from '../profiles/profiles-store';
import { DashboardCard } from './DashboardCard';
import type { DashboardStats } from './dashboard-store';

/**
 * Each person's edits, submissions and approvals: a bar chart and the same figures as a table.
 * Reviewers and admins appear too (approvals are theirs), so each name carries its role.
 */
export function CuratorsChart({ curators }: { curators: DashboardStats['curators'] }) {
  const { t } = useTranslation();
  const profiles = useProfilesStore((s) => s.profiles);
  const roleOf = (actor: string) => profiles.find((p) => p.name === actor)?.role;
  const data = curators.map((c) => ({
    actor: c.actor,
    [t('review.dashboard.edits')]: c.edits,
    [t('review.dashboard.submitted')]: c.submitted,
    [t('review.dashboard.approved')]: c.approved,
  }));

  return (
    <DashboardCard title={t('review.dashboard.throughput')} testId="chart-curators">
      {data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('review.dashboard.noCurators')}
        </Text>
      ) : (
        <BarChart
          h={220}
          data={data}
          dataKey="actor"
          withLegend
          series={[
            { name: t('review.dashboard.edits'), color: 'blue.5' },
            { name: t('review.dashboard.submitted'), color: 'yellow.6' },
            { name: t('review.dashboard.approved'), color: 'green.6' },
          ]}
          yAxisProps={{ allowDecimals: false }}
        />
      )}
      <Table mt="sm" verticalSpacing={2} aria-label={t('review.dashboard.throughput')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('review.dashboard.curator')}</Table.Th>
            <Table.Th ta="right">{t('review.dashboard.edits')}</Table.Th>
            <Table.Th ta="right">{t('review.dashboard.submitted')}</Table.Th>
            <Table.Th ta="right">{t('review.dashboard.approved')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {curators.map((c) => (
            <Table.Tr key={c.actor} data-curator={c.actor}>
              <Table.Td>
                {c.actor}
                {roleOf(c.actor) && (
                  <Text span size="xs" c="dimmed">
                    {' · '}
                    {t(`review.roles.${roleOf(c.actor)!}`)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{c.edits}</Table.Td>
              <Table.Td ta="right" data-testid="curator-submitted">
                {c.submitted}
              </Table.Td>
              <Table.Td ta="right" data-testid="curator-approved">
                {c.approved}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </DashboardCard>
  );
}
