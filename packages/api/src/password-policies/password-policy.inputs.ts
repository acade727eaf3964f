import { PASSWORD_POLICY_MIN_LENGTH } from '@portico/domain';
import { Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { PasswordPortal, PasswordStrength } from './password-policy.entity';

@InputType()
export class UpdatePasswordPolicyInput {
  @Field(() => PasswordPortal)
  portal: PasswordPortal;

  @Field(() => PasswordStrength)
  strength: PasswordStrength;

  @Field(() => Int)
  @Min(PASSWORD_POLICY_MIN_LENGTH.min)
  @Max(PASSWORD_POLICY_MIN_LENGTH.max)
  minLength: number;

  @Field()
  rejectCommonPasswords: boolean;

  @Field(() => Int, { description: 'The version the editor loaded.' })
  version: number;
}
