import { Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ServiceType } from './work-types';

/** What a project, quote or request is about: name, services and languages (a base, not used on its own). */
@InputType()
export class WorkScopeInput {
  @Field()
  @Length(1, 200, { message: 'The name must be 1 to 200 characters.' })
  name: string;

  @Field(() => [ServiceType])
  services: ServiceType[];

  @Field({ description: 'Language code such as en or de-DE.' })
  sourceLanguage: string;

  @Field(() => [String])
  targetLanguages: string[];
}
