import { clientPortalRightsOffered, normalizeRowRights } from '@portico/domain';
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

/**
 * A matrix as it is stored: per area only the rights that do something there, each once, in the
 * matrix's column order, with what Edit and Delete imply (Display and Browse) added, the same rule the
 * Home Portal's grid follows (`@portico/domain`).
 */
export function normalizeClientPortalRights(rights: ClientPortalRights): ClientPortalRights {
  const normalized: ClientPortalRights = {};
  for (const area of Object.values(ClientPortalArea)) {
    const actions = normalizeRowRights(offeredClientPortalActions(area), rights[area] ?? []);
    if (actions.length) normalized[area] = actions;
  }
  return normalized;
}

/** The actions that do something in `area`, in the matrix's column order. */
export function offeredClientPortalActions(area: ClientPortalArea): ClientPortalAction[] {
  return clientPortalRightsOffered[area].map((action) => ClientPortalAction[action]);
}

/** Every right that does something, in every area. */
export function allClientPortalRights(): ClientPortalRights {
  return Object.fromEntries(Object.values(ClientPortalArea).map((area) => [area, offeredClientPortalActions(area)])) as ClientPortalRights;
}
