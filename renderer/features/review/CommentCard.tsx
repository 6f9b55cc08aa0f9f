import { Badge, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CommentPayload } from '../../../shared/contract/review';
import { useFieldWords } from './field-labels';
import classes from './review.module.css';

/** One comment: author, the workflow step it came with, the field it is about, when, and text. */
export function CommentCard({
  comment: c,
  field,
}: {
  comment: CommentPayload;
  field: string | null;
}) {
  const { t } = useTranslation();
  const words = useFieldWords();
  return (
    <Paper withBorder p="xs" radius="sm" className={classes.comment} data-kind={c.kind}>
      <Group gap={6} mb={2}>
        <Text size="sm" fw={600}>
          {c.author}
        </Text>
        {c.kind !== 'comment' && (
          <Badge
            size="xs"
            variant="light"
            color={
              c.kind === 'changes_requested' ? 'red' : c.kind === 'approved' ? 'green' : 'orange'
            }
          >
            {t(`review.comments.kinds.${c.kind}`)}
          </Badge>
        )}
        {field && (
          <Badge size="xs" variant="outline" color="gray">
            {words.label(field)}
          </Badge>
        )}
        <Text size="xs" c="dimmed">
          {words.when(c.at)}
        </Text>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {c.body}
      </Text>
    </Paper>
  );
}
