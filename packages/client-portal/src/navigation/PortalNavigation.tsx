import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useMatch, useResolvedPath } from 'react-router';
import { useNavigationItems, type NavigationItem } from './useNavigationItems';

interface PortalNavigationProps {
  /** Called after a link is followed, e.g. to close the navigation drawer on phones. */
  onNavigate?: () => void;
}

/** The dashboard, then each area the client may browse, then Profile. */
export function PortalNavigation({ onNavigate }: PortalNavigationProps) {
  const { t } = useTranslation();
  const { dashboard, places } = useNavigationItems();
  return (
    <Stack component="nav" aria-label={t('navigation.label')} gap={4}>
      {[dashboard, ...places].map((item) => (
        <NavigationLink key={item.key} item={item} onNavigate={onNavigate} />
      ))}
    </Stack>
  );
}

function NavigationLink({ item: { to, label, icon: Icon }, onNavigate }: { item: NavigationItem; onNavigate?: () => void }) {
  const resolved = useResolvedPath(to);
  // The dashboard is current only on its own address; an area stays current on its sub-pages.
  const active = useMatch({ path: resolved.pathname, end: to === '/' }) !== null;
  return (
    <NavLink
      component={Link}
      to={to}
      onClick={onNavigate}
      label={label}
      active={active}
      aria-current={active ? 'page' : undefined}
      leftSection={<Icon size={20} stroke={1.6} aria-hidden />}
      variant="light"
    />
  );
}
