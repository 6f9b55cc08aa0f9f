import { Group, Kbd, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldChoice } from './field-matches';
import classes from './Reader.module.css';

/** The fields matching what was typed, the first nine numbered for their digit key. */
export function FieldChoiceList(props: {
  shown: FieldChoice[];
  active: number;
  onHover: (index: number) => void;
  onPick: (field: FieldChoice) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className={classes.choices} role="listbox" aria-label={t('curation.edit.popover.search')}>
      {props.shown.length === 0 && (
        <Text size="xs" c="dimmed" p={4}>
          {t('curation.edit.popover.noMatch')}
        </Text>
      )}
      {props.shown.map((field, i) => (
        <UnstyledButton
          key={field.key}
          role="option"
          aria-selected={i === props.active}
          data-field-choice={field.key}
          className={classes.choice}
          onMouseEnter={() => props.onHover(i)}
          onClick={() => props.onPick(field)}
        >
          <Group gap={6} wrap="nowrap">
            {i < 9 ? <Kbd size="xs">{i + 1}</Kbd> : <span className={classes.kbdSpace} />}
            <Text size="sm">{field.label}</Text>
            <Text size="xs" c="dimmed">
              {field.key}
            </Text>
          </Group>
        </UnstyledButton>
      ))}
    </div>
  );
}
