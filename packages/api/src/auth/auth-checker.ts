import type { AuthCheckerFn } from 'type-graphql';
import { ForbiddenError, ReadOnlySessionError, UnauthenticatedError } from '../common/errors';
import type { StaffRight } from '../staff/staff-rights';
import type { RequestContext } from './context';

/** `@Authorized(CLIENT)`: a Client Portal operation, for a signed-in client (or staff signed in as one). */
export const CLIENT = 'CLIENT';

export type Requirement = StaffRight | typeof CLIENT;

/**
 * The one authorization gate of the schema. `@Authorized()` means "any signed-in staff member";
 * `@Authorized(A, B)` means "holds A or B"; `@Authorized(CLIENT)` means "a Client Portal session", and
 * for mutations also "not a read-only session of a staff member signed in as the client".
 * Errors say what is missing.
 */
export const authChecker: AuthCheckerFn<RequestContext, Requirement> = ({ context, info }, requirements) => {
  if (requirements.includes(CLIENT)) {
    if (!context.client) throw new UnauthenticatedError('Sign in to the Client Portal first.');
    // Staff signed in as a client look, and change nothing, unless they deliberately allowed changes.
    const impersonation = context.client.impersonation;
    if (impersonation && !impersonation.allowChanges && info.parentType.name === 'Mutation') throw new ReadOnlySessionError();
    return true;
  }
  if (!context.staff) throw new UnauthenticatedError();
  if (requirements.length === 0) return true;
  const staffRights = context.staff.rights;
  if (requirements.some((required) => staffRights.has(required as StaffRight))) return true;
  throw new ForbiddenError(`Your user group lacks the right to do this (${requirements.join(' or ')}).`, { requiredRights: requirements });
};
