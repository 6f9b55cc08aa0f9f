import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DiffRow } from './DiffRow';
import type { DiffChange } from './review-store';
import classes from './review.module.css';

/** Each value's suggestion next to what it is now, and who changed it when. */
export function DiffTable(props: { changes: DiffChange[]; loading: boolean; emptyText: string }) {
  const { changes } = props;
  const { t } = useTranslation();
  if (props.loading) return <Text c="dimmed">{t('review.loading')}</Text>;
  if (changes.length === 0) return <Text c="dimmed">{props.emptyText}</Text>;
  return (
    <Table
      verticalSpacing={6}
      aria-label={t('review.diff.label')}
      className={classes.diff}
      layout="fixed"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="18%">{t('review.diff.field')}</Table.Th>
          <Table.Th w="28%">{t('review.diff.suggested')}</Table.Th>
          <Table.Th w="28%">{t('review.diff.current')}</Table.Th>
          <Table.Th w="26%">{t('review.diff.change')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((c) => (
          <DiffRow key={c.valueId} change={c} />
        ))}
      </Table.Tbody>
    </Table>
  );
}
