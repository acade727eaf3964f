import { Box, Burger, Divider, Drawer, ScrollArea, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { PortalNavigation } from '../navigation/PortalNavigation';
import { NotificationBell } from '../notifications/NotificationBell';
import { ImpersonationBanner } from '../session/ImpersonationBanner';
import type { ClientViewer } from '../session/sessionContext';
import { UserMenu } from '../session/UserMenu';
import { Frame, Header, MAIN_ID, PageOutlet } from './PortalFrame';
import classes from './PortalLayout.module.css';

/**
 * A signed-in client's page: the user menu, the navigation (a drawer on phones) and, in a staff
 * member's session, the impersonation banner. Its own chunk: the sign-in page needs none of it.
 */
export function SignedInLayout({ viewer }: { viewer: ClientViewer }) {
  const [navigationOpened, navigation] = useDisclosure(false);
  const { t } = useTranslation();
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
          end={
            <>
              <NotificationBell />
              <UserMenu viewer={viewer} />
            </>
          }
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
          <PageOutlet />
        </Box>
      </div>
    </Frame>
  );
}
