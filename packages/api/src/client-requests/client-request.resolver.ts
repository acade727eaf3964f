import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CurrentClient } from '../auth/current-viewer';
import { CLIENT, ClientRights, VIEWER } from '../auth/requirements';
import type { ClientViewerContext, RequestContext } from '../auth/context';
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

@InputType({ description: "The client's corrected request, while the agency has not answered it yet." })
export class EditRequestInput extends WorkScopeInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version the client edited; a newer one (or an answer meanwhile) gets CONFLICT.' })
  version: number;

  @Field()
  deadline: Date;

  @Field({ defaultValue: '' })
  instructions: string;
}

@Authorized(VIEWER)
@Resolver(() => ClientRequest)
export class ClientRequestFieldsResolver {
  @FieldResolver(() => String, { description: "The client's name." })
  clientName(@Root() record: { clientId: number }, @Ctx() context: RequestContext): Promise<string> {
    return clientNameOf(context, record.clientId);
  }

  @Authorized(Rights.REQUESTS_DISPLAY, ClientRights.REQUESTS_DISPLAY)
  @FieldResolver(() => [HistoryEntry], { description: 'What happened to the request, oldest first (Requests Display).' })
  history(@Root() request: ClientRequest, @Ctx() context: RequestContext): Promise<HistoryEntry[]> {
    return workLoaders(context.loaders, context.dataSource).history(HistoryRecordType.REQUEST).load(request.id);
  }

  @Authorized(Rights.FILES_BROWSE, ClientRights.FILES_BROWSE)
  @FieldResolver(() => [StoredFile], {
    nullable: true,
    description: 'Files sent with the request. Needs Files Browse (staff and clients alike).',
  })
  files(@Root() request: ClientRequest, @Ctx() context: RequestContext): Promise<StoredFile[]> {
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
    @Arg('search', () => String, { nullable: true, description: 'Part of the name, or the number (R-00013).' }) search: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('before', () => ID, { nullable: true }) before: string | null,
  ): Promise<ClientRequest[]> {
    return requests.listRequests(context.dataSource, {
      clientId: clientId ? parseId(clientId, 'clientId') : null,
      status,
      search,
      first,
      before,
    });
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
    @Arg('version', () => Int, {
      nullable: true,
      description: 'The version staff read; if the client edited the request since, CONFLICT (REQUEST_CHANGED).',
    })
    version: number | null,
  ): Promise<ClientRequest> {
    return requests.declineRequest(context.dataSource, id, reason, staffActor(context), version);
  }
}

@Authorized(CLIENT)
@Resolver(() => ClientRequest)
export class MyRequestsResolver {
  @Authorized(ClientRights.REQUESTS_BROWSE)
  @Query(() => [ClientRequest], { description: "The client's requests with their history, newest first (Requests Browse)." })
  myRequests(
    @Ctx() context: RequestContext,
    @CurrentClient() viewer: ClientViewerContext,
    @Arg('status', () => RequestStatus, { nullable: true }) status: RequestStatus | null,
    @Arg('search', () => String, { nullable: true, description: 'Part of the name, or the number (R-00013).' }) search: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('before', () => ID, { nullable: true }) before: string | null,
  ): Promise<ClientRequest[]> {
    return requests.listRequests(context.dataSource, { clientId: viewer.client.id, status, search, first, before });
  }

  @Authorized(ClientRights.REQUESTS_DISPLAY)
  @Query(() => ClientRequest, { description: "One of the client's requests (Requests Display)." })
  myRequest(
    @Ctx() context: RequestContext,
    @CurrentClient() viewer: ClientViewerContext,
    @Arg('id', () => ID) id: string,
  ): Promise<ClientRequest> {
    return requests.getOwnRequest(context.dataSource, viewer, id);
  }

  @Authorized(ClientRights.REQUESTS_ADD)
  @Mutation(() => ClientRequest, { description: 'Asks for a quote or a project (Requests Add). Attaching files also needs Files Add.' })
  submitRequest(
    @Ctx() context: RequestContext,
    @CurrentClient() viewer: ClientViewerContext,
    @Arg('input') input: SubmitRequestInput,
  ): Promise<ClientRequest> {
    // Sending files with it is a right of its own, needed only when there are files.
    if (input.fileIds.length) requireClientRight(viewer, ClientPortalArea.FILES, ClientPortalAction.ADD);
    return requests.submitRequest(context.dataSource, viewer, input, clientActor(viewer));
  }

  @Authorized(ClientRights.REQUESTS_EDIT)
  @Mutation(() => ClientRequest, {
    description:
      'Corrects a request the agency has not answered yet (Requests Edit); recorded as EDITED. CONFLICT when it was answered (REQUEST_ANSWERED) or changed since `version` (REQUEST_CHANGED).',
  })
  editMyRequest(
    @Ctx() context: RequestContext,
    @CurrentClient() viewer: ClientViewerContext,
    @Arg('input') input: EditRequestInput,
  ): Promise<ClientRequest> {
    return requests.editOwnRequest(context.dataSource, viewer, input.id, input.version, input, clientActor(viewer));
  }

  @Authorized(ClientRights.REQUESTS_EDIT)
  @Mutation(() => ClientRequest, {
    description:
      'Takes back a request the agency has not answered yet (Requests Edit: a change of status, the record stays); recorded as WITHDRAWN. CONFLICT as for editMyRequest.',
  })
  withdrawMyRequest(
    @Ctx() context: RequestContext,
    @CurrentClient() viewer: ClientViewerContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
  ): Promise<ClientRequest> {
    return requests.withdrawOwnRequest(context.dataSource, viewer, id, version, clientActor(viewer));
  }
}
