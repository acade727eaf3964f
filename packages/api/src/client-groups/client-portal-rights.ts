import { registerEnumType } from 'type-graphql';

/** The areas of the Client Portal a client group's rights matrix covers. */
export enum ClientPortalArea {
  PROJECTS = 'PROJECTS',
  QUOTES = 'QUOTES',
  REQUESTS = 'REQUESTS',
  FEEDBACK = 'FEEDBACK',
  FILES = 'FILES',
  /** Conversations with the agency on projects, quotes and requests: Browse reads them, Add writes. */
  MESSAGES = 'MESSAGES',
  PROFILE = 'PROFILE',
}

/** What a client may do in an area. */
export enum ClientPortalAction {
  BROWSE = 'BROWSE',
  DISPLAY = 'DISPLAY',
  ADD = 'ADD',
  EDIT = 'EDIT',
  DELETE = 'DELETE',
}

registerEnumType(ClientPortalArea, { name: 'ClientPortalArea', description: 'An area of the Client Portal.' });
registerEnumType(ClientPortalAction, {
  name: 'ClientPortalAction',
  description: 'An action in a Client Portal area: Browse (see the list), Display (open one), Add, Edit, Delete.',
});

export type ClientPortalRights = Partial<Record<ClientPortalArea, ClientPortalAction[]>>;

/** Keeps only known areas and actions, each once, in the matrix's column order. */
export function normalizeClientPortalRights(rights: ClientPortalRights): ClientPortalRights {
  const actionOrder = Object.values(ClientPortalAction);
  const normalized: ClientPortalRights = {};
  for (const area of Object.values(ClientPortalArea)) {
    const actions = rights[area];
    if (!actions?.length) continue;
    normalized[area] = actionOrder.filter((action) => actions.includes(action));
  }
  return normalized;
}

export function allClientPortalRights(): ClientPortalRights {
  return Object.fromEntries(Object.values(ClientPortalArea).map((area) => [area, Object.values(ClientPortalAction)])) as ClientPortalRights;
}
