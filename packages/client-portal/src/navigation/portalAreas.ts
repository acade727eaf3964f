import { IconFileText, IconFolder, IconInbox, IconMessageStar, IconReportMoney, type Icon } from '@tabler/icons-react';
import type { ClientPortalArea } from '../gql/graphql';

/** An area of the portal with a list of its own, opened by the Browse right. */
export interface PortalArea {
  area: Exclude<ClientPortalArea, 'PROFILE'>;
  /** Relative to the portal's base, `/portal/`. */
  path: string;
  icon: Icon;
}

/** The areas in the order the navigation lists them (XTRF's order). */
export const portalAreas: readonly PortalArea[] = [
  { area: 'PROJECTS', path: 'projects', icon: IconFolder },
  { area: 'QUOTES', path: 'quotes', icon: IconReportMoney },
  { area: 'REQUESTS', path: 'requests', icon: IconInbox },
  { area: 'FEEDBACK', path: 'feedback', icon: IconMessageStar },
  { area: 'FILES', path: 'files', icon: IconFileText },
];
