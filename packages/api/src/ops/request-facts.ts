import type { IncomingMessage } from 'node:http';

/** Who made a request, as its log line names them: never a name, a token or a cookie, only ids. */
export interface LoggedViewer {
  kind: 'staff' | 'client';
  id: number;
  /** A client session of a staff member signed in as the client ("Sign in as this Partner"). */
  staffUserId?: number;
}

/** What the request log and the metrics learn about a request while it is served. */
export interface RequestFacts {
  /** The GraphQL operation's name (`ClientsPage`), or null for an anonymous operation. */
  operationName?: string | null;
  operationType?: 'query' | 'mutation' | 'subscription';
  viewer?: LoggedViewer | null;
}

const factsByRequest = new WeakMap<IncomingMessage, RequestFacts>();

/** The facts noted so far about a request (an empty object before anything is known). */
export function factsOf(req: IncomingMessage): RequestFacts {
  return factsByRequest.get(req) ?? {};
}

/** Adds to what is known about a request; the GraphQL layer and the session check call it as they learn. */
export function noteRequestFacts(req: IncomingMessage, facts: RequestFacts): void {
  factsByRequest.set(req, { ...factsOf(req), ...facts });
}

/** The viewer a request acts for, from its sessions: the staff member, else the client (and who is signed in as it). */
export function loggedViewer(
  staff: { user: { id: number } } | null,
  client: { client: { id: number }; impersonation: { staffUserId: number } | null } | null,
): LoggedViewer | null {
  if (staff) return { kind: 'staff', id: staff.user.id };
  if (!client) return null;
  return client.impersonation
    ? { kind: 'client', id: client.client.id, staffUserId: client.impersonation.staffUserId }
    : { kind: 'client', id: client.client.id };
}
