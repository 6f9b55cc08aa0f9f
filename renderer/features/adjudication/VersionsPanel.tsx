import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatValue } from '../fields/format-value';
import { useAdjudicationStore, type ArticleVersions } from './adjudication-store';
import type { FieldInfo } from './DisagreementDetail';

interface CellValue {
  id: number;
  value: unknown;
  state: string;
  spans: { start: number; end: number; text: string }[];
  actor?: string | null;
  at?: string | null;
}

/** One column's values of one field: value, state, spans, and who decided it when. */
function Cell({ values, type }: { values: CellValue[]; type: string }) {
  const { t, i18n } = useTranslation();
  if (values.length === 0)
    return (
      <Text size="xs" c="dimmed">
        —
      </Text>
    );
  return (
    <Stack gap={4}>
      {values.map((v) => (
        <div key={v.id} data-value-id={v.id} data-state={v.state}>
          {/* Values come from article text: shown as text only. */}
          <Text size="sm">
            {formatValue(type, v.value, i18n.language)}{' '}
            <Badge size="xs" variant="light">
              {t(`fields.states.${v.state}`, { defaultValue: v.state })}
            </Badge>
          </Text>
          <Text size="xs" c="dimmed">
            {v.spans.map((s) => `${s.start}–${s.end}`).join(', ') ||
              t('packages.adjudication.noSpans')}
            {v.actor ? ` · ${t('packages.adjudication.by', { actor: v.actor })}` : ''}
            {v.at ? ` ${new Date(v.at).toLocaleString(i18n.language)}` : ''}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

function fieldsOf(data: ArticleVersions): string[] {
  const touched = new Set(data.versions.flatMap((v) => v.values.map((value) => value.field)));
  return [...touched].sort();
}

/**
 * Every curator's version of one article (the values each decided, whatever the merges took),
 * field by field beside the project's values now: after a merge of overlapping packages, the
 * article shows both versions, not only the one the project kept.
 */
export function VersionsPanel({ field }: { field: (key: string) => FieldInfo }) {
  const { t } = useTranslation();
  const data = useAdjudicationStore((s) => s.versions);
  if (!data) return null;
  if (data.versions.length === 0)
    return <Text size="sm">{t('packages.adjudication.noVersions')}</Text>;
  return (
    <Stack gap="xs" data-testid="article-versions">
      <Title order={5}>{t('packages.adjudication.versionsTitle', { id: data.articleId })}</Title>
      <Table withTableBorder withColumnBorders>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            {data.versions.map((v) => (
              <Table.Th key={v.packageId} data-curator={v.curator}>
                {v.curator}
              </Table.Th>
            ))}
            <Table.Th>{t('packages.adjudication.project')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fieldsOf(data).map((key) => (
            <Table.Tr key={key} data-field={key}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{field(key).label}</Table.Td>
              {data.versions.map((v) => (
                <Table.Td key={v.packageId}>
                  <Cell values={v.values.filter((x) => x.field === key)} type={field(key).type} />
                </Table.Td>
              ))}
              <Table.Td>
                <Cell
                  values={data.project.filter((x) => x.fieldKey === key)}
                  type={field(key).type}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
