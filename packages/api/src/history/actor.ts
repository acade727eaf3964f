import type { ClientViewerContext, RequestContext } from '../auth/context';
import { ActorKind } from './history-entry.entity';

export interface Actor {
  name: string;
  kind: ActorKind;
}

/** The client, or the staff member signed in as it (recorded as acting on its behalf). */
export function clientActor(viewer: Pick<ClientViewerContext, 'client' | 'impersonation'>): Actor {
  return viewer.impersonation
    ? { name: `${viewer.impersonation.staffName} on behalf of ${viewer.client.name}`, kind: ActorKind.STAFF_ON_BEHALF_OF_CLIENT }
    : { name: viewer.client.name, kind: ActorKind.CLIENT };
}

export function staffActor(context: Pick<RequestContext, 'staff'>): Actor {
  return { name: context.staff!.user.fullName, kind: ActorKind.STAFF };
}

/**
 * The name a viewer sees for whoever did something. Staff see names as recorded. A client sees them
 * too, unless the agency's Client Portal settings hide staff identity: then every staff member is
 * shown as the agency (the portal's name), also when acting on the client's behalf.
 */
export function actorNameFor(context: Pick<RequestContext, 'client'>, actor: Actor): string {
  const viewer = context.client;
  if (!viewer || viewer.settings.showStaffIdentityToClients) return actor.name;
  if (actor.kind === ActorKind.STAFF) return viewer.settings.portalName;
  if (actor.kind === ActorKind.STAFF_ON_BEHALF_OF_CLIENT) return `${viewer.settings.portalName} on behalf of ${viewer.client.name}`;
  return actor.name;
}
