import type { ClientPortalAction, ClientPortalArea } from '../client-groups/client-portal-rights';
import { requireClientRight } from '../client-auth/client-rights';
import { ForbiddenError, UnauthenticatedError } from '../common/errors';
import type { StaffRight } from '../staff/staff-rights';
import type { RequestContext } from './context';

/** What a part of a record needs from each kind of viewer: a staff right, and a client right (or none: staff only). */
export interface PartRule {
  staff: StaffRight;
  client: { area: ClientPortalArea; action: ClientPortalAction } | null;
}

/**
 * Checks a nested part of a record (its files, feedback, history...) against the viewer, whoever
 * reached the record: having the parent is not enough. Staff need `rule.staff`, clients (and staff
 * signed in as one) the client right.
 */
export function requireRightForPart(context: Pick<RequestContext, 'staff' | 'client'>, rule: PartRule): void {
  if (context.client) {
    if (!rule.client) throw new ForbiddenError('This is not shown in the Client Portal.');
    requireClientRight(context.client, rule.client.area, rule.client.action);
    return;
  }
  if (!context.staff) throw new UnauthenticatedError();
  if (!context.staff.rights.has(rule.staff)) {
    throw new ForbiddenError(`Your user group lacks the right to see this (${rule.staff}).`, { requiredRights: [rule.staff] });
  }
}
