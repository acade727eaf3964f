import { NavLink, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useMatch, useResolvedPath } from 'react-router';
import { usePreloadWhenIdle } from '../app/lazyPage';
import { pagesBehind } from '../app/pages';
import { useNavigationItems, type NavigationItem } from './useNavigationItems';

interface PortalNavigationProps {
  /** Called after a link is followed, e.g. to close the navigation drawer on phones. */
  onNavigate?: () => void;
}

/** The dashboard, then each area the client may browse, then Profile. */
export function PortalNavigation({ onNavigate }: PortalNavigationProps) {
  const { t } = useTranslation();
  const { dashboard, places } = useNavigationItems();
  const items = [dashboard, ...places];
  const destinations = items.map((item) => item.to).join(' ');
  // Every area the client may open is fetched when the browser is idle: a click then renders at once.
  usePreloadWhenIdle(useMemo(() => destinations.split(' ').flatMap(pagesBehind), [destinations]));
  return (
    <Stack component="nav" aria-label={t('navigation.label')} gap={4}>
      {items.map((item) => (
        <NavigationLink key={item.key} item={item} onNavigate={onNavigate} />
      ))}
    </Stack>
  );
}

function NavigationLink({ item: { to, label, icon: Icon }, onNavigate }: { item: NavigationItem; onNavigate?: () => void }) {
  const resolved = useResolvedPath(to);
  // The dashboard is current only on its own address; an area stays current on its sub-pages.
  const active = useMatch({ path: resolved.pathname, end: to === '/' }) !== null;
  // Pointing at or tabbing to a link fetches its pages before the click.
  const preload = () => pagesBehind(to).forEach((page) => void page.preload().catch(() => undefined));
  return (
    <NavLink
      component={Link}
      to={to}
      onClick={onNavigate}
      onMouseEnter={preload}
      onFocus={preload}
      label={label}
      active={active}
      aria-current={active ? 'page' : undefined}
      leftSection={<Icon size={20} stroke={1.6} aria-hidden />}
      variant="light"
    />
  );
}
