import type { ErrorLike } from '@apollo/client';
import { Anchor, Box, DataList, em, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Loading, LoadFailed } from '../kit/QueryStates';

export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Anchor component={Link} to={to} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {label}
      </Group>
    </Anchor>
  );
}

interface WorkDetailStatesProps {
  back: ReactNode;
  loaded: boolean;
  error: ErrorLike | undefined;
  texts: { loading: string; loadFailed: string; notFound: string; notFoundText: string };
  onRetry: () => void;
  children: ReactNode;
}

/** A project's, quote's or request's page while it loads, when it does not exist or failed, and otherwise. */
export function WorkDetailStates({ back, loaded, error, texts, onRetry, children }: WorkDetailStatesProps) {
  if (error && !loaded) {
    return (
      <Stack gap="md" align="flex-start">
        {back}
        <Box w="100%" maw={640}>
          <LoadFailed
            title={texts.loadFailed}
            error={error}
            onRetry={onRetry}
            notFound={{ title: texts.notFound, text: texts.notFoundText }}
          />
        </Box>
      </Stack>
    );
  }
  if (!loaded) {
    return <Loading text={texts.loading} />;
  }
  return <>{children}</>;
}

/** A titled part of a detail page. */
export function WorkSection({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="md">
        <Group justify="space-between" gap="sm">
          <Title order={3} size="h4">
            {title}
          </Title>
          {actions}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/** Label and value pairs of a record's summary; stacked on a phone. */
export function WorkFacts({ facts }: { facts: readonly { label: string; value: ReactNode }[] }) {
  const phone = useMediaQuery(`(max-width: ${em(575)})`) ?? false;
  return (
    <DataList orientation={phone ? 'vertical' : 'horizontal'} labelWidth={180} gap="xs">
      {facts.map((fact) => (
        <DataList.Item key={fact.label}>
          <DataList.ItemLabel>{fact.label}</DataList.ItemLabel>
          <DataList.ItemValue>{fact.value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}

interface WorkDetailHeaderProps {
  /** "number · name" */
  title: string;
  statusBadge: ReactNode;
  /** "Last saved …" */
  lastSaved: string;
  /** The page's main action, if the viewer may take it. */
  action?: ReactNode;
}

/** The top of a project's or quote's page: its title and status, when it was last saved, and its main action. */
export function WorkDetailHeader({ title, statusBadge, lastSaved, action }: WorkDetailHeaderProps) {
  return (
    <Group justify="space-between" align="flex-start" gap="sm">
      <Stack gap={4}>
        <Group gap="sm" wrap="wrap">
          <Title order={2}>{title}</Title>
          {statusBadge}
        </Group>
        <Text size="sm" c="dimmed">
          {lastSaved}
        </Text>
      </Stack>
      {action}
    </Group>
  );
}

/** A link to a related record (the request or quote a record came from) for whom may open it; otherwise `fallback` as text. */
export function RelatedRecordLink({ to, label, mayOpen, fallback }: { to: string; label: string; mayOpen: boolean; fallback: string }) {
  if (!mayOpen) return <>{fallback}</>;
  return (
    <Anchor component={Link} to={to} size="sm">
      {label}
    </Anchor>
  );
}
