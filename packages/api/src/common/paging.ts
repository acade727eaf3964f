import { Field, ObjectType } from 'type-graphql';
import { BadUserInputError } from './errors';

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
