import type { ClientOption } from '../clients/ClientSearchSelect';

export function projectPath(projectId: string): string {
  return `/projects/${encodeURIComponent(projectId)}`;
}

export function quotePath(quoteId: string): string {
  return `/quotes/${encodeURIComponent(quoteId)}`;
}

export function requestPath(requestId: string): string {
  return `/requests/${encodeURIComponent(requestId)}`;
}

/** A work list (`/projects`, `/quotes`, `/requests`, `/feedback`) filtered to one client, as its filters write the address. */
export function workListPathForClient(listPath: string, client: ClientOption): string {
  return `${listPath}?${new URLSearchParams({ client: client.id, clientLabel: client.label }).toString()}`;
}
