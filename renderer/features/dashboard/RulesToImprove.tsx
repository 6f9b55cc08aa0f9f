import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardStats } from './dashboard-store';
import { extractorLabel } from './extractor-label';

/** The rules whose suggestions curators most often had to edit or reject, worst first. */
export function RulesToImprove({ extractors }: { extractors: DashboardStats['extractors'] }) {
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
        <Text key={e.extractor} size="sm" data-extractor={e.extractor} title={e.extractor}>
          {t('review.dashboard.toImproveLine', {
            extractor: extractorLabel(e.extractor, t, (key) => i18n.exists(key)),
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
