import { Button, Group, List, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useArticlesStore } from '../articles/articles-store';
import { describeCorrection } from './correction-summary';
import { useSegmentationStore } from './segmentation-store';

/**
 * What a correction will do to curated work, before it is made: how many values move with their
 * text (by state), how many stay, how many are kept on both sides, and which comments move.
 */
export function SegmentationConfirm() {
  const { t } = useTranslation();
  const pending = useSegmentationStore((s) => s.pending);
  const confirm = useSegmentationStore((s) => s.confirm);
  const cancel = useSegmentationStore((s) => s.cancel);
  const articles = useArticlesStore((s) => s.items);
  const detail = useArticlesStore((s) => s.detail);
  if (!pending) return null;
  const { correction, effect } = pending;
  const what = describeCorrection(
    correction,
    articles,
    detail,
    (a) => `${a.documentName} · ${t('articles.part', { n: a.ordinal + 1 })}`,
  );
  const moving = effect.valuesMoving.reduce((n, m) => n + m.count, 0);
  const states = effect.valuesMoving
    .map((m) =>
      t('correction.stateCount', { count: m.count, state: t(`fields.states.${m.state}`) }),
    )
    .join(t('correction.separator'));
  return (
    <Modal opened onClose={cancel} title={t(`correction.title.${correction.kind}`)}>
      <div data-testid="segmentation-confirm">
        <Text
          size="sm"
          mb="xs"
          data-testid="segmentation-what"
          style={{ overflowWrap: 'anywhere' }}
        >
          {t(`correction.what.${what.key}`, what.params)}
        </Text>
        <List size="sm" spacing={4} mb="sm">
          <List.Item data-testid="segmentation-moving">
            {moving > 0
              ? t('correction.moving', { count: moving, states })
              : t('correction.nothingMoves')}
          </List.Item>
          {effect.valuesStaying > 0 && (
            <List.Item>{t('correction.staying', { count: effect.valuesStaying })}</List.Item>
          )}
          {effect.valuesDivided > 0 && (
            <List.Item>{t('correction.divided', { count: effect.valuesDivided })}</List.Item>
          )}
          {effect.commentsMoving > 0 && (
            <List.Item>{t('correction.comments', { count: effect.commentsMoving })}</List.Item>
          )}
        </List>
        <Text size="xs" c="dimmed">
          {t('correction.undoHint')}
        </Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={cancel}>
            {t('correction.cancel')}
          </Button>
          <Button
            onClick={() => void confirm()}
            data-testid="segmentation-confirm-button"
            autoFocus
          >
            {t(`correction.confirm.${correction.kind}`)}
          </Button>
        </Group>
      </div>
    </Modal>
  );
}
