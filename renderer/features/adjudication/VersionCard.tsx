import { Badge, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DisagreementDto } from '../../../shared/contract/packages';
import { formatValue } from '../fields/format-value';
import classes from './Adjudication.module.css';

type Version = NonNullable<DisagreementDto['versions'][number]>;
type Spans = Version['spans'];

function SpanList({ spans }: { spans: Spans }) {
  const { t } = useTranslation();
  return (
    <Text size="xs" c="dimmed">
      {t('packages.adjudication.spans')}:{' '}
      {spans.length === 0
        ? t('packages.adjudication.noSpans')
        : spans.map((s) => `${s.start}–${s.end} «${s.text}»`).join(', ')}
    </Text>
  );
}

function StateBadge({ state }: { state: string }) {
  const { t } = useTranslation();
  return (
    <Badge size="xs" variant="light" data-state={state}>
      {t(`fields.states.${state}`, { defaultValue: state })}
    </Badge>
  );
}

/** One curator's version of the value: value, state, spans, who and when. */
export function VersionCard({
  which,
  curator,
  version,
  type,
}: {
  which: 'a' | 'b';
  curator: string;
  version: Version | null;
  type: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="xs" data-card={which} aria-label={curator}>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          <mark className={which === 'a' ? classes.markA : classes.markB}>
            {which === 'a' ? '1' : '2'}
          </mark>{' '}
          {curator}
        </Text>
        {version ? (
          <>
            {/* Values come from article text: shown as text only. */}
            <Text size="sm" data-testid="version-value">
              {formatValue(type, version.value, i18n.language)} <StateBadge state={version.state} />
            </Text>
            <Text size="xs" c="dimmed">
              {version.actor ? t('packages.adjudication.by', { actor: version.actor }) : ''}{' '}
              {version.at ? new Date(version.at).toLocaleString(i18n.language) : ''}
            </Text>
            <SpanList spans={version.spans} />
          </>
        ) : (
          <Text size="sm" c="dimmed" data-testid="version-value">
            {t('packages.adjudication.notKept')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** The project's values the disagreement is about, as they are now. */
export function ProjectCard({ item, type }: { item: DisagreementDto; type: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="xs" data-card="project">
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('packages.adjudication.project')}
        </Text>
        {item.current.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('packages.adjudication.projectNone')}
          </Text>
        )}
        {item.current.map((v) => (
          <Stack gap={2} key={v.id} data-value-id={v.id}>
            <Text size="sm">
              {formatValue(type, v.value, i18n.language)} <StateBadge state={v.state} />
            </Text>
            <SpanList spans={v.spans} />
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
