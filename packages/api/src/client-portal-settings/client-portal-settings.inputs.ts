import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { ClientPortalArea } from '../client-groups/client-portal-rights';
import { PortalLanguage } from '../clients/portal-language';

@InputType()
export class WelcomeTranslationInput {
  @Field(() => PortalLanguage)
  language: PortalLanguage;

  @Field()
  text: string;
}

@InputType({ description: 'The Client Portal configuration as the form saves it.' })
export class UpdateClientPortalSettingsInput {
  @Field(() => Int)
  version: number;

  @Field()
  enabled: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'Enter the portal address starting with https:// (or http:// for a test server).' })
  @MaxLength(500)
  publicUrl?: string | null;

  @Field()
  @Length(1, 100, { message: 'The portal name must be 1 to 100 characters.' })
  portalName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^(https:\/\/[^\s]+|data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/=]+)$/, {
    message: 'The logo must be an https:// address or a PNG, JPEG or SVG data: URL.',
  })
  @MaxLength(200_000, { message: 'The logo is too large; keep it under about 150 kB.' })
  logoUrl?: string | null;

  @Field()
  @Matches(/^#[0-9a-fA-F]{6}$/, { message: 'The primary colour must be written as #rrggbb, e.g. #1c7ed6.' })
  primaryColor: string;

  @Field()
  @Length(0, 1000, { message: 'Keep the welcome text under 1,000 characters.' })
  welcomeText: string;

  @Field(() => [WelcomeTranslationInput], {
    nullable: true,
    description: 'When given, replaces the welcome text’s translations (an empty text removes one); when left out, they stay.',
  })
  welcomeTranslations?: WelcomeTranslationInput[] | null;

  @Field(() => [ClientPortalArea])
  offeredAreas: ClientPortalArea[];

  @Field()
  showStaffIdentityToClients: boolean;

  @Field()
  notifyClientsOfChangeSessions: boolean;
}
