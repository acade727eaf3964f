import { Box, Group } from '@mantine/core';
import { Suspense, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { PageLoading } from './lazyPage';
import { PortalBrand } from './PortalBrand';
import { announceNavigation } from './usePageTitle';
import classes from './PortalLayout.module.css';

/** The id of each page's `<main>`, the target of the "skip to content" link. */
export const MAIN_ID = 'main-content';

/** The current page; while its code arrives, the header and navigation stay and a loader takes the page's place. */
export function PageOutlet() {
  const { pathname } = useLocation();
  const shown = useRef(pathname);
  // A layout effect runs before the new page's own effects, so its heading finds the announcement.
  useLayoutEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    announceNavigation();
  }, [pathname]);
  return (
    <Suspense fallback={<PageLoading />}>
      <Outlet />
    </Suspense>
  );
}

/** The page around the header: the skip link first, then a staff session's banner, the header and the content. */
export function Frame({ banner, header, children }: { banner?: ReactNode; header: ReactNode; children: ReactNode }) {
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

/** The agency's brand, then the language switcher and (signed in) the user menu. */
export function Header({ start, end, languageSwitcherVisibleFrom }: HeaderProps) {
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
