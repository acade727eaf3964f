import { AppShell, Burger, Group, NavLink, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBriefcase,
  IconFileDollar,
  IconInbox,
  IconMail,
  IconMessageStar,
  IconMessages,
  IconSettings,
  IconUsers,
} from '@tabler/icons-react';
import { Suspense, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useMatch } from 'react-router';
import { UserMenu } from '../auth/UserMenu';
import { UnsavedChangesProvider } from '../kit/UnsavedChangesGuard';
import { useSignedInViewer } from '../auth/viewerContext';
import { PageLoading, usePreloadWhenIdle } from './lazyPage';
import { pagesBehind } from './pages';
import { clientsPage, feedbackPage, messagesPage, outboxPage, projectsPage, quotesPage, requestsPage, visiblePages } from './navigation';

const topLevelIcons: Record<string, ReactNode> = {
  [clientsPage.to]: <IconUsers size={18} stroke={1.6} />,
  [requestsPage.to]: <IconInbox size={18} stroke={1.6} />,
  [quotesPage.to]: <IconFileDollar size={18} stroke={1.6} />,
  [projectsPage.to]: <IconBriefcase size={18} stroke={1.6} />,
  [feedbackPage.to]: <IconMessageStar size={18} stroke={1.6} />,
  [messagesPage.to]: <IconMessages size={18} stroke={1.6} />,
  [outboxPage.to]: <IconMail size={18} stroke={1.6} />,
};

/** The signed-in shell: header with product name and account menu, navbar (a burger below `sm`), page. */
export function AppLayout() {
  const { t } = useTranslation();
  const [navbarOpened, navbar] = useDisclosure(false);
  const viewer = useSignedInViewer();
  const { pathname } = useLocation();
  const pages = visiblePages(viewer.rights);
  const destinations = [...pages.topLevel, ...pages.sections.flatMap((section) => section.pages)].map((page) => page.to).join(' ');
  // Every screen the viewer may open is fetched when the browser is idle: a click then renders at once.
  usePreloadWhenIdle(useMemo(() => destinations.split(' ').flatMap(pagesBehind), [destinations]));

  return (
    <UnsavedChangesProvider>
      <AppShell header={{ height: 56 }} navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }} padding="md">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap" miw={0}>
              <Burger
                opened={navbarOpened}
                onClick={navbar.toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('app.toggleNavigation')}
                aria-expanded={navbarOpened}
              />
              <Title order={1} size="h4" lineClamp={1}>
                {t('app.productName')}
              </Title>
            </Group>
            <UserMenu />
          </Group>
        </AppShell.Header>

        <AppShell.Navbar p="xs" component="nav" aria-label={t('app.mainNavigation')}>
          {pages.topLevel.map((page) => (
            <NavbarLink key={page.to} to={page.to} label={t(page.label)} icon={topLevelIcons[page.to]} onNavigate={navbar.close} />
          ))}
          {pages.sections.length > 0 && (
            <NavbarGroup
              label={t('nav.configuration')}
              icon={<IconSettings size={18} stroke={1.6} />}
              defaultOpened={pathname.startsWith('/configuration')}
            >
              {pages.sections.map((section) => (
                <NavbarGroup key={section.label} label={t(section.label)} defaultOpened>
                  {section.pages.map((page) => (
                    <NavbarLink key={page.to} to={page.to} label={t(page.label)} onNavigate={navbar.close} />
                  ))}
                </NavbarGroup>
              ))}
            </NavbarGroup>
          )}
        </AppShell.Navbar>

        <AppShell.Main>
          {/* While a screen's code arrives, the header and navbar stay and a loader takes the screen's place. */}
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </AppShell.Main>
      </AppShell>
    </UnsavedChangesProvider>
  );
}

interface NavbarGroupProps {
  label: string;
  icon?: ReactNode;
  defaultOpened: boolean;
  children: ReactNode;
}

/** A menu of the navbar that opens and closes (a real button, so it works from the keyboard). */
function NavbarGroup({ label, icon, defaultOpened, children }: NavbarGroupProps) {
  const [opened, setOpened] = useState(defaultOpened);
  return (
    <NavLink
      component="button"
      type="button"
      label={label}
      leftSection={icon}
      opened={opened}
      onChange={setOpened}
      aria-expanded={opened}
      childrenOffset={12}
    >
      {children}
    </NavLink>
  );
}

interface NavbarLinkProps {
  to: string;
  label: string;
  icon?: ReactNode;
  onNavigate: () => void;
}

function NavbarLink({ to, label, icon, onNavigate }: NavbarLinkProps) {
  const active = useMatch({ path: to, end: false }) !== null;
  // Pointing at or tabbing to a link fetches its screens before the click.
  const preload = () => pagesBehind(to).forEach((page) => void page.preload().catch(() => undefined));
  return (
    <NavLink
      component={Link}
      to={to}
      label={label}
      leftSection={icon}
      active={active}
      aria-current={active ? 'page' : undefined}
      onClick={onNavigate}
      onMouseEnter={preload}
      onFocus={preload}
    />
  );
}
