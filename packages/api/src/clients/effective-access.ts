import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ClientAreaRights, ClientGroup } from '../client-groups/client-group.entity';
import { ClientPortalArea } from '../client-groups/client-portal-rights';
import type { RequestContext } from '../auth/context';
import type { Client } from './client.entity';
import { AccessAssignment, AccessDeniedReason, decideClientAccess } from '@portico/domain';

// The rule itself lives in @portico/domain, shared with the Home Portal's preview of an unsaved form.
export { AccessAssignment, AccessDeniedReason };

registerEnumType(AccessAssignment, {
  name: 'AccessAssignment',
  description: "What decides the client's group: its status or an explicitly chosen group.",
});
registerEnumType(AccessDeniedReason, { name: 'AccessDeniedReason' });

@ObjectType({ description: 'What a client may do in the Client Portal, and why.' })
export class EffectiveAccess {
  @Field(() => ClientGroup, {
    nullable: true,
    description: 'The group whose rights apply: the status group, or the group chosen in "Assign to Group".',
  })
  group: ClientGroup | null;

  @Field(() => AccessAssignment)
  assignedBy: AccessAssignment;

  @Field({ description: 'True when the client may sign in to the Client Portal.' })
  canSignIn: boolean;

  @Field(() => [AccessDeniedReason], { description: 'Every reason access is denied; empty when canSignIn is true.' })
  deniedReasons: AccessDeniedReason[];

  @Field({ description: 'One sentence for people, stating the access and why.' })
  explanation: string;

  @Field(() => [ClientAreaRights], {
    description: "The rights in force: the group's matrix when the client can sign in, nothing otherwise.",
  })
  rights: ClientAreaRights[];
}

type AccessInputs = Pick<Client, 'status' | 'assignToStatus' | 'groupId' | 'portalAccessAllowed'>;

const statusLabel = (status: string) => status.charAt(0) + status.slice(1).toLowerCase();

/**
 * The single rule of Client Portal access: with "Assign to Status" the status group decides,
 * otherwise the chosen group does; and the client's own access checkbox must be ticked too.
 * `groups` is every client group (they are few, and loaded once per request).
 */
export function evaluateEffectiveAccess(client: AccessInputs, groups: readonly ClientGroup[]): EffectiveAccess {
  const { group, assignedBy, canSignIn, deniedReasons } = decideClientAccess(client, groups);
  const because = deniedReasons.map((reason) => {
    switch (reason) {
      case AccessDeniedReason.NO_GROUP_ASSIGNED:
        return '"Assign to Status" is off and no group is chosen';
      case AccessDeniedReason.STATUS_DENIES_ACCESS:
        return `the status ${statusLabel(client.status)} gives no Client Portal access`;
      case AccessDeniedReason.GROUP_DENIES_ACCESS:
        return `the group "${group?.name}" has no Client Portal access`;
      case AccessDeniedReason.PORTAL_ACCESS_NOT_ALLOWED:
        return 'Client Portal access is not allowed in the Client Portal Settings';
    }
  });
  const source = client.assignToStatus ? `status ${statusLabel(client.status)}` : `group "${group?.name}"`;
  const explanation = canSignIn
    ? `Can sign in to the Client Portal with the rights of the ${source}.`
    : `Cannot sign in to the Client Portal: ${because.join('; and ')}.`;

  return {
    group,
    assignedBy,
    canSignIn,
    deniedReasons,
    explanation,
    rights: canSignIn && group ? group.rights : Object.values(ClientPortalArea).map((area) => ({ area, actions: [] })),
  };
}

/** A client's effective access for this request, evaluated once however many fields ask for it. */
export async function effectiveAccessOf(context: Pick<RequestContext, 'loaders'>, client: Client): Promise<EffectiveAccess> {
  const evaluated = context.loaders.memo('effective-access', () => new WeakMap<Client, EffectiveAccess>());
  let access = evaluated.get(client);
  if (!access) {
    access = evaluateEffectiveAccess(client, await context.loaders.clientGroups());
    evaluated.set(client, access);
  }
  return access;
}
