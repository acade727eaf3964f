import { listClientHistory } from '../audit/audit.service';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Field, Query, Resolver, Root } from 'type-graphql';
import { CurrentStaff } from '../auth/current-viewer';
import type { RequestContext, StaffViewerContext } from '../auth/context';
import { ClientGroup } from '../client-groups/client-group.entity';
import { PageInfo } from '../common/paging';
import { PartnerAlias } from '../partner-aliases/partner-alias.entity';
import { evaluateSignInAsPartner } from '../sign-in-as-partner/sign-in-as-partner.policy';
import { Rights } from '../staff/staff-rights';
import { getClientPortalSettings, isPortal2Available } from '../client-portal-settings/client-portal-settings.service';
import { updateMessageLetters } from '../client-auth/client-account.service';
import { MessageLetters } from '../messages/message-letters';
import { Client } from './client.entity';
import { ClientHistoryEvent } from './client-history-event';
import { letterRefusals } from '../client-auth/account-letters.service';
import { AccountLetterRefusal } from '@portico/domain';
import {
  ClientFilter,
  ClientSortField,
  CreateClientInput,
  SortDirection,
  UpdateClientIdentificationInput,
  UpdateSystemAccountInput,
} from './client.inputs';
import * as clients from './client.service';
import { EffectiveAccess, effectiveAccessOf } from './effective-access';

@ObjectType({ description: 'A page of clients.' })
export class ClientConnection {
  @Field(() => [Client])
  nodes: Client[];

