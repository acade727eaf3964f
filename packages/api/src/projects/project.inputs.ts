import { Field, ID, InputType, Int } from 'type-graphql';
import { CatTool } from '../partner-aliases/cat-tools';
import { WorkScopeInput } from '../work/work-scope.inputs';
import { ProjectStatus } from './project.entity';

@InputType()
export class ProjectFieldsInput extends WorkScopeInput {
  @Field()
  deadline: Date;

  @Field({ description: 'Decimal amount, e.g. "1234.50".' })
  totalCost: string;

  @Field()
  currency: string;

  @Field(() => CatTool, { nullable: true })
  catTool?: CatTool | null;
}

@InputType({ description: 'A project as staff create it for a client.' })
export class CreateProjectInput extends ProjectFieldsInput {
  @Field(() => ID)
  clientId: string;

  @Field(() => ID, { nullable: true, description: 'The client request this project answers, if any.' })
  requestId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The version of the request staff answered; if the client edited it since, CONFLICT (REQUEST_CHANGED).',
  })
  requestVersion?: number | null;
}

@InputType()
export class UpdateProjectInput extends ProjectFieldsInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;
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

  @Field({
    defaultValue: false,
    description:
      'Delivering a project without translation (target) files is refused (BAD_USER_INPUT, reason NO_TRANSLATION_FILES) unless this says it is meant, e.g. when the translation went by other means.',
  })
  allowWithoutFiles: boolean;
}
