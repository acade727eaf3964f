import { MAX_PAGE_SIZE } from '@portico/domain';
import { Field, ObjectType } from 'type-graphql';
import type { ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import { BadUserInputError } from './errors';
import { parseId } from './ids';

@ObjectType({ description: 'Where a page ends, for asking the next one.' })
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

/** A keyset cursor: the sort value and id of the last row of a page. Opaque to clients. */
export interface KeysetCursor {
  value: string | number;
  id: number;
}

export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString('base64url');
}

export function decodeCursor(raw: string): KeysetCursor {
  try {
    const [value, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown[];
    if ((typeof value === 'string' || typeof value === 'number') && Number.isInteger(id)) return { value, id: id as number };
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError('The cursor is not one this API gave out; start again from the first page.', 'after');
}

/** Where a newest-first page starts: `before` is the id of the last row of the previous page. */
export interface NewestFirstPage {
  first: number;
  before?: string | null;
}

/** Logs grow by a page on "Show more" up to this many rows. */
export const LOG_PAGE_MAX = 200;

/**
 * The query of one page of a newest-first list (ids only grow, so the id orders by creation):
 * at most `maxSize` rows, below `before`. Callers add their filters with `andWhere`.
 */
export function newestFirst<T extends ObjectLiteral>(
  repository: Repository<T>,
  alias: string,
  page: NewestFirstPage,
  maxSize: number = MAX_PAGE_SIZE,
): SelectQueryBuilder<T> {
  const query = repository
    .createQueryBuilder(alias)
    .orderBy(`${alias}.id`, 'DESC')
    .take(Math.min(Math.max(page.first, 1), maxSize));
  if (page.before) query.andWhere(`${alias}.id < :before`, { before: parseId(page.before, 'before') });
  return query;
}

/**
 * A list's search box: a record number (`P-00042`, `q42`, `R-7`) finds that record by its key,
 * anything else finds the records with it in their name.
 */
export function searchByNameOrNumber<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  prefix: 'P' | 'Q' | 'R',
  raw: string | null | undefined,
): void {
  const search = raw?.trim();
  if (!search) return;
  const numbered = new RegExp(`^${prefix}-?0*(\\d+)$`, 'i').exec(search);
  if (numbered) query.andWhere(`${alias}.id = :numberId`, { numberId: Number(numbered[1]) });
  else query.andWhere(`LOWER(${alias}.name) LIKE :name ESCAPE '!'`, { name: likeAnywhere(search.toLowerCase()) });
}

/** The escape character used with `LIKE ... ESCAPE '!'` (a backslash means different things in MySQL and SQLite literals). */
export const LIKE_ESCAPE = '!';

/** A LIKE pattern matching values that start with `term`, wildcards in it taken literally. */
export function likePrefix(term: string): string {
  return `${escapeLike(term)}%`;
}

/** A LIKE pattern matching `term` anywhere; use with ESCAPE '!'. */
export function likeAnywhere(term: string): string {
  return `%${escapeLike(term)}%`;
}

// '!' rather than backslash: MySQL and SQLite treat backslash differently inside string literals.
function escapeLike(term: string): string {
  return term.replace(/[!%_]/g, (char) => `!${char}`);
}
