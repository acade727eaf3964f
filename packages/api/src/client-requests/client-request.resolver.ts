import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CLIENT } from '../auth/auth-checker';
import type { RequestContext } from '../auth/context';
import { requireRightForPart } from '../auth/viewer-rights';
import { requireClientRight } from '../client-auth/client-rights';
import { ClientPortalAction, ClientPortalArea } from '../client-groups/client-portal-rights';
import { parseId } from '../common/ids';
import { StoredFile } from '../files/stored-file.entity';
import { clientActor, staffActor } from '../history/actor';
import { HistoryEntry, HistoryRecordType } from '../history/history-entry.entity';
import { Rights } from '../staff/staff-rights';
import { clientNameOf, workLoaders } from '../work/work-loaders';
import { WorkScopeInput } from '../work/work-scope.inputs';
import { ClientRequest, RequestKind, RequestStatus } from './client-request.entity';
import * as requests from './client-request.service';

@InputType({ description: 'A new request for a quote or a project.' })
export class SubmitRequestInput extends WorkScopeInput {
  @Field(() => RequestKind)
  kind: RequestKind;

  @Field()
  deadline: Date;

  @Field({ defaultValue: '' })
  instructions: string;

  @Field(() => [ID], { defaultValue: [], description: 'Files uploaded beforehand with POST /files (multipart, field "file").' })
  fileIds: string[];
}

@Resolver(() => ClientRequest)
export class ClientRequestFieldsResolver {
  @FieldResolver(() => String, { description: "The client's name." })
  clientName(@Root() record: { clientId: number }, @Ctx() context: RequestContext): Promise<string> {
    return clientNameOf(context, record.clientId);
  }

  @FieldResolver(() => [HistoryEntry], { description: 'What happened to the request, oldest first.' })
  history(@Root() request: ClientRequest, @Ctx() context: RequestContext): Promise<HistoryEntry[]> {
    requireRightForPart(context, {
      staff: Rights.REQUESTS_DISPLAY,
      client: { area: ClientPortalArea.REQUESTS, action: ClientPortalAction.DISPLAY },
    });
    return workLoaders(context.loaders, context.dataSource).history(HistoryRecordType.REQUEST).load(request.id);
  }

  @FieldResolver(() => [StoredFile], {
    nullable: true,
    description: 'Files sent with the request. Needs Files Browse (staff and clients alike).',
  })
  files(@Root() request: ClientRequest, @Ctx() context: RequestContext): Promise<StoredFile[]> {
    requireRightForPart(context, {
      staff: Rights.FILES_BROWSE,
      client: { area: ClientPortalArea.FILES, action: ClientPortalAction.BROWSE },
    });
    return workLoaders(context.loaders, context.dataSource).filesOfRequest().load(request.id);
  }
}

@Authorized()
@Resolver(() => ClientRequest)
export class ClientRequestResolver {
  @Authorized(Rights.REQUESTS_BROWSE)
  @Query(() => [ClientRequest], { description: 'Client requests, newest first; filter SUBMITTED for those waiting for an answer.' })
  clientRequests(
    @Ctx() context: RequestContext,
    @Arg('clientId', () => ID, { nullable: true }) clientId: string | null,
    @Arg('status', () => RequestStatus, { nullable: true }) status: RequestStatus | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('before', () => ID, { nullable: true }) before: string | null,
  ): Promise<ClientRequest[]> {
    return requests.listRequests(context.dataSource, { clientId: clientId ? parseId(clientId, 'clientId') : null, status, first, before });
  }

  @Authorized(Rights.REQUESTS_DISPLAY)
  @Query(() => ClientRequest, { description: 'One request (Requests Display).' })
  clientRequest(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<ClientRequest> {
    return requests.getRequest(context.dataSource, id);
  }

  @Authorized(Rights.REQUESTS_EDIT)
  @Mutation(() => ClientRequest, {
    description:
      'Declines a request with a reason the client sees. To answer with a quote or a project, use createQuote or createProject with requestId.',
  })
  declineClientRequest(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
  ): Promise<ClientRequest> {
    return requests.declineRequest(context.dataSource, id, reason, staffActor(context));
  }
}

@Resolver(() => ClientRequest)
export class MyRequestsResolver {
  @Authorized(CLIENT)
  @Query(() => [ClientRequest], { description: "The client's requests with their history, newest first (Requests Browse)." })
  myRequests(
    @Ctx() context: RequestContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('before', () => ID, { nullable: true }) before: string | null,
  ): Promise<ClientRequest[]> {
    requireClientRight(context.client!, ClientPortalArea.REQUESTS, ClientPortalAction.BROWSE);
    return requests.listRequests(context.dataSource, { clientId: context.client!.client.id, first, before });
  }

  @Authorized(CLIENT)
  @Query(() => ClientRequest, { description: "One of the client's requests (Requests Display)." })
  myRequest(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<ClientRequest> {
    requireClientRight(context.client!, ClientPortalArea.REQUESTS, ClientPortalAction.DISPLAY);
    return requests.getOwnRequest(context.dataSource, context.client!, id);
  }

  @Authorized(CLIENT)
  @Mutation(() => ClientRequest, { description: 'Asks for a quote or a project (Requests Add). Attaching files also needs Files Add.' })
  submitRequest(@Ctx() context: RequestContext, @Arg('input') input: SubmitRequestInput): Promise<ClientRequest> {
    const viewer = context.client!;
    requireClientRight(viewer, ClientPortalArea.REQUESTS, ClientPortalAction.ADD);
    if (input.fileIds.length) requireClientRight(viewer, ClientPortalArea.FILES, ClientPortalAction.ADD);
    return requests.submitRequest(context.dataSource, viewer, input, clientActor(viewer));
  }
}
