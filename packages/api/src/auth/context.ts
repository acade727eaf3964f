import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { ClientAreaRights, ClientGroup } from '../client-groups/client-group.entity';
import type { Client } from '../clients/client.entity';
import type { ClientPortalSettings } from '../client-portal-settings/client-portal-settings.entity';
import type { PorticoConfig } from '../config';
import type { PorticoDataSource } from '../database/data-source';
import type { Mailer } from '../mail/mailer';
import type { SignInAsPartnerSession } from '../sign-in-as-partner/sign-in-as-partner-session.entity';
import type { StaffRight } from '../staff/staff-rights';
import type { StaffUser } from '../staff/staff-user.entity';
import type { UserGroup } from '../staff/user-group.entity';
import type { Loaders } from './loaders';

/** The signed-in staff member behind a request. */
export interface StaffViewerContext {
  user: StaffUser;
  group: UserGroup;
  sessionTokenHash: string;
  rights: ReadonlySet<StaffRight>;
  /** Whether this session's sign-in passed a second factor. */
  secondFactor: boolean;
}

/** The client whose Client Portal session the request carries (possibly a staff member signed in as it). */
export interface ClientViewerContext {
  client: Client;
  group: ClientGroup;
  /** The group's rights limited to the areas the portal offers. */
  rights: ClientAreaRights[];
  sessionTokenHash: string;
  /** Set when a staff member is signed in as this client. */
  impersonation: SignInAsPartnerSession | null;
  settings: ClientPortalSettings;
}

/** Everything a resolver may use for one request. */
export interface RequestContext {
  config: PorticoConfig;
  dataSource: DataSource;
  database: PorticoDataSource;
  mailer: Mailer;
  req: Request;
  res: Response;
  staff: StaffViewerContext | null;
  client: ClientViewerContext | null;
  loaders: Loaders;
}

export function hasRight(context: Pick<RequestContext, 'staff'>, right: StaffRight): boolean {
  return context.staff?.rights.has(right) ?? false;
}
