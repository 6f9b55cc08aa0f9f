import { Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One titled dashboard panel, exposed to assistive technology as a figure named by its title. */
export function DashboardCard(props: {
  title: string;
  children: ReactNode;
  testId: string;
  note?: string;
}) {
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      data-testid={props.testId}
      aria-label={props.title}
      role="figure"
    >
      <Text fw={600} mb={props.note ? 2 : 'sm'}>
        {props.title}
      </Text>
      {props.note && (
        <Text size="xs" c="dimmed" mb="sm">
          {props.note}
        </Text>
      )}
      {props.children}
    </Paper>
  );
}
