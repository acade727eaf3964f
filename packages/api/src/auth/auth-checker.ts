import type { AuthCheckerFn } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from '../common/errors';
import type { StaffRight } from '../staff/staff-rights';
import type { RequestContext } from './context';

/** `@Authorized(CLIENT)`: a Client Portal operation, for a signed-in client (or staff signed in as one). */
export const CLIENT = 'CLIENT';

export type Requirement = StaffRight | typeof CLIENT;

/**
 * The one authorization gate of the schema. `@Authorized()` means "any signed-in staff member";
 * `@Authorized(A, B)` means "holds A or B"; `@Authorized(CLIENT)` means "a Client Portal session".
 * Errors say what is missing.
 */
export const authChecker: AuthCheckerFn<RequestContext, Requirement> = ({ context }, requirements) => {
  if (requirements.includes(CLIENT)) {
    if (!context.client) throw new UnauthenticatedError('Sign in to the Client Portal first.');
    return true;
  }
  if (!context.staff) throw new UnauthenticatedError();
  if (requirements.length === 0) return true;
  const staffRights = context.staff.rights;
  if (requirements.some((required) => staffRights.has(required as StaffRight))) return true;
  throw new ForbiddenError(`Your user group lacks the right to do this (${requirements.join(' or ')}).`, { requiredRights: requirements });
};
