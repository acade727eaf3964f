import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { PUBLIC } from '../auth/requirements';
import { CurrentStaff } from '../auth/current-viewer';
import type { RequestContext, StaffViewerContext } from '../auth/context';
import { Rights } from '../staff/staff-rights';
import { ClientPortalSettings, WelcomeTranslation } from './client-portal-settings.entity';
import { UpdateClientPortalSettingsInput } from './client-portal-settings.inputs';
import * as settings from './client-portal-settings.service';

@ObjectType({ description: 'What the Client Portal shows before anyone signs in.' })
export class ClientPortalBranding {
  @Field({ description: 'False while Client Portal 2.0 is not enabled or the portal is switched off.' })
  available: boolean;

  @Field()
  portalName: string;

  @Field(() => String, { nullable: true })
  logoUrl: string | null;

  @Field()
  primaryColor: string;

  @Field({ description: 'The welcome text in the default language.' })
  welcomeText: string;

  @Field(() => [WelcomeTranslation], { description: 'Its translations; show `welcomeText` for a language without one.' })
  welcomeTranslations: WelcomeTranslation[];
}

@Authorized(PUBLIC)
@Resolver(() => ClientPortalSettings)
export class ClientPortalSettingsResolver {
  // Public on purpose: the portal's sign-in page needs the agency's branding before anyone signs in.
  @Query(() => ClientPortalBranding, { description: 'Branding and availability of Client Portal 2.0, for its sign-in page.' })
  async clientPortalBranding(@Ctx() context: RequestContext): Promise<ClientPortalBranding> {
    const current = await settings.getClientPortalSettings(context.dataSource);
    const { portalName, logoUrl, primaryColor, welcomeText } = current;
    const welcomeTranslations = current.welcomeTranslations ?? [];
    return { available: settings.isPortal2Available(current), portalName, logoUrl, primaryColor, welcomeText, welcomeTranslations };
  }

  @Authorized(Rights.PORTAL_CONFIGURATION_DISPLAY)
  @Query(() => ClientPortalSettings)
  clientPortalSettings(@Ctx() context: RequestContext): Promise<ClientPortalSettings> {
    return settings.getClientPortalSettings(context.dataSource);
  }

  @Authorized(Rights.PORTAL_CONFIGURATION_EDIT)
  @Mutation(() => ClientPortalSettings, {
    description: 'Saves enablement, address, branding and offered areas. Fails with CONFLICT when `version` is stale.',
  })
  updateClientPortalSettings(
    @Ctx() context: RequestContext,
    @CurrentStaff() staff: StaffViewerContext,
    @Arg('input') input: UpdateClientPortalSettingsInput,
  ): Promise<ClientPortalSettings> {
    return settings.updateClientPortalSettings(context.dataSource, input, staff.user, context.req);
  }

  @Authorized(Rights.PORTAL_CONFIGURATION_EDIT)
  @Mutation(() => ClientPortalSettings, {
    description:
      'Enables Client Portal 2.0: the previous portal goes off, its customization is discarded and branding is reset to the 2.0 defaults; all clients, accounts and records are kept. Pass confirm: true. Audited.',
  })
  enableClientPortal2(
    @Ctx() context: RequestContext,
    @CurrentStaff() staff: StaffViewerContext,
    @Arg('confirm') confirm: boolean,
  ): Promise<ClientPortalSettings> {
    return settings.enableClientPortal2(context.dataSource, confirm, staff.user, context.req);
  }
}
