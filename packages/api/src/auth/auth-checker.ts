import type { AuthCheckerFn } from 'type-graphql';
import { clientMay, requireClientRight } from '../client-auth/client-rights';
import { ForbiddenError, ReadOnlySessionError, UnauthenticatedError } from '../common/errors';
import type { StaffRight } from '../staff/staff-rights';
import type { RequestContext } from './context';
import { CLIENT, PUBLIC, STAFF, VIEWER, isClientRequirement, parseClientRight, type Requirement } from './requirements';

/**
 * The one authorization gate of the schema, for staff and clients alike. `@Authorized()` means any
 * signed-in staff member; `@Authorized(A, B)` means A or B, each a staff right (`CLIENTS:EDIT`), a
 * client right (`CLIENT:QUOTES:EDIT`), CLIENT, VIEWER or PUBLIC. A client's mutation is also refused
 * in a read-only session of a staff member signed in as the client. Errors say what is missing.
 */
export const authChecker: AuthCheckerFn<RequestContext, Requirement> = ({ context, info }, requirements) => {
  const wanted: Requirement[] = requirements.length ? requirements : [STAFF];
  if (wanted.includes(PUBLIC)) return true;
  const { staff, client } = context;
  if (staff && wanted.includes(VIEWER)) return true;
  if (staff && wanted.some((required) => required === STAFF || staff.rights.has(required as StaffRight))) return true;

  const forClients = wanted.filter((required) => isClientRequirement(required) || required === VIEWER);
  if (client && forClients.length) {
    // Staff signed in as a client look, and change nothing, unless they deliberately allowed changes.
    if (client.impersonation && !client.impersonation.allowChanges && info.parentType.name === 'Mutation') throw new ReadOnlySessionError();
    if (forClients.some((required) => required === CLIENT || required === VIEWER)) return true;
    const rights = forClients.map(parseClientRight).filter((right) => right !== null);
    if (rights.some((right) => clientMay(client, right.area, right.action))) return true;
    // Refused FORBIDDEN naming the area and action, as the Client Portal shows it.
    requireClientRight(client, rights[0].area, rights[0].action);
  }
  const staffRights = wanted.filter((required) => !isClientRequirement(required) && required !== VIEWER && required !== STAFF);
  if (staff && staffRights.length) {
    throw new ForbiddenError(`Your user group lacks the right to do this (${staffRights.join(' or ')}).`, { requiredRights: staffRights });
  }
  if (forClients.length && !staffRights.length && !wanted.includes(STAFF))
    throw new UnauthenticatedError('Sign in to the Client Portal first.');
  throw new UnauthenticatedError();
};