  @Field(() => Int, { description: 'How many clients match the filter in all.' })
  totalCount: number;

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@Authorized()
@Resolver(() => Client)
export class ClientResolver {
  @Authorized(Rights.CLIENTS_BROWSE)
  @Query(() => ClientConnection, {
    description: 'Clients, searched, filtered, sorted and paged (keyset: pass `pageInfo.endCursor` as `after`).',
  })
  async clients(
    @Ctx() context: RequestContext,
    @Arg('first', () => Int, { defaultValue: 25, description: 'Page size, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => ClientFilter, { nullable: true }) filter: ClientFilter | null,
    @Arg('sortBy', () => ClientSortField, { defaultValue: ClientSortField.NAME }) sortBy: ClientSortField,
    @Arg('sortDirection', () => SortDirection, { defaultValue: SortDirection.ASC }) sortDirection: SortDirection,
  ): Promise<ClientConnection> {
    const groups = await context.loaders.clientGroups();
    return clients.listClients(context.dataSource, groups, { first, after, filter, sortBy, sortDirection });
  }

  @Authorized(Rights.CLIENTS_DISPLAY)
  @Query(() => Client, { description: 'One client by its internal id.' })
  client(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<Client> {
    return clients.getClient(context.dataSource, id);
  }

  @Authorized(Rights.CLIENTS_CREATE)
  @Mutation(() => Client, {
    description: 'Adds a client (Identification Data). Its System Account starts assigned to status, without portal access.',
  })
  createClient(
    @Ctx() context: RequestContext,
    @CurrentStaff() staff: StaffViewerContext,
    @Arg('input') input: CreateClientInput,
  ): Promise<Client> {
    return clients.createClient(context.dataSource, input, staff.user);
  }

  @Authorized(Rights.CLIENTS_EDIT)
  @Mutation(() => Client, { description: 'Saves Identification Data. Fails with CONFLICT when `version` is stale.' })
  updateClientIdentification(@Ctx() context: RequestContext, @Arg('input') input: UpdateClientIdentificationInput): Promise<Client> {
    return clients.updateClientIdentification(context, input);
  }

  @Authorized(Rights.CLIENTS_EDIT)
  @Mutation(() => Client, {
    description: 'Saves the System Account: Access Rights and Client Portal Settings. Fails with CONFLICT when `version` is stale.',
  })
  updateSystemAccount(@Ctx() context: RequestContext, @Arg('input') input: UpdateSystemAccountInput): Promise<Client> {
    return clients.updateSystemAccount(context, input);
  }

  @Authorized(Rights.CLIENTS_EDIT)
  @Mutation(() => Client, { description: 'Chooses when the client hears by e-mail of new messages (Clients Edit).' })
  async updateClientMessageLetters(
    @Ctx() context: RequestContext,
    @CurrentStaff() staff: StaffViewerContext,
    @Arg('clientId', () => ID) clientId: string,
    @Arg('messageLetters', () => MessageLetters) messageLetters: MessageLetters,
  ): Promise<Client> {
    const client = await clients.getClient(context.dataSource, clientId);
    return updateMessageLetters(context.dataSource, client.id, messageLetters, staff.user.fullName);
  }

  @Authorized(Rights.CLIENTS_DELETE)
  @Mutation(() => Boolean, {
    description:
      'Deletes a client without projects, quotes or requests, with its partner aliases, sessions, tokens and unattached files, ' +
      'in one transaction. A client with work is refused: FORBIDDEN with reason CLIENT_HAS_WORK and the counts.',
  })
  async deleteClient(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    await clients.deleteClient(context, id);
    return true;
  }

  @Authorized(Rights.CLIENTS_DISPLAY)
  @FieldResolver(() => [ClientHistoryEvent], {
    description:
      "The client's history, newest first: who changed its status, access, group, portal access, language, Format Preferences, " +
      'identification, account lock and partner aliases, and when, with old and new values. For one client at a time (the profile).',
  })
  history(
    @Root() client: Client,
    @Ctx() context: RequestContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
  ): Promise<ClientHistoryEvent[]> {
    return listClientHistory(context.dataSource, client.id, first);
  }

  @FieldResolver(() => ClientGroup, {
    nullable: true,
    description: 'The group chosen in "Assign to Group" (null when assigned to status).',
  })
  async group(@Root() client: Client, @Ctx() context: RequestContext): Promise<ClientGroup | null> {
    if (client.groupId === null) return null;
    return (await context.loaders.clientGroups()).find((group) => group.id === client.groupId) ?? null;
  }

  @FieldResolver(() => EffectiveAccess)
  async effectiveAccess(@Root() client: Client, @Ctx() context: RequestContext): Promise<EffectiveAccess> {
    return effectiveAccessOf(context, client);
  }

  @FieldResolver(() => [AccountLetterRefusal], {
    description:
      'Every reason "Send Welcome E-mail" and "Send Password Reset E-mail" would be refused now (the portal, the address, each ' +
      'reason the client cannot sign in); empty when a letter can go. The same decision the mutations make.',
  })
  async accountLetterRefusals(@Root() client: Client, @Ctx() context: RequestContext): Promise<AccountLetterRefusal[]> {
    const settings = await context.loaders.memo('client-portal-settings', () => getClientPortalSettings(context.dataSource));
    return letterRefusals(client, await context.loaders.clientGroups(), settings);
  }

  @FieldResolver(() => [PartnerAlias], { description: 'Usernames in external systems (CAT tools), one per tool.' })
  partnerAliases(@Root() client: Client, @Ctx() context: RequestContext): Promise<PartnerAlias[]> {
    return context.loaders.partnerAliasesByClientId.load(client.id);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the viewer may use "Sign in as this Partner" for this client: needs the Sign in as Partner right and a client who can sign in.',
  })
  async canSignInAsPartner(@Root() client: Client, @Ctx() context: RequestContext): Promise<boolean> {
    return (await this.signInAsPartner(client, context)).allowed;
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may also choose "allow changes" when signing in as this client (Sign in as Partner with changes).',
  })
  async canSignInAsPartnerWithChanges(@Root() client: Client, @Ctx() context: RequestContext): Promise<boolean> {
    return (await this.signInAsPartner(client, context)).changesAllowed;
  }

  private async signInAsPartner(client: Client, context: RequestContext) {
    const access = await effectiveAccessOf(context, client);
    const settings = await context.loaders.memo('client-portal-settings', () => getClientPortalSettings(context.dataSource));
    const staff = context.staff!;
    return evaluateSignInAsPartner({
      staffRights: staff.rights,
      access,
      portalAvailable: isPortal2Available(settings),
      staffSecondFactor: { required: staff.group.twoFactorRequired, used: staff.secondFactor },
    });
  }
}
