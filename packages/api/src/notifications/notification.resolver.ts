import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { ClientViewerContext, RequestContext } from '../auth/context';
import { CurrentClient } from '../auth/current-viewer';
import { CLIENT } from '../auth/requirements';
import { ClientNotification } from './notification.entity';
import * as notifications from './notification.service';

/**
 * The Client Portal's bell. Every client session may ask; what it answers is narrowed to the
 * client's own notices in areas the client's group may browse.
 */
@Authorized(CLIENT)
@Resolver(() => ClientNotification)
export class MyNotificationsResolver {
  @Query(() => [ClientNotification], {
    description: 'The client’s notifications, newest first, in areas the client may browse; page with `before` = the last id seen.',
  })
  myNotifications(
    @Ctx() context: RequestContext,
    @CurrentClient() viewer: ClientViewerContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('before', () => ID, { nullable: true }) before: string | null,
  ): Promise<ClientNotification[]> {
    return notifications.listNotifications(context.dataSource, viewer, { first, before });
  }

  @Query(() => Int, { description: 'How many of the client’s visible notifications are unread (the bell’s count).' })
  myUnreadNotificationCount(@Ctx() context: RequestContext, @CurrentClient() viewer: ClientViewerContext): Promise<number> {
    return notifications.unreadNotificationCount(context.dataSource, viewer);
  }

  @Mutation(() => ClientNotification, {
    description: 'Marks one notification read, as the client opens it. A staff member signed in as the client changes nothing.',
  })
  markMyNotificationRead(
    @Ctx() context: RequestContext,
    @CurrentClient() viewer: ClientViewerContext,
    @Arg('id', () => ID) id: string,
  ): Promise<ClientNotification> {
    return notifications.markNotificationRead(context.dataSource, viewer, id);
  }

  @Mutation(() => Int, { description: 'Marks all of the client’s visible notifications read; answers how many were unread.' })
  markAllMyNotificationsRead(@Ctx() context: RequestContext, @CurrentClient() viewer: ClientViewerContext): Promise<number> {
    return notifications.markAllNotificationsRead(context.dataSource, viewer);
  }
}
