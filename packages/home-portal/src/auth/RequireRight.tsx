import { Alert, Button, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useHasAnyRight, type StaffRight } from './useHasRight';

interface RequireRightProps {
  /** Any one of these rights opens the page. */
  rights: StaffRight[];
  children: ReactNode;
}

/**
 * A page for staff holding one of `rights`; others (who followed a link or a bookmark) are told
 * that their user group lacks the right instead of seeing the API refuse every request.
 */
export function RequireRight({ rights, children }: RequireRightProps) {
  const { t } = useTranslation();
  const allowed = useHasAnyRight(...rights);
  if (allowed) return <>{children}</>;
  return (
    <Stack align="flex-start" gap="sm">
      <Alert color="orange" title={t('app.forbiddenTitle')} maw={640}>
        {t('app.forbiddenText')}
      </Alert>
      <Button component={Link} to="/" variant="light">
        {t('app.backToStart')}
      </Button>
    </Stack>
  );
}
