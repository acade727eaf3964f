import { BadUserInputError } from './errors';

/** GraphQL IDs arrive as strings; the tables use integers. */
export function parseId(raw: string | number, field: string): number {
  const id = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isSafeInteger(id) || id <= 0) throw new BadUserInputError(`"${raw}" is not a valid id.`, field);
  return id;
}
