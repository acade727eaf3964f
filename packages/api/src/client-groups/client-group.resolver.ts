import { requireSecretsKey } from '../two-factor/secret-box';
import DataLoader from 'dataloader';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { auditedBy } from '../audit/audit.service';
import type { RequestContext } from '../auth/context';
import { Rights } from '../staff/staff-rights';
import { ClientGroup } from './client-group.entity';
import { CreateClientGroupInput, UpdateClientGroupInput } from './client-group.inputs';
import * as clientGroups from './client-group.service';

@Authorized()
@Resolver(() => ClientGroup)
export class ClientGroupResolver {
  // Client editors need the list too, for the "Assign to Group" dropdown.
  @Authorized(Rights.CLIENT_GROUPS_BROWSE, Rights.CLIENTS_DISPLAY)
  @Query(() => [ClientGroup], { description: 'Every client group, the built-in status groups included, by name.' })
  clientGroups(@Ctx() context: RequestContext): Promise<ClientGroup[]> {
    return context.loaders.clientGroups();
  }

  @Authorized(Rights.CLIENT_GROUPS_BROWSE, Rights.CLIENTS_DISPLAY)
  @Query(() => ClientGroup)
  clientGroup(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<ClientGroup> {
    return clientGroups.getClientGroup(context.dataSource, id);
  }

  @Authorized(Rights.CLIENT_GROUPS_CREATE)
  @Mutation(() => ClientGroup)
  createClientGroup(@Ctx() context: RequestContext, @Arg('input') input: CreateClientGroupInput): Promise<ClientGroup> {
    if (input.twoFactorRequired) requireSecretsKey(context.config);
    return clientGroups.createClientGroup(context.dataSource, input, auditedBy(context));
  }

  @Authorized(Rights.CLIENT_GROUPS_EDIT)
  @Mutation(() => ClientGroup, {
    description: 'Saves name, "Access Allowed" and the rights matrix. Fails with CONFLICT when `version` is stale.',
  })
  updateClientGroup(@Ctx() context: RequestContext, @Arg('input') input: UpdateClientGroupInput): Promise<ClientGroup> {
    if (input.twoFactorRequired) requireSecretsKey(context.config);
    return clientGroups.updateClientGroup(context.dataSource, input, auditedBy(context));
  }

  @Authorized(Rights.CLIENT_GROUPS_BROWSE, Rights.CLIENTS_DISPLAY)
  @FieldResolver(() => Int, {
    description:
      'How many clients have this group chosen in "Assign to Group": a group in use cannot be deleted (clients assigned to ' +
      'status are counted by their status, not here). Counted for every group of a list in one statement.',
  })
  clientCount(@Root() group: ClientGroup, @Ctx() context: RequestContext): Promise<number> {
    return context.loaders
      .memo(
        'client-count-by-group',
        () => new DataLoader((ids: readonly number[]) => clientGroups.countClientsByGroup(context.dataSource, ids)),
      )
      .load(group.id);
  }

  @Authorized(Rights.CLIENT_GROUPS_DELETE)
  @Mutation(() => Boolean, {
    description:
      'Deletes a group no client is assigned to: a group in use is refused with BAD_USER_INPUT, reason GROUP_IN_USE and `clientCount`. ' +
      'Built-in status groups cannot be deleted (FORBIDDEN, reason BUILT_IN_GROUP).',
  })
  async deleteClientGroup(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    await clientGroups.deleteClientGroup(context.dataSource, id, auditedBy(context));
    return true;
  }
}
