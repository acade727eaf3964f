import { Length } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CatTool } from '../partner-aliases/cat-tools';
import { ServiceType } from '../work/work-types';
import { ProjectStatus } from './project.entity';

@InputType({ description: 'A project as staff create it for a client.' })
export class CreateProjectInput {
  @Field(() => ID)
  clientId: string;

  @Field()
  @Length(1, 200, { message: 'The project name must be 1 to 200 characters.' })
  name: string;

  @Field(() => [ServiceType])
  services: ServiceType[];

  @Field()
  sourceLanguage: string;

  @Field(() => [String])
  targetLanguages: string[];

  @Field()
  deadline: Date;

  @Field({ description: 'Decimal amount, e.g. "1234.50".' })
  totalCost: string;

  @Field()
  currency: string;

  @Field(() => CatTool, { nullable: true })
  catTool?: CatTool | null;

  @Field(() => ID, { nullable: true, description: 'The client request this project answers, if any.' })
  requestId?: string | null;
}

@InputType()
export class UpdateProjectInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field()
  @Length(1, 200, { message: 'The project name must be 1 to 200 characters.' })
  name: string;

  @Field(() => [ServiceType])
  services: ServiceType[];

  @Field()
  sourceLanguage: string;

  @Field(() => [String])
  targetLanguages: string[];

  @Field()
  deadline: Date;

  @Field()
  totalCost: string;

  @Field()
  currency: string;

  @Field(() => CatTool, { nullable: true })
  catTool?: CatTool | null;
}

@InputType()
export class ChangeProjectStatusInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => ProjectStatus)
  status: ProjectStatus;

  @Field(() => String, { nullable: true, description: 'Shown in the status history.' })
  note?: string | null;
}
