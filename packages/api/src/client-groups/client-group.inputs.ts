import { Length } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ClientPortalAction, ClientPortalArea } from './client-portal-rights';

@InputType({ description: 'What the group may do in one Client Portal area; areas left out get no rights.' })
export class ClientAreaRightsInput {
  @Field(() => ClientPortalArea)
  area: ClientPortalArea;

  @Field(() => [ClientPortalAction])
  actions: ClientPortalAction[];
}

@InputType()
export class CreateClientGroupInput {
  @Field()
  @Length(1, 100, { message: 'The group name must be 1 to 100 characters.' })
  name: string;

  @Field({ description: '"Access Allowed": whether the group\'s clients may sign in to the Client Portal.' })
  accessAllowed: boolean;

  @Field(() => [ClientAreaRightsInput])
  rights: ClientAreaRightsInput[];

  @Field(() => Boolean, {
    nullable: true,
    description: "Require two-factor sign-in of the group's clients (left out: unchanged; false for a new group). Needs SECRETS_KEY.",
  })
  twoFactorRequired?: boolean | null;
}

@InputType()
export class UpdateClientGroupInput extends CreateClientGroupInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;
}
