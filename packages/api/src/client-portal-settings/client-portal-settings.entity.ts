import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { ClientPortalArea } from '../client-groups/client-portal-rights';
import { PortalLanguage } from '../clients/portal-language';

export enum ClientPortalVersion {
  /** The previous Client Portal, with its own customization. */
  CLASSIC = 'CLASSIC',
  V2 = 'V2',
}
registerEnumType(ClientPortalVersion, { name: 'ClientPortalVersion' });

/** Customization of the previous portal; discarded for good when 2.0 is enabled. */
export interface ClassicCustomization {
  customCss?: string;
  headerHtml?: string;
  footerHtml?: string;
  loginPageText?: string;
}

/** Branding Client Portal 2.0 starts with, and returns to when it is enabled. */
export const PORTAL_2_DEFAULT_BRANDING = {
  portalName: 'Client Portal',
  logoUrl: null as string | null,
  primaryColor: '#1c7ed6',
  welcomeText: 'Welcome! Follow your projects, decide on quotes and send new requests here.',
};

@ObjectType({ description: 'An agency text in one portal language.' })
export class WelcomeTranslation {
  @Field(() => PortalLanguage)
  language: PortalLanguage;

  @Field()
  text: string;
}

/** The agency's Client Portal configuration: one row for the whole installation. */
@ObjectType({ description: 'Client Portal configuration (Home Portal → Configuration → Portals → Client Portal).' })
@Entity('client_portal_settings')
export class ClientPortalSettings {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Field({ description: 'Whether clients can use the Client Portal at all.' })
  @Column({ type: 'boolean' })
  enabled: boolean;

  @Field(() => ClientPortalVersion, { description: 'CLASSIC until Client Portal 2.0 is enabled; the switch is one-way.' })
  @Column({ type: 'varchar', length: 16 })
  portalVersion: ClientPortalVersion;

  @Field(() => String, {
    nullable: true,
    description: "The portal address used in e-mails, e.g. https://portal.agency.example/portal/. Null: this server's own address.",
  })
  @Column({ type: 'varchar', length: 500, nullable: true })
  publicUrl: string | null;

  @Field({ description: "Branding: the portal's name, shown in the portal and in every letter." })
  @Column({ type: 'varchar', length: 100 })
  portalName: string;

  @Field(() => String, { nullable: true, description: 'Branding: logo as an https URL or a data: URL of a PNG, JPEG or SVG image.' })
  @Column({ type: 'text', nullable: true })
  logoUrl: string | null;

  @Field({ description: 'Branding: primary colour as #rrggbb.' })
  @Column({ type: 'varchar', length: 7 })
  primaryColor: string;

  @Field({
    description: 'Branding: text on the sign-in page and the dashboard, in the default language (shown where no translation exists).',
  })
  @Column({ type: 'varchar', length: 1000 })
  welcomeText: string;

  @Field(() => [WelcomeTranslation], {
    nullable: true,
    description: 'The welcome text in other portal languages; a language without one shows `welcomeText`.',
  })
  @Column({ type: 'simple-json', nullable: true })
  welcomeTranslations: WelcomeTranslation[] | null;

  @Field(() => [ClientPortalArea], {
    description: "The areas the portal offers; a client sees an area only if it is offered and the client's group has rights in it.",
  })
  @Column({ type: 'simple-json' })
  offeredAreas: ClientPortalArea[];

  @Column({ type: 'simple-json', nullable: true })
  classicCustomization: ClassicCustomization | null;

  @Field({ description: 'Whether a client\'s "Sign-in activity" names the staff member and the stated reason of each staff view.' })
  @Column({ type: 'boolean', default: true })
  showStaffIdentityToClients: boolean;

  @Field({ description: 'E-mail the client when a staff member starts a session as the client with changes allowed.' })
  @Column({ type: 'boolean', default: false })
  notifyClientsOfChangeSessions: boolean;

  @Field({ description: "True while the previous portal's customization still exists (it is discarded when 2.0 is enabled)." })
  get hasClassicCustomization(): boolean {
    return this.classicCustomization !== null && Object.keys(this.classicCustomization).length > 0;
  }

  @Field(() => Int)
  @VersionColumn()
  version: number;

  @Field()
  @UpdateDateColumn()
  updatedAt: Date;
}
