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
