import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { ClientViewerContext, RequestContext, StaffViewerContext } from '../auth/context';
import { CurrentClient, CurrentStaff } from '../auth/current-viewer';
import { CLIENT, ClientRights, VIEWER } from '../auth/requirements';
import { Client } from '../clients/client.entity';
import { requireClientRight } from '../client-auth/client-rights';
import { ClientPortalAction, ClientPortalArea } from '../client-groups/client-portal-rights';
import { ForbiddenError } from '../common/errors';
import { StoredFile } from '../files/stored-file.entity';
import { workLoaders } from '../work/work-loaders';
import { actorNameFor, clientActor, staffActor } from '../history/actor';
import { ActorKind } from '../history/history-entry.entity';
import { Rights } from '../staff/staff-rights';
import { markMessageNoticesRead } from '../notifications/notification.service';
import { ConversationRecordType, Message } from './message.entity';
import * as messages from './message.service';

@ObjectType({ description: 'The conversation on one project, quote or request, oldest message first.' })
export class ConversationView {
  @Field(() => ConversationRecordType)
  recordType: ConversationRecordType;

  @Field(() => ID)
  recordId: number;

  @Field(() => ID, { description: 'The client whose record it is (staff upload files for a message with `POST /files?clientId=`).' })
  clientId: number;

  @Field(() => [Message])
  messages: Message[];

  @Field(() => Int, { description: "Messages from the other side the viewer's side has not read yet." })
  unreadCount: number;

  @Field(() => ID, {
    description: "The newest message the viewer's side had read before this answer (0: none); newer ones are marked new.",
  })
  readUpTo: number;

  @Field({ description: 'True while the newest message is the client’s: the agency has not answered yet.' })
  awaitingAnswer: boolean;

  @Field({
    description:
      'Whether the viewer may write here: clients need Messages Add outside read-only staff sessions; staff the Edit right of the record’s area.',
  })
  canPost: boolean;
}

@ObjectType({ description: 'A conversation waiting for the agency’s answer.' })
export class AwaitingConversation {
  @Field(() => ConversationRecordType)
  recordType: ConversationRecordType;

  @Field(() => ID)
  recordId: number;

  @Field({ description: 'e.g. P-00042.' })
  number: string;

  @Field()
  name: string;

  @Field(() => ID)
  clientId: number;

  @Field()
  clientName: string;

  @Field()
  lastMessageAt: Date;
}

async function view(
  context: RequestContext,
  target: messages.ConversationTarget,
  side: 'client' | 'staff',
  canPost: boolean,
): Promise<ConversationView> {
  const conversation = await messages.findConversation(context.dataSource, target);
  const list = await messages.listMessages(context.dataSource, conversation);
  return {
    recordType: target.recordType,
    recordId: target.recordId,
    clientId: target.clientId,
    messages: list,
    unreadCount: messages.unreadFor(list, conversation, side),
    readUpTo: conversation ? (side === 'client' ? conversation.clientReadUpTo : conversation.staffReadUpTo) : 0,
    awaitingAnswer: conversation?.awaitingAnswer ?? false,
    canPost,
  };
}

@Authorized(VIEWER)
@Resolver(() => Message)
export class MessageFieldsResolver {
  @FieldResolver(() => String, { description: "The author; for clients the agency's name when the agency hides staff identity." })
  authorName(@Root() message: Message, @Ctx() context: RequestContext): string {
    return actorNameFor(context, { name: message.recordedAuthor, kind: message.authorKind });
  }

  @Authorized(Rights.FILES_BROWSE, ClientRights.FILES_BROWSE)
  @FieldResolver(() => [StoredFile], {
    nullable: true,
    description: 'Files sent with the message; download each from its `downloadUrl`. Needs Files Browse (staff and clients alike).',
  })
  attachments(@Root() message: Message, @Ctx() context: RequestContext): Promise<StoredFile[]> {
    return workLoaders(context.loaders, context.dataSource).filesOfMessage().load(message.id);
  }

  @FieldResolver(() => Boolean, { description: 'True for a message written by the agency’s staff (not on behalf of the client).' })
  fromAgency(@Root() message: Message): boolean {
    return message.authorKind === ActorKind.STAFF;
  }
}

@Authorized(CLIENT)
@Resolver()
export class MyMessagesResolver {
  @Authorized(ClientRights.MESSAGES_BROWSE)
  @Query(() => ConversationView, {
    description: 'The conversation on one of the client’s projects, quotes or requests (Messages Browse and the area’s Display).',
  })
  async myConversation(
    @Ctx() context: RequestContext,
    @CurrentClient() viewer: ClientViewerContext,
    @Arg('recordType', () => ConversationRecordType) recordType: ConversationRecordType,
    @Arg('recordId', () => ID) recordId: string,
  ): Promise<ConversationView> {
    const target = await messages.clientTarget(context.dataSource, viewer, recordType, recordId);
    return view(context, target, 'client', messages.clientMayPost(viewer));
  }

  @Authorized(ClientRights.MESSAGES_ADD)
  @Mutation(() => Message, {
    description: 'Writes to the agency about a project, quote or request (Messages Add); refused in read-only sessions.',
  })
  async postMyMessage(
    @Ctx() context: RequestContext,
    @CurrentClient() viewer: ClientViewerContext,
    @Arg('recordType', () => ConversationRecordType) recordType: ConversationRecordType,
    @Arg('recordId', () => ID) recordId: string,
    @Arg('body') body: string,
    @Arg('fileIds', () => [ID], { defaultValue: [], description: 'Uploads (POST /files) to send along; needs Files Add.' })
    fileIds: string[],
  ): Promise<Message> {
    const target = await messages.clientTarget(context.dataSource, viewer, recordType, recordId);
    if (fileIds.length) requireClientRight(viewer, ClientPortalArea.FILES, ClientPortalAction.ADD);
    return messages.postMessage(context.dataSource, context.config, context.mailer, target, body, clientActor(viewer), fileIds);
  }

