import '@mantine/charts/styles.css';
import {
  Alert,
  Group,
  ScrollArea,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Title,
} from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AgreementPanel } from '../packages/AgreementPanel';
import { CuratorsChart } from './CuratorsChart';
import { ExtractorsChart } from './ExtractorsChart';
import { ProgressChart } from './ProgressChart';
import { StatusChart } from './StatusChart';
import { useDashboardStore, type DashboardStats } from './dashboard-store';
import { useErrorText } from '../../i18n/use-error-text';

const periods = [7, 30, 90, 365] as const;

/** Progress at a glance: status, output per day and per curator, and how good each rule is. */
export function Dashboard() {
  const { t } = useTranslation();
  const say = useErrorText();
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
            {say(error)}
          </Alert>
        )}
        {stats && <Charts stats={stats} />}
        <AgreementPanel />
      </Stack>
    </ScrollArea>
  );
}

function Charts({ stats }: { stats: DashboardStats }) {
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <StatusChart byStatus={stats.byStatus} />
      <ProgressChart progress={stats.progress} />
      <CuratorsChart curators={stats.curators} />
      <ExtractorsChart extractors={stats.extractors} />
    </SimpleGrid>
  );
}
