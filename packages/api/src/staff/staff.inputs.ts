import { IsEmail, IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { SpecialRight, StaffAction, StaffDomain } from './staff-rights';

@InputType()
export class StaffDomainRightsInput {
  @Field(() => StaffDomain)
  domain: StaffDomain;

  @Field(() => [StaffAction])
  actions: StaffAction[];
}

@InputType()
export class CreateUserGroupInput {
  @Field()
  @Length(1, 100, { message: 'The group name must be 1 to 100 characters.' })
  name: string;

  @Field(() => [StaffDomainRightsInput], { description: 'Domains left out get no rights.' })
  rights: StaffDomainRightsInput[];

  @Field(() => [SpecialRight])
  specialRights: SpecialRight[];

  @Field(() => Boolean, {
    nullable: true,
    description: "Require two-factor sign-in of the group's members (left out: unchanged; false for a new group). Needs SECRETS_KEY.",
  })
  twoFactorRequired?: boolean | null;
}

@InputType()
export class UpdateUserGroupInput extends CreateUserGroupInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;
}

const USERNAME_RULE = 'The username must be 2 to 50 characters: letters, digits, ".", "_", "-" or "@".';

@InputType()
export class CreateStaffUserInput {
  @Field()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._@-]{1,49}$/, { message: USERNAME_RULE })
  username: string;

  @Field()
  @Length(1, 200, { message: 'The full name must be 1 to 200 characters.' })
  fullName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'Enter a valid e-mail address, such as name@example.com.' })
  email?: string | null;

  @Field({ description: 'At least 10 characters, not containing the username.' })
  password: string;

  @Field(() => ID)
  groupId: string;
}

@InputType()
export class UpdateStaffUserInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field()
  @Length(1, 200, { message: 'The full name must be 1 to 200 characters.' })
  fullName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'Enter a valid e-mail address, such as name@example.com.' })
  email?: string | null;

  @Field(() => ID)
  groupId: string;

  @Field()
  active: boolean;
}
