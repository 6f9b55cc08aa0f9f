import { Badge, Paper, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeConflictDto } from '../../../shared/contract/packages';
import { formatValue } from '../fields/format-value';
import { usePackagesStore, type Side } from './packages-store';

/** Keys typed into a text box are the box's, not the conflict view's. */
function typing(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return target?.tagName === 'INPUT' && (target as HTMLInputElement).type === 'text';
}

/**
 * The conflicts of a merge, both sides side by side, decided with the mouse or the keyboard:
 * j/k move between conflicts, 1 keeps the package's side, 2 the project's, Enter applies once
 * every conflict has a choice.
 */
export function ConflictView({ onApply }: { onApply(): void }) {
  const { t } = useTranslation();
  const conflicts = usePackagesStore((s) => s.conflicts);
  const choices = usePackagesStore((s) => s.choices);
  const move = usePackagesStore((s) => s.move);
  const chooseCurrent = usePackagesStore((s) => s.chooseCurrent);
  const decided = conflicts.every((c) => choices[c.id]);
  const key = (run: () => void) => (event: KeyboardEvent) => {
    if (!typing(event)) run();
  };
  useHotkeys(
    [
      ['j', key(() => move(1))],
      ['k', key(() => move(-1))],
      ['1', key(() => chooseCurrent('package'))],
      ['2', key(() => chooseCurrent('main'))],
      ['Enter', key(() => decided && onApply())],
    ],
    ['TEXTAREA', 'SELECT'],
  );
  return (
    <Stack gap="xs" aria-label={t('packages.conflicts', { count: conflicts.length })}>
      <Text size="xs" c="dimmed">
        {t('packages.keys')}
      </Text>
      {conflicts.map((conflict, index) => (
        <ConflictRow key={conflict.id} conflict={conflict} index={index} />
      ))}
    </Stack>
  );
}

function useFieldLabel(): (key: string | null) => { label: string; type: string } {
  const { i18n } = useTranslation();
  const fields = usePackagesStore((s) => s.fields);
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (key) => {
    const field = fields.find((f) => f.key === key);
    return { label: field?.labels[language] ?? key ?? '', type: field?.type ?? 'text' };
  };
}

/** One conflict: both sides with their authors, times and spans, and a choice. */
function ConflictRow({ conflict, index }: { conflict: MergeConflictDto; index: number }) {
  const { t } = useTranslation();
  const choice = usePackagesStore((s) => s.choices[conflict.id]);
  const current = usePackagesStore((s) => s.current === index);
  const choose = usePackagesStore((s) => s.choose);
  const field = useFieldLabel()(conflict.field);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (current) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);
  const title =
    conflict.kind === 'value'
      ? t('packages.kind_value', { field: field.label })
      : t(`packages.kind_${conflict.kind}`);
  return (
    <Paper
      ref={ref}
      withBorder
      p="xs"
      data-conflict={conflict.id}
      aria-current={current ? 'true' : undefined}
      style={current ? { borderColor: 'var(--mantine-color-blue-6)', borderWidth: 2 } : undefined}
    >
      <Text size="sm" fw={600}>
        {title} · {t('packages.page', { id: conflict.documentId })}
      </Text>
      <Radio.Group
        value={choice ?? null}
        onChange={(value) => choose(conflict.id, value as Side)}
        aria-label={title}
      >
        <SimpleGrid cols={2} mt="xs">
          <SideCard side="package" conflict={conflict} type={field.type} />
          <SideCard side="main" conflict={conflict} type={field.type} />
        </SimpleGrid>
      </Radio.Group>
    </Paper>
  );
}

function SideCard({
  side,
  conflict,
  type,
}: {
  side: Side;
  conflict: MergeConflictDto;
  type: string;
}) {
  const { t, i18n } = useTranslation();
  const held = conflict[side];
  const label = side === 'package' ? t('packages.packageSide') : t('packages.mainSide');
  const text =
    held.value !== undefined ? formatValue(type, held.value, i18n.language) : held.summary;
  return (
    <Stack gap={2} data-side={side}>
      <Radio
        value={side}
        label={`${side === 'package' ? '1' : '2'} · ${t('packages.choose')}: ${label}`}
      />
      {/* Article text is untrusted: shown as text only. */}
      <Text size="sm">
        {text ?? t('packages.removed')}{' '}
        {held.state && (
          <Badge size="xs" variant="light">
            {held.state}
          </Badge>
        )}
      </Text>
      <Text size="xs" c="dimmed">
        {held.actor ? t('packages.by', { actor: held.actor }) : ''}{' '}
        {held.at ? t('packages.at', { at: new Date(held.at).toLocaleString(i18n.language) }) : ''}
      </Text>
      {held.spans.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('packages.spans')}:{' '}
          {held.spans.map((s) => `${s.start}–${s.end} «${s.text}»`).join(', ')}
        </Text>
      )}
    </Stack>
  );
}
