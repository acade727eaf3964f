import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IsEmail, IsOptional, Length, Matches } from 'class-validator';
import { ClientStatus } from './client-status';
import { FormatPreferencesInput } from './format-preferences';
import { PortalLanguage } from './portal-language';

/** Letters, digits and . _ - @, starting with a letter or digit: safe in URLs, e-mails and CAT tools. */
export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{1,49}$/;
const USERNAME_RULE = 'The ID must be 2 to 50 characters: letters, digits, ".", "_", "-" or "@", starting with a letter or digit.';

@InputType({ description: 'Identification Data of a new client.' })
export class CreateClientInput {
  @Field({ description: "The client's ID, also its Client Portal username." })
  @Matches(USERNAME_PATTERN, { message: USERNAME_RULE })
  username: string;

  @Field()
  @Length(1, 200, { message: 'The name must be 1 to 200 characters.' })
  name: string;

  @Field(() => ClientStatus, { defaultValue: ClientStatus.POTENTIAL })
  status: ClientStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'Enter a valid e-mail address, such as name@example.com.' })
  email?: string | null;
}

@InputType({ description: 'Changed Identification Data; `version` is the one the form was loaded with.' })
export class UpdateClientIdentificationInput extends CreateClientInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;
}

@InputType({ description: 'The System Account settings staff can change.' })
export class UpdateSystemAccountInput {
  @Field(() => ID)
  clientId: string;

  @Field(() => Int, { description: 'The version the form was loaded with.' })
  version: number;

  @Field()
  assignToStatus: boolean;

  @Field(() => ID, { nullable: true, description: 'Required when assignToStatus is false.' })
  groupId?: string | null;

  @Field()
  portalAccessAllowed: boolean;

  @Field(() => PortalLanguage)
  preferredLanguage: PortalLanguage;

  @Field(() => FormatPreferencesInput)
  formatPreferences: FormatPreferencesInput;
}

export enum ClientSortField {
  USERNAME = 'USERNAME',
  NAME = 'NAME',
  STATUS = 'STATUS',
  UPDATED_AT = 'UPDATED_AT',
}
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(ClientSortField, { name: 'ClientSortField' });
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType({ description: 'Narrows the clients list. All given conditions must hold.' })
export class ClientFilter {
  @Field(() => String, { nullable: true, description: 'Matches the start of the ID, the name or the e-mail, ignoring case.' })
  @IsOptional()
  @Length(0, 100)
  search?: string | null;

  @Field(() => ClientStatus, { nullable: true })
  status?: ClientStatus | null;

  @Field(() => ID, { nullable: true, description: 'Clients whose effective group is this one (by status or by choice).' })
  groupId?: string | null;
}

export const MAX_PAGE_SIZE = 100;
