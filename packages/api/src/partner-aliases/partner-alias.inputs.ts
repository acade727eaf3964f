import { Field, ID, InputType } from 'type-graphql';
import { CatTool } from './cat-tools';

@InputType({ description: 'A new username in external system for a client.' })
export class AddPartnerAliasInput {
  @Field(() => ID)
  clientId: string;

  @Field(() => CatTool)
  tool: CatTool;

  @Field()
  externalUsername: string;
}

@InputType()
export class UpdatePartnerAliasInput {
  @Field(() => ID)
  id: string;

  @Field()
  externalUsername: string;
}
