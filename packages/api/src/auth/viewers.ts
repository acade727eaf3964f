import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import type { ClientGroup } from '../client-groups/client-group.entity';
import { readClientViewer } from '../client-auth/client-session.service';
import { loggedViewer, noteRequestFacts } from '../ops/request-facts';
import type { ClientViewerContext, StaffViewerContext } from './context';
import { readStaffViewer } from './staff-session.service';

/**
 * The header each portal sends with its requests. A browser holds both cookies when a staff member
 * is signed in as a client, so the header says which of the two sessions a request acts in; it can
 * only leave a session out, never add one. Without it (the playground, scripts) both are read.
 */
export const PORTAL_HEADER = 'x-portico-portal';

/** The sessions a request carries: the staff member's, the client's, or (without the portal header) both. */
export async function readViewers(
  dataSource: DataSource,
  req: Request,
  clientGroups: () => Promise<ClientGroup[]>,
): Promise<{ staff: StaffViewerContext | null; client: ClientViewerContext | null }> {
  const portal = req.get(PORTAL_HEADER);
  const [staff, client] = await Promise.all([
    portal === 'client' ? null : readStaffViewer(dataSource, req),
    portal === 'home' ? null : readClientViewer(dataSource, req, clientGroups),
  ]);
  noteRequestFacts(req, { viewer: loggedViewer(staff, client) });
  return { staff, client };
}
