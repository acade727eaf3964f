import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown instead of a page that failed while rendering, inside the app shell; the navbar still works. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start" gap="sm" p="md">
      <Alert color="red" title={t('app.crashTitle')} maw={640}>
        {t('app.crashText')}
      </Alert>
      <Button variant="light" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </Button>
    </Stack>
  );
}
