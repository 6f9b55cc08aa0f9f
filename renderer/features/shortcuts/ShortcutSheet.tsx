import { Group, Kbd, Modal, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { shortcutList } from './shortcut-list';
import { useShortcutSheetStore } from './shortcut-sheet-store';

/** The sheet `?` opens: every shortcut with its keys, so nobody has to remember them. */
export function ShortcutSheet() {
  const { t } = useTranslation();
  const opened = useShortcutSheetStore((s) => s.opened);
  const close = useShortcutSheetStore((s) => s.close);
  return (
    <Modal opened={opened} onClose={close} title={t('shortcuts.title')} size="md">
      <Table verticalSpacing={6}>
        <Table.Tbody>
          {shortcutList.map(({ keys, label }) => (
            <Table.Tr key={keys.join('+')} data-shortcut={label}>
              <Table.Td w={160}>
                <Group gap={4} wrap="nowrap">
                  {keys.map((key, i) => (
                    <Fragment key={key}>
                      {i > 0 && (
                        <Text span size="xs" c="dimmed">
                          +
                        </Text>
                      )}
                      <Kbd size="sm">{key}</Kbd>
                    </Fragment>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(label)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt="sm">
        {t('shortcuts.hint')}
      </Text>
    </Modal>
  );
}