  @Authorized(ClientRights.MESSAGES_BROWSE)
  @Mutation(() => Boolean, {
    description:
      'Marks the conversation read up to its newest message for the client; answers true. A staff member signed in as the client changes nothing.',
  })
  async markMyConversationRead(
    @Ctx() context: RequestContext,
    @CurrentClient() viewer: ClientViewerContext,
    @Arg('recordType', () => ConversationRecordType) recordType: ConversationRecordType,
    @Arg('recordId', () => ID) recordId: string,
  ): Promise<boolean> {
    const target = await messages.clientTarget(context.dataSource, viewer, recordType, recordId);
    if (!viewer.impersonation) {
      await messages.markRead(context.dataSource, await messages.findConversation(context.dataSource, target), 'client');
      await markMessageNoticesRead(context.dataSource, viewer, target.recordType, target.recordId);
    }
    return true;
  }
}

@Authorized()
@Resolver()
export class StaffMessagesResolver {
  @Authorized(Rights.PROJECTS_DISPLAY, Rights.QUOTES_DISPLAY, Rights.REQUESTS_DISPLAY)
  @Query(() => ConversationView, { description: "A record's conversation with the client (the Display right of the record's area)." })
  async conversation(
    @Ctx() context: RequestContext,
    @CurrentStaff() staff: StaffViewerContext,
    @Arg('recordType', () => ConversationRecordType) recordType: ConversationRecordType,
    @Arg('recordId', () => ID) recordId: string,
  ): Promise<ConversationView> {
    messages.checkStaffMay(staff, recordType, 'read');
    const target = await messages.findTarget(context.dataSource, recordType, recordId);
    return view(context, target, 'staff', messages.staffMayAnswer(staff, recordType));
  }

  @Authorized(Rights.PROJECTS_EDIT, Rights.QUOTES_EDIT, Rights.REQUESTS_EDIT)
  @Mutation(() => Message, {
    description: "Answers the client on a project, quote or request (the Edit right of the record's area); the client is told by e-mail.",
  })
  async postMessage(
    @Ctx() context: RequestContext,
    @CurrentStaff() staff: StaffViewerContext,
    @Arg('recordType', () => ConversationRecordType) recordType: ConversationRecordType,
    @Arg('recordId', () => ID) recordId: string,
    @Arg('body') body: string,
    @Arg('fileIds', () => [ID], {
      defaultValue: [],
      description: 'Uploads (POST /files?clientId=) to send along; needs Files Create.',
    })
    fileIds: string[],
  ): Promise<Message> {
    messages.checkStaffMay(staff, recordType, 'answer');
    if (fileIds.length && !staff.rights.has(Rights.FILES_CREATE))
      throw new ForbiddenError(`Your user group lacks the right to do this (${Rights.FILES_CREATE}).`, { right: Rights.FILES_CREATE });
    const target = await messages.findTarget(context.dataSource, recordType, recordId);
    return messages.postMessage(context.dataSource, context.config, context.mailer, target, body, staffActor(context), fileIds);
  }

  @Authorized(Rights.PROJECTS_DISPLAY, Rights.QUOTES_DISPLAY, Rights.REQUESTS_DISPLAY)
  @Mutation(() => Boolean, { description: 'Marks a conversation read for the agency up to its newest message; answers true.' })
  async markConversationRead(
    @Ctx() context: RequestContext,
    @CurrentStaff() staff: StaffViewerContext,
    @Arg('recordType', () => ConversationRecordType) recordType: ConversationRecordType,
    @Arg('recordId', () => ID) recordId: string,
  ): Promise<boolean> {
    messages.checkStaffMay(staff, recordType, 'read');
    const target = await messages.findTarget(context.dataSource, recordType, recordId);
    await messages.markRead(context.dataSource, await messages.findConversation(context.dataSource, target), 'staff');
    return true;
  }

  @Authorized(Rights.PROJECTS_DISPLAY, Rights.QUOTES_DISPLAY, Rights.REQUESTS_DISPLAY)
  @Query(() => [AwaitingConversation], {
    description: 'Conversations whose newest message is the client’s, longest waiting first (areas the staff member may display).',
  })
  async conversationsAwaitingAnswer(
    @Ctx() context: RequestContext,
    @CurrentStaff() staff: StaffViewerContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
  ): Promise<AwaitingConversation[]> {
    const waiting = await messages.conversationsAwaitingAnswer(context.dataSource, staff, first);
    const clients = waiting.length
      ? await context.dataSource
          .getRepository(Client)
          .find({ where: waiting.map((c) => ({ id: c.clientId })), select: { id: true, name: true } })
      : [];
    const names = new Map(clients.map((client) => [client.id, client.name]));
    const targets = await messages.findTargets(context.dataSource, waiting);
    return waiting.flatMap((conversation) => {
      const target = targets.get(messages.targetKey(conversation.recordType, conversation.recordId));
      if (!target) return [];
      return [
        {
          recordType: conversation.recordType,
          recordId: conversation.recordId,
          number: target.number,
          name: target.name,
          clientId: conversation.clientId,
          clientName: names.get(conversation.clientId) ?? '',
          lastMessageAt: conversation.lastMessageAt,
        },
      ];
    });
  }
}
