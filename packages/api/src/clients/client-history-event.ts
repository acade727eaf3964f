import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * One entry of a client's history on its profile: an audit record as staff who may display the client
 * read it. Unlike the audit log (User Management or Portal Configuration rights) it carries no IP
 * address: where a colleague worked from is not a client's history.
 */
@ObjectType({ description: "A change to a client: who made it, when, and from what to what (the client profile's History)." })
export class ClientHistoryEvent {
  @Field(() => ID)
  id: number;

  @Field({ description: 'What happened, e.g. CLIENT_ACCESS_CHANGED, PARTNER_ALIAS_REMOVED.' })
  action: string;

  @Field()
  occurredAt: Date;

  @Field(() => String, { nullable: true, description: 'Full name of the staff member who acted.' })
  actorName: string | null;

  @Field(() => GraphQLJSONObject, { description: 'What changed, with old and new values.' })
  details: Record<string, unknown>;
}
