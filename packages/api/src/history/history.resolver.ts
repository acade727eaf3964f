import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { VIEWER } from '../auth/requirements';
import type { RequestContext } from '../auth/context';
import { actorNameFor } from './actor';
import { HistoryEntry } from './history-entry.entity';

@Authorized(VIEWER)
@Resolver(() => HistoryEntry)
export class HistoryEntryFieldsResolver {
  @FieldResolver(() => String, {
    description:
      'Who did it, e.g. "Anna Account-Manager", "Acme GmbH" or "Anna Account-Manager on behalf of Acme GmbH"; clients see the agency\'s name instead of staff names when the portal settings hide staff identity.',
  })
  actorName(@Root() entry: HistoryEntry, @Ctx() context: RequestContext): string {
    return actorNameFor(context, { name: entry.actorName, kind: entry.actorKind });
  }
}
