import { Alert, Button, Center, EmptyState, Loader, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrors, errorMessage } from '../app/graphqlErrors';

/** While a screen's data is on its way. */
export function LoadingState() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}

/** The data could not be loaded: why, and a way to ask again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" icon={<IconAlertCircle aria-hidden />} title={t('list.loadFailed')} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{errorMessage(error, t)}</Text>
        <Button size="xs" variant="white" color="red" onClick={onRetry}>
          {t('app.tryAgain')}
        </Button>
      </Stack>
    </Alert>
  );
}

/** A list with nothing in it (yet, or for the chosen filter). */
export function EmptyList({ title, text, icon, children }: { title: string; text?: string; icon: ReactNode; children?: ReactNode }) {
  return (
    <EmptyState title={title} description={text} icon={icon} withIndicatorBackground py="xl">
      {children && <EmptyState.Actions>{children}</EmptyState.Actions>}
    </EmptyState>
  );
}

/** True when the API answered that the record does not exist for this client (or the address is no id at all). */
export function isNotFound(error: unknown): boolean {
  return apiErrors(error).some(
    (apiError) => apiError.code === 'NOT_FOUND' || (apiError.code === 'BAD_USER_INPUT' && apiError.field === 'id'),
  );
}
