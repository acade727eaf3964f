import { ErrorCode } from '@portico/domain';
import { NetworkStatus, type ErrorLike } from '@apollo/client';
import { Alert, Button, Center, Group, Loader, LoadingOverlay, Paper, Stack, Text, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, hasErrorCode } from '../app/graphqlErrors';

/** A list's or page's place while its data loads. */
export function Loading({ text, py = 'xl' }: { text: string; py?: MantineSpacing }) {
  return (
    <Center py={py}>
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed">{text}</Text>
      </Group>
    </Center>
  );
}

interface LoadFailedProps {
  title: string;
  error: ErrorLike;
  onRetry: () => void;
  /** A record's own page: an id that names nothing says so, without "Try again". */
  notFound?: { title: string; text: string };
}

/** Why data could not be loaded, with "Try again". */
export function LoadFailed({ title, error, onRetry, notFound }: LoadFailedProps) {
  const { t } = useTranslation();
  // An id of the wrong shape names no record either.
  const missing = notFound && (hasErrorCode(error, ErrorCode.NOT_FOUND) || hasErrorCode(error, ErrorCode.BAD_USER_INPUT));
  return (
    <Alert color="red" title={missing ? notFound.title : title}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{missing ? notFound.text : errorMessage(error, t)}</Text>
        {!missing && (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('errors.tryAgain')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** A new filter's or a refetch's answer is on its way (not "Load more", which keeps the rows as they are). */
export function isRefreshing(networkStatus: NetworkStatus): boolean {
  return networkStatus === NetworkStatus.setVariables || networkStatus === NetworkStatus.refetch;
}

interface QueryStatesProps {
  /** Whether rows (the current answer's, or the previous filter's while a new one loads) are there to show. */
  loaded: boolean;
  error: ErrorLike | undefined;
  empty: boolean;
  texts: { loading: string; loadFailed: string; empty: string; noMatch?: string };
  onRetry: () => void;
  /** A filter is set: an empty list says nothing matches, and offers to clear the filters if it can. */
  filtered?: boolean;
  onClearFilters?: () => void;
  /** A new answer is on its way; the rows shown stay under an overlay. */
  refreshing?: boolean;
  /** Below the rows, e.g. "Load more". */
  footer?: ReactNode;
  /** The list itself, when it has rows. */
  children: ReactNode;
}

/** What a list shows while loading, when it failed, when it is empty, and otherwise its rows. */
export function QueryStates({
  loaded,
  error,
  empty,
  texts,
  onRetry,
  filtered = false,
  onClearFilters,
  refreshing = false,
  footer,
  children,
}: QueryStatesProps) {
  const { t } = useTranslation();
  if (error && !loaded) return <LoadFailed title={texts.loadFailed} error={error} onRetry={onRetry} />;
  if (!loaded) return <Loading text={texts.loading} />;
  if (empty) {
    return (
      <Paper withBorder p="xl" pos="relative">
        <LoadingOverlay visible={refreshing} />
        <Stack align="center" gap="xs">
          <Text c="dimmed" ta="center">
            {filtered ? (texts.noMatch ?? texts.empty) : texts.empty}
          </Text>
          {filtered && onClearFilters && (
            <Button variant="light" onClick={onClearFilters}>
              {t('list.clearFilters')}
            </Button>
          )}
        </Stack>
      </Paper>
    );
  }
  const rows = (
    <Paper withBorder pos="relative" aria-busy={refreshing}>
      <LoadingOverlay visible={refreshing} />
      {children}
    </Paper>
  );
  if (!footer) return rows;
  return (
    <Stack gap="sm">
      {rows}
      {footer}
    </Stack>
  );
}
