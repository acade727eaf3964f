import { createParameterDecorator } from 'type-graphql';
import type { ClientViewerContext, RequestContext, StaffViewerContext } from './context';

/**
 * The signed-in staff member, as a resolver parameter. Only on fields whose `@Authorized` already
 * demands staff: the authChecker has refused everyone else before the resolver runs.
 */
export function CurrentStaff() {
  return createParameterDecorator<RequestContext>(({ context }): StaffViewerContext => {
    if (!context.staff) throw new Error('@CurrentStaff() on a field that does not require staff');
    return context.staff;
  });
}

/** The Client Portal session (a client, or staff signed in as one), for fields `@Authorized` for clients. */
export function CurrentClient() {
  return createParameterDecorator<RequestContext>(({ context }): ClientViewerContext => {
    if (!context.client) throw new Error('@CurrentClient() on a field that does not require a Client Portal session');
    return context.client;
  });
}
