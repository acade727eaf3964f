import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { auditedBy } from '../audit/audit.service';
import type { RequestContext } from '../auth/context';
import { Rights } from '../staff/staff-rights';
import { CatToolInfo, listCatTools } from './cat-tools';
import { PartnerAlias } from './partner-alias.entity';
import { AddPartnerAliasInput, UpdatePartnerAliasInput } from './partner-alias.inputs';
import * as partnerAliases from './partner-alias.service';

@Authorized()
@Resolver(() => PartnerAlias)
export class PartnerAliasResolver {
  @Query(() => [CatToolInfo], { description: 'The CAT tools and the mapping rules their usernames must meet.' })
  catTools(): CatToolInfo[] {
    return listCatTools();
  }

  @Authorized(Rights.CLIENTS_EDIT)
  @Mutation(() => PartnerAlias, {
    description: 'Adds a username in external system. Errors carry `extensions.rule` naming the broken rule.',
  })
  addPartnerAlias(@Ctx() context: RequestContext, @Arg('input') input: AddPartnerAliasInput): Promise<PartnerAlias> {
    return partnerAliases.addPartnerAlias(context.dataSource, input, auditedBy(context));
  }

  @Authorized(Rights.CLIENTS_EDIT)
  @Mutation(() => PartnerAlias)
  updatePartnerAlias(@Ctx() context: RequestContext, @Arg('input') input: UpdatePartnerAliasInput): Promise<PartnerAlias> {
    return partnerAliases.updatePartnerAlias(context.dataSource, input, auditedBy(context));
  }

  @Authorized(Rights.CLIENTS_EDIT)
  @Mutation(() => Boolean)
  async removePartnerAlias(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    await partnerAliases.removePartnerAlias(context.dataSource, id, auditedBy(context));
    return true;
  }
}
