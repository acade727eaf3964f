import type { AuthCheckerFn } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from '../common/errors';
import type { StaffRight } from '../staff/staff-rights';
import type { RequestContext } from './context';

/**
 * The one authorization gate of the schema. `@Authorized()` means "any signed-in staff member";
 * `@Authorized(A, B)` means "holds A or B". Errors say which right is missing.
 */
export const authChecker: AuthCheckerFn<RequestContext, StaffRight> = ({ context }, requiredRights) => {
  if (!context.staff) throw new UnauthenticatedError();
  if (requiredRights.length === 0) return true;
  if (requiredRights.some((required) => context.staff!.rights.has(required))) return true;
  throw new ForbiddenError(`Your user group lacks the right to do this (${requiredRights.join(' or ')}).`, {
    requiredRights,
  });
};
