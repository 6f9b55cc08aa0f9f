import { Badge, Group, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeColors } from './change-colors';

/** How many values of each kind of change, and the switch that hides the unchanged ones. */
export function DiffSummary(props: {
  counts: Record<string, number>;
  onlyChanges: boolean;
  onOnlyChangesChange: (onlyChanges: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      {(['rejected', 'edited', 'added', 'accepted', 'unchanged'] as const).map((kind) => (
        <Badge key={kind} color={changeColors[kind]} variant="light" data-count={kind}>
          {t(`review.diff.kinds.${kind}`)} {props.counts[kind] ?? 0}
        </Badge>
      ))}
      <Switch
        ml="auto"
        size="xs"
        label={t('review.diff.onlyChanges')}
        checked={props.onlyChanges}
        onChange={(event) => props.onOnlyChangesChange(event.currentTarget.checked)}
      />
    </Group>
  );
}
