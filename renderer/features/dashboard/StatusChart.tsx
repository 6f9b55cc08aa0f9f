import { DonutChart } from '@mantine/charts';
import { Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { articleStatuses } from '../../../shared/contract/domain';
import { statusColors } from '../review/status-colors';
import { DashboardCard } from './DashboardCard';
import type { DashboardStats } from './dashboard-store';

/** How many articles are in each status: a donut and the same counts as a table. */
export function StatusChart({ byStatus }: { byStatus: DashboardStats['byStatus'] }) {
  const { t } = useTranslation();
  const total = articleStatuses.reduce((sum, s) => sum + (byStatus[s] ?? 0), 0);
  const statusData = articleStatuses.map((s) => ({
    name: t(`status.${s}`),
    value: byStatus[s] ?? 0,
    color: `${statusColors[s]}.6`,
  }));

  return (
    <DashboardCard title={t('review.dashboard.byStatus')} testId="chart-status">
      <Group align="center" wrap="nowrap" gap="lg">
        <DonutChart
          data={statusData.filter((d) => d.value > 0)}
          chartLabel={t('review.dashboard.articles', { count: total })}
          size={170}
          thickness={26}
          withTooltip
        />
        <Table
          withRowBorders={false}
          verticalSpacing={2}
          aria-label={t('review.dashboard.byStatus')}
        >
          <Table.Tbody>
            {articleStatuses.map((s, i) => (
              <Table.Tr key={s} data-status={s}>
                <Table.Td>
                  <span
                    style={{
                      display: 'inline-block',
                      width: 10,
                      height: 10,
                      borderRadius: 2,
                      marginRight: 6,
                      background: `var(--mantine-color-${statusColors[s]}-6)`,
                    }}
                  />
                  {statusData[i]?.name}
                </Table.Td>
                <Table.Td ta="right" fw={600} data-testid={`status-count-${s}`}>
                  {byStatus[s] ?? 0}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Group>
    </DashboardCard>
  );
}
