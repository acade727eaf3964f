import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AuditResolver } from '../audit/audit.resolver';
import { HistoryEntryFieldsResolver } from '../history/history.resolver';
import { authChecker } from '../auth/auth-checker';
import { StaffAuthResolver } from '../auth/staff-auth.resolver';
import { ClientAccountResolver } from '../client-auth/client-account.resolver';
import { ClientPortalAuthResolver, ClientViewerFieldsResolver } from '../client-auth/client-portal-auth.resolver';
import { ClientPortalSettingsResolver } from '../client-portal-settings/client-portal-settings.resolver';
import { OutboxResolver } from '../mail/outbox.resolver';
import { SignInAsPartnerResolver } from '../sign-in-as-partner/sign-in-as-partner.resolver';
import { ClientRequestFieldsResolver, ClientRequestResolver, MyRequestsResolver } from '../client-requests/client-request.resolver';
import { MessageFieldsResolver, MyMessagesResolver, StaffMessagesResolver } from '../messages/message.resolver';
import { MyNotificationsResolver } from '../notifications/notification.resolver';
import { FeedbackFieldsResolver, FeedbackResolver, MyFeedbackResolver } from '../feedback/feedback.resolver';
import { MyProjectsResolver, ProjectFieldsResolver, ProjectResolver, ProjectReviewFieldsResolver } from '../projects/project.resolver';
import { MyQuotesResolver, QuoteFieldsResolver, QuoteResolver } from '../quotes/quote.resolver';
import { ClientDashboardResolver } from '../work/dashboard.resolver';
import { MyFilesResolver, StoredFileFieldsResolver } from '../files/files.resolver';
import { ClientGroupResolver } from '../client-groups/client-group.resolver';
import { ClientResolver } from '../clients/client.resolver';
import { PartnerAliasResolver } from '../partner-aliases/partner-alias.resolver';
import { StaffUserResolver, UserGroupResolver } from '../staff/staff.resolver';
import { PasswordPolicyResolver } from '../password-policies/password-policy.resolver';
import {
  ClientTwoFactorFieldsResolver,
  ClientTwoFactorResolver,
  StaffTwoFactorResolver,
  StaffUserTwoFactorResolver,
} from '../two-factor/two-factor.resolver';

export const resolvers = [
  StaffAuthResolver,
  ClientResolver,
  ClientGroupResolver,
  PartnerAliasResolver,
  UserGroupResolver,
  StaffUserResolver,
  ClientAccountResolver,
  ClientPortalAuthResolver,
  ClientViewerFieldsResolver,
  ClientPortalSettingsResolver,
  OutboxResolver,
  SignInAsPartnerResolver,
  AuditResolver,
  HistoryEntryFieldsResolver,
  ProjectFieldsResolver,
  ProjectReviewFieldsResolver,
  ProjectResolver,
  MyProjectsResolver,
  QuoteFieldsResolver,
  QuoteResolver,
  MyQuotesResolver,
  ClientRequestFieldsResolver,
  ClientRequestResolver,
  MyRequestsResolver,
  FeedbackFieldsResolver,
  FeedbackResolver,
  MyFeedbackResolver,
  ClientDashboardResolver,
  StoredFileFieldsResolver,
  MyFilesResolver,
  PasswordPolicyResolver,
  StaffTwoFactorResolver,
  StaffUserTwoFactorResolver,
  ClientTwoFactorFieldsResolver,
  ClientTwoFactorResolver,
  MessageFieldsResolver,
  MyMessagesResolver,
  MyNotificationsResolver,
  StaffMessagesResolver,
] as const;

/** The whole GraphQL schema, built from the decorated classes. */
export function buildPorticoSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...resolvers],
    authChecker,
    // Input classes carry class-validator rules; they are checked before a resolver runs.
    validate: { forbidUnknownValues: false },
  });
}
