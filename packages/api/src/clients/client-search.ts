import type { DataSource, EntityManager } from 'typeorm';
import { MAX_SEARCH_WORD_LENGTH, searchTerms, searchWordsOf } from '@portico/domain';
import { likePrefix } from '../common/paging';
import { ClientSearchWord } from './client-search-word.entity';

export { MAX_SEARCH_WORD_LENGTH, searchTerms, searchWordsOf };

/** The words a client is found by: its ID, name and e-mail. */
export function clientSearchWords(client: { username: string; name: string; email: string | null }): string[] {
  return searchWordsOf(client.username, client.name, client.email);
}

/** The LIKE pattern of one term (escaped, then `%`). */
export function termPattern(term: string): string {
  return likePrefix(term);
}

/** Replaces a client's words in the index, in the transaction that saves the client. */
export async function indexClientWords(
  manager: EntityManager,
  clientId: number,
  client: { username: string; name: string; email: string | null },
): Promise<void> {
  await manager.getRepository(ClientSearchWord).delete({ clientId });
  const words = clientSearchWords(client);
  // Ignoring duplicates: MySQL's case- and accent-insensitive collation may take "café" and "cafe" for one word.
  if (words.length)
    await manager
      .createQueryBuilder()
      .insert()
      .into(ClientSearchWord)
      .values(words.map((word) => ({ word, clientId })))
      .orIgnore()
      .updateEntity(false)
      .execute();
}

/**
 * Writes the words of every client with an id above `after` into the index, a thousand clients at a
 * time (the migration that starts the index, and bulk loads that write clients around the API).
 */
export async function fillClientSearchWords(
  query: (sql: string, parameters: unknown[]) => Promise<unknown>,
  kind: 'mysql' | 'sqlite',
  after = 0,
): Promise<void> {
  const ignore = kind === 'sqlite' ? 'INSERT OR IGNORE' : 'INSERT IGNORE';
  let last = after;
  for (;;) {
    const clients = (await query('SELECT id, username, name, email FROM clients WHERE id > ? ORDER BY id LIMIT 1000', [last])) as Array<{
      id: number;
      username: string;
      name: string;
      email: string | null;
    }>;
    if (clients.length === 0) return;
    const rows = clients.flatMap((client) => clientSearchWords(client).map((word) => [word, client.id] as const));
    for (let start = 0; start < rows.length; start += 500) {
      const chunk = rows.slice(start, start + 500);
      await query(`${ignore} INTO client_search_words (word, clientId) VALUES ${chunk.map(() => '(?, ?)').join(', ')}`, chunk.flat());
    }
    last = clients[clients.length - 1].id;
  }
}

/** How many clients have a word starting with `term` (each client once, however many of its words match). */
export async function countClientsWithWord(dataSource: DataSource, term: string): Promise<number> {
  const rows = (await dataSource.query("SELECT COUNT(DISTINCT clientId) AS total FROM client_search_words WHERE word LIKE ? ESCAPE '!'", [
    termPattern(term),
  ])) as Array<{ total: unknown }>;
  return Number(rows[0]?.total ?? 0);
}
