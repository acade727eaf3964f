import { AppShell, Burger, Group, NavLink, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useMatch } from 'react-router';
import { UserMenu } from '../auth/UserMenu';

/** The signed-in shell: header with product name and account menu, navbar (a burger below `sm`), page. */
export function AppLayout() {
  const { t } = useTranslation();
  const [navbarOpened, navbar] = useDisclosure(false);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }}
      padding="md"
    >
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
        <NavbarLink to="/clients" label={t('nav.clients')} icon={<IconUsers size={18} stroke={1.6} />} onNavigate={navbar.close} />
      </AppShell.Navbar>

      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

interface NavbarLinkProps {
  to: string;
  label: string;
  icon: ReactNode;
  onNavigate: () => void;
}

function NavbarLink({ to, label, icon, onNavigate }: NavbarLinkProps) {
  const active = useMatch({ path: to, end: false }) !== null;
  return (
    <NavLink
      component={Link}
      to={to}
      label={label}
      leftSection={icon}
      active={active}
      aria-current={active ? 'page' : undefined}
      onClick={onNavigate}
    />
  );
}
