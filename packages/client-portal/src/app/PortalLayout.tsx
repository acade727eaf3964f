import { Box, Burger, Container, Divider, Drawer, Group, ScrollArea, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { PortalNavigation } from '../navigation/PortalNavigation';
import { ImpersonationBanner } from '../session/ImpersonationBanner';
import { useClientViewer } from '../session/sessionContext';
import { UserMenu } from '../session/UserMenu';
import { PortalBrand } from './PortalBrand';
import classes from './PortalLayout.module.css';

const MAIN_ID = 'main-content';

/**
 * Every page: the agency's brand and the language switcher in the header; signed in, also the user
 * menu, the navigation (a drawer on phones) and, in a staff member's session, the impersonation banner.
 */
export function PortalLayout() {
  const viewer = useClientViewer();
  const [navigationOpened, navigation] = useDisclosure(false);
  const { t } = useTranslation();

  if (!viewer) {
    return (
      <Frame header={<Header />}>
        <Container size="lg" py={{ base: 'md', sm: 'xl' }} px={{ base: 'sm', sm: 'md' }} component="main" id={MAIN_ID} tabIndex={-1}>
          <Outlet />
        </Container>
      </Frame>
    );
  }

  return (
    <Frame
      banner={viewer.impersonation && <ImpersonationBanner impersonation={viewer.impersonation} clientName={viewer.name} />}
      header={
        <Header
          languageSwitcherVisibleFrom="sm"
          start={
            <Burger
              opened={navigationOpened}
              onClick={navigation.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('navigation.open')}
              aria-expanded={navigationOpened}
            />
          }
          end={<UserMenu viewer={viewer} />}
        />
      }
    >
      <Drawer
        opened={navigationOpened}
        onClose={navigation.close}
        size={280}
        title={t('navigation.label')}
        hiddenFrom="sm"
        closeButtonProps={{ 'aria-label': t('navigation.close') }}
      >
        <Stack gap="md">
          <PortalNavigation onNavigate={navigation.close} />
          <Divider />
          {/* On phones the header keeps its room for the portal's name: the language moves here. */}
          <LanguageSwitcher fullWidth />
        </Stack>
      </Drawer>
      <div className={classes.body}>
        <Box component="aside" className={classes.sidebar} visibleFrom="sm">
          <ScrollArea className={classes.sidebarScroll} type="auto">
            <PortalNavigation />
          </ScrollArea>
        </Box>
        <Box component="main" id={MAIN_ID} tabIndex={-1} className={classes.main}>
          <Outlet />
        </Box>
      </div>
    </Frame>
  );
}

function Frame({ banner, header, children }: { banner?: ReactNode; header: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={classes.frame}>
      <a href={`#${MAIN_ID}`} className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      {banner}
      {header}
      {children}
    </div>
  );
}

interface HeaderProps {
  start?: ReactNode;
  end?: ReactNode;
  /** Signed in, phones find the language switcher in the navigation drawer instead. */
  languageSwitcherVisibleFrom?: 'sm';
}

function Header({ start, end, languageSwitcherVisibleFrom }: HeaderProps) {
  return (
    <Box component="header" className={classes.header}>
      <Group justify="space-between" wrap="nowrap" gap="sm" h="100%" px={{ base: 'sm', sm: 'md' }}>
        <Group gap="sm" wrap="nowrap" miw={0}>
          {start}
          <PortalBrand />
        </Group>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          <Box visibleFrom={languageSwitcherVisibleFrom}>
            <LanguageSwitcher />
          </Box>
          {end}
        </Group>
      </Group>
    </Box>
  );
}
