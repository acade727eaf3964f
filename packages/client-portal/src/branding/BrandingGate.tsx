import { useQuery } from '@apollo/client/react';
import { Button, Center, Loader, MantineProvider, Text } from '@mantine/core';
import { IconPlugConnectedX, IconWorldOff } from '@tabler/icons-react';
import { lazy, Suspense, useLayoutEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../app/graphqlErrors';
import { accessibleCssVariables } from '../app/accessibleColors';
import { createPortalTheme } from '../app/theme';
import { ClientPortalBrandingDocument } from '../gql/graphql';
import { BrandingContext, type Branding } from './brandingContext';
import { FullPageMessage } from './FullPageMessage';

/** Notifications are shown only after something happened: their code (and its transitions) arrives after the first page. */
const Notifications = lazy(() => import('@mantine/notifications').then((module) => ({ default: module.Notifications })));

interface BrandingGateProps {
  children: ReactNode;
  /** `test` turns off Mantine's transitions and portals' delays in component tests. */
  mantineEnv?: 'default' | 'test';
}

/**
 * Loads the agency's branding before anything else: the theme takes its primary colour, the tab its
 * portal name. While Client Portal 2.0 is not available, the portal says so and shows nothing else.
 */
export function BrandingGate({ children, mantineEnv = 'default' }: BrandingGateProps) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ClientPortalBrandingDocument);
  const answer = data?.clientPortalBranding;
  const primaryColor = answer?.primaryColor;
  const portalTheme = useMemo(() => createPortalTheme(primaryColor), [primaryColor]);
  const branding = useMemo<Branding | null>(
    () =>
      answer
        ? {
            portalName: answer.portalName,
            logoUrl: answer.logoUrl,
            primaryColor: answer.primaryColor,
            welcomeText: answer.welcomeText,
            welcomeTranslations: answer.welcomeTranslations,
          }
        : null,
    [answer],
  );

  const title = answer?.portalName || t('app.title');
  // Before the pages' own effects, which add their name in front (usePageTitle).
  useLayoutEffect(() => {
    document.title = title;
  }, [title]);

  let content: ReactNode;
  if (answer && !answer.available) {
    content = (
      <FullPageMessage icon={<IconWorldOff size={48} stroke={1.5} aria-hidden />} title={t('branding.unavailableTitle')}>
        {t('branding.unavailableText')}
      </FullPageMessage>
    );
  } else if (branding) {
    content = <BrandingContext.Provider value={branding}>{children}</BrandingContext.Provider>;
  } else if (error) {
    content = (
      <FullPageMessage icon={<IconPlugConnectedX size={48} stroke={1.5} aria-hidden />} title={t('branding.loadFailedTitle')}>
        <Text c="dimmed">{errorMessage(error, t)}</Text>
        <Button onClick={() => void refetch().catch(() => undefined)}>{t('app.tryAgain')}</Button>
      </FullPageMessage>
    );
  } else {
    content = (
      <Center mih="100vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }

  return (
    <MantineProvider theme={portalTheme} cssVariablesResolver={accessibleCssVariables} defaultColorScheme="auto" env={mantineEnv}>
      <Suspense fallback={null}>
        <Notifications position="top-center" />
      </Suspense>
      {content}
    </MantineProvider>
  );
}
