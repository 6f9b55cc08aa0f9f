import { ActionIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { movedOrder, reorderCommand } from '../editing/value-commands';
import type { FieldInfo } from './field-info';
import { performQuietly as perform } from './perform-quietly';

/** Moves a value of a many-valued field one place up or down among its siblings. */
export function MoveButtons({
  articleId,
  valueId,
  field,
  siblings,
}: {
  articleId: number;
  valueId: number;
  field: FieldInfo;
  siblings: readonly number[];
}) {
  const { t } = useTranslation();
  const move = (step: -1 | 1) => {
    const order = movedOrder(siblings, valueId, step);
    if (order) perform(reorderCommand(articleId, field.key, order));
  };
  const index = siblings.indexOf(valueId);
  return (
    <>
      <ActionIcon
        size="sm"
        variant="light"
        aria-label={t('curation.edit.moveUp')}
        title={t('curation.edit.moveUp')}
        disabled={index <= 0}
        onClick={() => move(-1)}
      >
        ↑
      </ActionIcon>
      <ActionIcon
        size="sm"
        variant="light"
        aria-label={t('curation.edit.moveDown')}
        title={t('curation.edit.moveDown')}
        disabled={index >= siblings.length - 1}
        onClick={() => move(1)}
      >
        ↓
      </ActionIcon>
    </>
  );
}
