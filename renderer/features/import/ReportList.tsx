import { List, Title } from '@mantine/core';

/** One section of a finished import's report: a heading over a list of lines, or nothing. */
export function ReportList({
  testId,
  title,
  items,
}: {
  testId: string;
  title: string;
  items: readonly { key: string; text: string }[];
}) {
  if (items.length === 0) return null;
  return (
    <div data-testid={testId}>
      <Title order={6}>{title}</Title>
      <List size="sm" spacing={4} mb="sm">
        {items.map((item) => (
          <List.Item key={item.key}>{item.text}</List.Item>
        ))}
      </List>
    </div>
  );
}
