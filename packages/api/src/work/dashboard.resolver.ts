import { Authorized, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { CLIENT } from '../auth/requirements';
import { CurrentClient } from '../auth/current-viewer';
import { MoreThan, In, type DataSource } from 'typeorm';
import type { ClientViewerContext, RequestContext } from '../auth/context';
import { clientMay } from '../client-auth/client-rights';
import { ClientPortalAction, ClientPortalArea } from '../client-groups/client-portal-rights';
import { ClientRequest, RequestStatus } from '../client-requests/client-request.entity';
import { Feedback } from '../feedback/feedback.entity';
import { Project, ProjectStatus } from '../projects/project.entity';
import { Quote, QuoteStatus } from '../quotes/quote.entity';

@ObjectType({ description: "What needs the client's attention. A list is null when the client has no Browse right in its area." })
export class ClientDashboard {
  @Field(() => [Quote], { nullable: true, description: 'Pending quotes still valid, soonest expiry first.' })
  quotesToDecide: Quote[] | null;

  @Field(() => [Project], { nullable: true, description: 'Projects delivered in the last 30 days.' })
  recentDeliveries: Project[] | null;

  @Field(() => [Feedback], { nullable: true, description: 'Feedback the agency answered in the last 30 days.' })
  answeredFeedback: Feedback[] | null;

  @Field(() => [ClientRequest], { nullable: true, description: 'Requests still waiting for a decision.' })
  openRequests: ClientRequest[] | null;

  @Field(() => [Project], { nullable: true, description: 'Projects in progress, soonest deadline first.' })
  inProgress: Project[] | null;

  @Field(() => [Project], { nullable: true, description: 'Projects ready for delivery, soonest deadline first.' })
  readyForDelivery: Project[] | null;
}

const MONTH_MS = 30 * 24 * 3600 * 1000;

async function dashboard(dataSource: DataSource, viewer: ClientViewerContext): Promise<ClientDashboard> {
  const clientId = viewer.client.id;
  const may = (area: ClientPortalArea) => clientMay(viewer, area, ClientPortalAction.BROWSE);
  const since = new Date(Date.now() - MONTH_MS);
  const activeProjects = (status: ProjectStatus) =>
    may(ClientPortalArea.PROJECTS)
      ? dataSource.getRepository(Project).find({ where: { clientId, status }, order: { deadline: 'ASC', id: 'ASC' }, take: 10 })
      : null;
  const [quotes, deliveries, answered, requests, inProgress, readyForDelivery] = await Promise.all([
    may(ClientPortalArea.QUOTES)
      ? dataSource.getRepository(Quote).find({
          where: { clientId, storedStatus: QuoteStatus.PENDING, validUntil: MoreThan(new Date()) },
          order: { validUntil: 'ASC' },
          take: 10,
        })
      : null,
    may(ClientPortalArea.PROJECTS)
      ? dataSource.getRepository(Project).find({
          where: { clientId, status: ProjectStatus.DELIVERED, deliveredAt: MoreThan(since) },
          order: { deliveredAt: 'DESC' },
          take: 10,
        })
      : null,
    may(ClientPortalArea.FEEDBACK)
      ? dataSource
          .getRepository(Feedback)
          .find({ where: { clientId, answeredAt: MoreThan(since) }, order: { answeredAt: 'DESC' }, take: 10 })
      : null,
    may(ClientPortalArea.REQUESTS)
      ? dataSource
          .getRepository(ClientRequest)
          .find({ where: { clientId, status: In([RequestStatus.SUBMITTED, RequestStatus.QUOTED]) }, order: { id: 'DESC' }, take: 10 })
      : null,
    activeProjects(ProjectStatus.IN_PROGRESS),
    activeProjects(ProjectStatus.READY),
  ]);
  return {
    quotesToDecide: quotes,
    recentDeliveries: deliveries,
    answeredFeedback: answered,
    openRequests: requests,
    inProgress,
    readyForDelivery,
  };
}

@Authorized(CLIENT)
@Resolver()
export class ClientDashboardResolver {
  @Authorized(CLIENT)
  @Query(() => ClientDashboard, {
    description:
      'The Client Portal dashboard: quotes to decide, deliveries, answers to feedback, open requests, work in progress and ready for delivery.',
  })
  clientDashboard(@Ctx() context: RequestContext, @CurrentClient() viewer: ClientViewerContext): Promise<ClientDashboard> {
    return dashboard(context.dataSource, viewer);
  }
}
