import { Alert, Button, Stack } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';

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

class PageErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? <RouteErrorPage /> : this.props.children;
  }
}

/** The page of the current address, or RouteErrorPage if it fails while rendering; moving to another page tries again. */
export function RouteWithErrorPage() {
  const { pathname } = useLocation();
  return (
    <PageErrorBoundary key={pathname}>
      <Outlet />
    </PageErrorBoundary>
  );
}
