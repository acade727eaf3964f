import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../auth/context';
import { Rights } from '../staff/staff-rights';
import { AuditEvent } from './audit-event.entity';
import { listAuditEvents } from './audit.service';

@Authorized(Rights.USERS_BROWSE, Rights.PORTAL_CONFIGURATION_DISPLAY)
@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => [AuditEvent], {
    description:
      'Recorded administrative actions with old and new values (access, group rights, aliases, users, portal settings), newest first; page with `before`.',
  })
  auditEvents(
    @Ctx() context: RequestContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('before', () => ID, { nullable: true }) before: string | null,
    @Arg('action', () => String, { nullable: true, description: 'Only this action, e.g. CLIENT_ACCESS_CHANGED.' }) action: string | null,
    @Arg('clientId', () => ID, { nullable: true }) clientId: string | null,
    @Arg('actorStaffUserId', () => ID, { nullable: true, description: 'Only what this staff member did.' }) actorStaffUserId: string | null,
    @Arg('subjectStaffUserId', () => ID, { nullable: true, description: 'Only what concerned this staff member.' })
    subjectStaffUserId: string | null,
  ): Promise<AuditEvent[]> {
    return listAuditEvents(context.dataSource, { first, before, action, clientId, actorStaffUserId, subjectStaffUserId });
  }
}
