import { IconLayoutDashboard, IconUserCircle, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { clientMay } from '../session/clientRights';
import { useClientViewer } from '../session/sessionContext';
import { portalAreas } from './portalAreas';

export interface NavigationItem {
  key: string;
  to: string;
  label: string;
  /** What the dashboard says about the place. */
  description: string;
  icon: Icon;
}

/**
 * Where the signed-in client may go: the areas its rights let it browse, then Profile when it may
 * display it. The dashboard is always there. Empty when nobody is signed in.
 */
export function useNavigationItems(): { dashboard: NavigationItem; places: NavigationItem[] } {
  const { t } = useTranslation();
  const viewer = useClientViewer();
  const places: NavigationItem[] = portalAreas
    .filter(({ area }) => clientMay(viewer, area, 'BROWSE'))
    .map(({ area, path, icon }) => ({
      key: area,
      to: `/${path}`,
      label: t(`areas.${area}.title`),
      description: t(`areas.${area}.description`),
      icon,
    }));
  if (clientMay(viewer, 'PROFILE', 'DISPLAY')) {
    places.push({
      key: 'PROFILE',
      to: '/profile',
      label: t('areas.PROFILE.title'),
      description: t('areas.PROFILE.description'),
      icon: IconUserCircle,
    });
  }
  const dashboard: NavigationItem = {
    key: 'DASHBOARD',
    to: '/',
    label: t('dashboard.navLabel'),
    description: '',
    icon: IconLayoutDashboard,
  };
  return { dashboard, places };
}
