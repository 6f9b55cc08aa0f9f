import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  ScrollArea,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMappingInput } from '../../../shared/contract/table-mapping';
import { useImportStore } from './import-store';
import { importableRowCount } from './left-out-rows';
import { LeftOutRowsAlert } from './LeftOutRowsAlert';
import { groupTablesByColumns, type TableGroup } from './table-groups';

interface Props {
  paths: string[];
  inspections: Parameters<typeof groupTablesByColumns>[0];
  /** The dialog's "decode as…" choice, carried to the import. */
  encoding?: string | undefined;
}

/**
 * The mapping step of the import dialog: which column of the tables holds the text, which the
 * title, and which are kept as metadata. One mapping per import: it is chosen for the first
 * column set found; tables with other columns keep their remembered or guessed mapping, and the
 * step says so rather than pretending to map them.
 */
export function TableMappingStep({ paths, inspections, encoding }: Props) {
  const { t } = useTranslation();
  const importPaths = useImportStore((s) => s.importPaths);
  const back = useImportStore((s) => s.leaveTableStep);
  const groups = groupTablesByColumns(inspections);
  const [first, ...others] = groups;
  const unreadable = inspections.filter((i) => i.kind === 'error');
  const [mapping, setMapping] = useState<ColumnMappingInput | null>(() =>
    first ? { ...first.tables[0]!.mapping, columns: first.columns } : null,
  );

  return (
    <Stack data-testid="import-table-mapping">
      <Text size="sm" c="dimmed">
        {t('import.mapping.intro')}
      </Text>
      {first && mapping && <MappingEditor group={first} mapping={mapping} onChange={setMapping} />}
      <LeftOutRowsAlert
        tables={groups.flatMap((group, index) =>
          group.tables.map((table) => ({
            table,
            // The first group's text column is the one being chosen; the others keep theirs.
            textColumn: index === 0 && mapping ? mapping.textColumn : table.mapping.textColumn,
          })),
        )}
      />
      {others.length > 0 && (
        <Alert color="yellow" title={t('import.mapping.otherTables')}>
          <List size="sm">
            {others.map((group) => (
              <List.Item key={group.tables[0]!.path}>
                {t('import.mapping.otherTable', {
                  names: group.tables.map((table) => table.name).join(', '),
                  text: group.tables[0]!.mapping.textColumn,
                })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {unreadable.length > 0 && (
        <Alert color="red" title={t('import.mapping.unreadable')}>
          <List size="sm">
            {unreadable.map((item) => (
              <List.Item key={item.path}>{item.kind === 'error' ? item.message : ''}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={back}>
          {t('import.mapping.back')}
        </Button>
        <Button onClick={() => void importPaths(paths, mapping ?? undefined, encoding)}>
          {t('import.start')}
        </Button>
      </Group>
    </Stack>
  );
}

function MappingEditor({
  group,
  mapping,
  onChange,
}: {
  group: TableGroup;
  mapping: ColumnMappingInput;
  onChange(next: ColumnMappingInput): void;
}) {
  const { t } = useTranslation();
  const { columns, tables } = group;
  const remembered = tables[0]!.remembered;
  // The rows that will be imported with this text column: the preview warns of the others.
  const rows = importableRowCount(tables, mapping.textColumn);
  // A column is the text, the title, or metadata: choosing it for one role takes it from another.
  const withRoles = (textColumn: string, titleColumn: string | undefined): void =>
    onChange({
      ...mapping,
      textColumn,
      titleColumn,
      metadataColumns: mapping.metadataColumns.filter((c) => c !== textColumn && c !== titleColumn),
    });
  const metadataChoices = columns.filter(
    (c) => c !== mapping.textColumn && c !== mapping.titleColumn,
  );

  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Title order={6}>
          {t('import.mapping.tables', {
            names: tables.map((table) => table.name).join(', '),
            rows,
          })}
        </Title>
        <Badge size="sm" variant="light" color={remembered ? 'teal' : 'gray'}>
          {remembered ? t('import.mapping.remembered') : t('import.mapping.guessed')}
        </Badge>
      </Group>
      <Group grow align="flex-start">
        <Select
          label={t('import.mapping.textColumn')}
          data={columns}
          value={mapping.textColumn}
          allowDeselect={false}
          onChange={(value) =>
            value &&
            withRoles(value, mapping.titleColumn === value ? undefined : mapping.titleColumn)
          }
        />
        <Select
          label={t('import.mapping.titleColumn')}
          placeholder={t('import.mapping.noTitle')}
          data={columns.filter((c) => c !== mapping.textColumn)}
          value={mapping.titleColumn ?? null}
          clearable
          onChange={(value) => withRoles(mapping.textColumn, value ?? undefined)}
        />
      </Group>
      <Checkbox.Group
        label={t('import.mapping.metadataColumns')}
        description={t('import.mapping.metadataHint')}
        value={mapping.metadataColumns}
        onChange={(value) =>
          // Kept in the file's column order, whatever order they were ticked in.
          onChange({ ...mapping, metadataColumns: columns.filter((c) => value.includes(c)) })
        }
      >
        <Group gap="md" mt={6}>
          {metadataChoices.map((column) => (
            <Checkbox key={column} value={column} label={column} />
          ))}
          {metadataChoices.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('import.mapping.noOtherColumns')}
            </Text>
          )}
        </Group>
      </Checkbox.Group>
      <SamplePreview group={group} mapping={mapping} />
    </Stack>
  );
}

/** The first rows, so the user recognises which column is which. */
function SamplePreview({ group, mapping }: { group: TableGroup; mapping: ColumnMappingInput }) {
  const { t } = useTranslation();
  const { columns } = group;
  const samples = group.tables[0]!.sampleRows;
  const role = (column: string): string | null =>
    column === mapping.textColumn
      ? t('import.mapping.roleText')
      : column === mapping.titleColumn
        ? t('import.mapping.roleTitle')
        : mapping.metadataColumns.includes(column)
          ? t('import.mapping.roleMetadata')
          : null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('import.mapping.preview')}
      </Text>
      <ScrollArea.Autosize mah={220}>
        <Table withTableBorder withColumnBorders striped fz="xs" data-testid="import-table-preview">
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th
                  key={column}
                  c={role(column) ? undefined : 'dimmed'}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {column}
                  {role(column) && (
                    <Badge size="xs" variant="light" ml={6}>
                      {role(column)}
                    </Badge>
                  )}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {samples.map((row, index) => {
              // The import skips a row whose text cell is blank: say so here rather than show it
              // as one of the rows that will become articles.
              const leftOut = (row[mapping.textColumn] ?? '').trim() === '';
              return (
                <Table.Tr key={index} data-left-out={leftOut || undefined}>
                  {columns.map((column) => (
                    <Table.Td
                      key={column}
                      c={role(column) && !leftOut ? undefined : 'dimmed'}
                      td={leftOut ? 'line-through' : undefined}
                    >
                      {leftOut && column === mapping.textColumn ? (
                        <Badge size="xs" color="orange" variant="light">
                          {t('import.mapping.rowLeftOut')}
                        </Badge>
                      ) : (
                        <Text size="xs" lineClamp={2}>
                          {row[column] ?? ''}
                        </Text>
                      )}
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );
}
