import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { PorticoConfig } from '../config';
import type { StaffRight } from '../staff/staff-rights';
import type { StaffUser } from '../staff/staff-user.entity';
import type { Loaders } from './loaders';

/** The signed-in staff member behind a request. */
export interface StaffViewerContext {
  user: StaffUser;
  sessionTokenHash: string;
  rights: ReadonlySet<StaffRight>;
}

/** Everything a resolver may use for one request. */
export interface RequestContext {
  config: PorticoConfig;
  dataSource: DataSource;
  req: Request;
  res: Response;
  staff: StaffViewerContext | null;
  loaders: Loaders;
}

export function hasRight(context: Pick<RequestContext, 'staff'>, right: StaffRight): boolean {
  return context.staff?.rights.has(right) ?? false;
}
