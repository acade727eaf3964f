/** The Outbox, or one letter opened in it. */
export function outboxPath(letterId?: string): string {
  return letterId ? `/outbox/${encodeURIComponent(letterId)}` : '/outbox';
}
