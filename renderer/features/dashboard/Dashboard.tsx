import '@mantine/charts/styles.css';
import { AreaChart, BarChart, DonutChart } from '@mantine/charts';
import {
  Alert,
  Group,
  Paper,
  ScrollArea,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { articleStatuses } from '../../../shared/contract/domain';
import { statusColors } from '../review/status-colors';
import { useDashboardStore, type DashboardStats } from './dashboard-store';

const periods = [7, 30, 90, 365] as const;

/** Progress at a glance: status, output per day and per curator, and how good each rule is. */
export function Dashboard() {
  const { t } = useTranslation();
  const stats = useDashboardStore((s) => s.stats);
  const error = useDashboardStore((s) => s.error);
  const days = useDashboardStore((s) => s.days);
  const load = useDashboardStore((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <ScrollArea h="100%" type="auto">
      <Stack p="lg" gap="lg" data-testid="dashboard">
        <Group justify="space-between">
          <Title order={3}>{t('review.dashboard.title')}</Title>
          <SegmentedControl
            size="xs"
            aria-label={t('review.dashboard.period')}
            value={String(days)}
            onChange={(value) => void load(Number(value))}
            data={periods.map((d) => ({
              value: String(d),
              label: t('review.dashboard.days', { count: d }),
            }))}
          />
        </Group>
        {error && (
          <Alert color="red" role="alert" data-error-code={error.code}>
            {error.message}
          </Alert>
        )}
        {stats && <Charts stats={stats} />}
      </Stack>
    </ScrollArea>
  );
}

function Card(props: { title: string; children: ReactNode; testId: string; note?: string }) {
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      data-testid={props.testId}
      aria-label={props.title}
      role="figure"
    >
      <Text fw={600} mb={props.note ? 2 : 'sm'}>
        {props.title}
      </Text>
      {props.note && (
        <Text size="xs" c="dimmed" mb="sm">
          {props.note}
        </Text>
      )}
      {props.children}
    </Paper>
  );
}

function Charts({ stats }: { stats: DashboardStats }) {
  const { t, i18n } = useTranslation();
  const total = articleStatuses.reduce((sum, s) => sum + (stats.byStatus[s] ?? 0), 0);
  const statusData = articleStatuses.map((s) => ({
    name: t(`status.${s}`),
    value: stats.byStatus[s] ?? 0,
    color: `${statusColors[s]}.6`,
  }));
  const shortDay = (day: string) =>
    new Date(`${day}T00:00:00Z`).toLocaleDateString(i18n.language, {
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
  const progress = stats.progress.map((p) => ({
    day: shortDay(p.day),
    [t('review.dashboard.submitted')]: p.submitted,
    [t('review.dashboard.approved')]: p.approved,
  }));
  const curators = stats.curators.map((c) => ({
    actor: c.actor,
    [t('review.dashboard.edits')]: c.edits,
    [t('review.dashboard.submitted')]: c.submitted,
    [t('review.dashboard.approved')]: c.approved,
  }));
  const share = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 1000) / 10);
  const extractors = stats.extractors.map((e) => ({
    extractor: e.extractor,
    [t('review.dashboard.accepted')]: share(e.accepted, e.suggestions),
    [t('review.dashboard.edited')]: share(e.edited, e.suggestions),
    [t('review.dashboard.rejected')]: share(e.rejected, e.suggestions),
    [t('review.dashboard.pending')]: share(e.pending, e.suggestions),
  }));
  const percent = (v: number) => `${v.toLocaleString(i18n.language)}%`;

  return (
    <>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Card title={t('review.dashboard.byStatus')} testId="chart-status">
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
                      {stats.byStatus[s] ?? 0}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Group>
        </Card>
        <Card title={t('review.dashboard.progress')} testId="chart-progress">
          <AreaChart
            h={220}
            data={progress}
            dataKey="day"
            withLegend
            curveType="monotone"
            series={[
              { name: t('review.dashboard.submitted'), color: 'yellow.6' },
              { name: t('review.dashboard.approved'), color: 'green.6' },
            ]}
            yAxisProps={{ allowDecimals: false }}
          />
        </Card>
        <Card title={t('review.dashboard.throughput')} testId="chart-curators">
          {curators.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('review.dashboard.noCurators')}
            </Text>
          ) : (
            <BarChart
              h={220}
              data={curators}
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
              {stats.curators.map((c) => (
                <Table.Tr key={c.actor} data-curator={c.actor}>
                  <Table.Td>{c.actor}</Table.Td>
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
        </Card>
        <Card
          title={t('review.dashboard.extractors')}
          note={t('review.dashboard.extractorsNote')}
          testId="chart-extractors"
        >
          {extractors.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('review.dashboard.noSuggestions')}
            </Text>
          ) : (
            <BarChart
              h={Math.max(160, extractors.length * 34 + 60)}
              data={extractors}
              dataKey="extractor"
              type="stacked"
              orientation="vertical"
              withLegend
              valueFormatter={percent}
              yAxisProps={{ width: 130 }}
              series={[
                { name: t('review.dashboard.accepted'), color: 'green.6' },
                { name: t('review.dashboard.edited'), color: 'blue.5' },
                { name: t('review.dashboard.rejected'), color: 'red.6' },
                { name: t('review.dashboard.pending'), color: 'gray.5' },
              ]}
            />
          )}
          <RulesToImprove extractors={stats.extractors} />
        </Card>
      </SimpleGrid>
    </>
  );
}

/** The rules whose suggestions curators most often had to edit or reject, worst first. */
function RulesToImprove({ extractors }: { extractors: DashboardStats['extractors'] }) {
  const { t, i18n } = useTranslation();
  const worst = extractors
    .filter((e) => e.suggestions > 0 && e.edited + e.rejected > 0)
    .map((e) => ({ ...e, share: (e.edited + e.rejected) / e.suggestions }))
    .sort((a, b) => b.share - a.share || b.suggestions - a.suggestions)
    .slice(0, 3);
  if (worst.length === 0) return null;
  const percent = (n: number) =>
    n.toLocaleString(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <Stack gap={2} mt="sm" data-testid="rules-to-improve">
      <Text size="sm" fw={600}>
        {t('review.dashboard.toImprove')}
      </Text>
      {worst.map((e) => (
        <Text key={e.extractor} size="sm" data-extractor={e.extractor}>
          {t('review.dashboard.toImproveLine', {
            extractor: e.extractor,
            edited: e.edited,
            rejected: e.rejected,
            suggestions: e.suggestions,
            share: percent(e.share),
          })}
        </Text>
      ))}
    </Stack>
  );
}
