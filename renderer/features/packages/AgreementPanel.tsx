import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdjudicationStore } from '../adjudication/adjudication-store';
import { useAgreementStore, type ProjectAgreement } from './agreement-store';
import { usePackagesStore } from './packages-store';
import { useErrorText } from '../../i18n/use-error-text';

const figure = (n: number | null) => (n === null ? '–' : n.toFixed(2));

/**
 * Agreement of curators who annotated the same articles in overlapping work packages: per
 * curator pair, F1 on the values both kept (exact spans) and Cohen's kappa on their
 * accept/reject decisions, then per field. Shown once two overlapping packages are merged.
 */
export function AgreementPanel() {
  const { t, i18n } = useTranslation();
  const say = useErrorText();
  const agreement = useAgreementStore((s) => s.agreement);
  const error = useAgreementStore((s) => s.error);
  const load = useAgreementStore((s) => s.load);
  const fields = usePackagesStore((s) => s.fields);
  const loadFields = usePackagesStore((s) => s.loadFields);
  useEffect(() => {
    void load();
    void loadFields();
  }, [load, loadFields]);
  if (error)
    return (
      <Alert color="red" role="alert">
        {say(error)}
      </Alert>
    );
  if (!agreement || agreement.pairs.length === 0) return null;
  const label = (key: string) =>
    fields.find((f) => f.key === key)?.labels[i18n.language === 'en' ? 'en' : 'zh-CN'] ?? key;
  return (
    <Paper withBorder p="md" data-testid="agreement">
      <Stack gap="sm">
        <Title order={4}>{t('packages.agreementTitle')}</Title>
        <Text size="sm" c="dimmed">
          {t('packages.agreementIntro', { count: agreement.disagreements.length })}
        </Text>
        <OpenDisagreements open={agreement.open} />
        {agreement.pairs.map((pair) => (
          <PairTable key={pair.curators.join('|')} pair={pair} label={label} />
        ))}
      </Stack>
    </Paper>
  );
}

/** How many disagreements a reviewer has still to adjudicate, and the way there. */
function OpenDisagreements({ open }: { open: number }) {
  const { t } = useTranslation();
  const openAdjudication = useAdjudicationStore((s) => s.open);
  return (
    <Group gap="sm">
      <Text size="sm" fw={600} data-testid="open-disagreements" data-count={open}>
        {t('packages.adjudication.dashboardOpen', { count: open })}
      </Text>
      {open > 0 && (
        <Button size="xs" variant="light" onClick={openAdjudication}>
          {t('packages.adjudication.dashboardButton')}
        </Button>
      )}
    </Group>
  );
}

function PairTable({
  pair,
  label,
}: {
  pair: ProjectAgreement['pairs'][number];
  label(key: string): string;
}) {
  const { t } = useTranslation();
  const [a, b] = pair.curators;
  return (
    <Table
      withTableBorder
      data-pair={`${a}|${b}`}
      aria-label={t('packages.agreementPair', { a, b })}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('packages.agreementPair', { a, b })}</Table.Th>
          <Table.Th>F1</Table.Th>
          <Table.Th>{t('packages.agreementKept', { a, b })}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        <Table.Tr data-field="*">
          <Table.Td>
            {t('packages.agreementAll', { articles: pair.articles })} · κ {figure(pair.kappa)} (
            {t('packages.agreementDecisions', { count: pair.decisions })})
          </Table.Td>
          <Table.Td>{figure(pair.f1)}</Table.Td>
          <Table.Td />
        </Table.Tr>
        {pair.fields.map((f) => (
          <Table.Tr key={f.field} data-field={f.field}>
            <Table.Td>{label(f.field)}</Table.Td>
            <Table.Td>{figure(f.f1)}</Table.Td>
            <Table.Td>
              {f.kept[0]} / {f.kept[1]}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
