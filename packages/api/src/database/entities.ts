import { AuditEvent } from '../audit/audit-event.entity';
import { Session } from '../auth/session.entity';
import { OneTimeToken } from '../client-auth/one-time-token.entity';
import { SignInAttempt } from '../client-auth/sign-in-attempt.entity';
import { ClientPortalSettings } from '../client-portal-settings/client-portal-settings.entity';
import { OutboxLetter } from '../mail/outbox-letter.entity';
import { SignInAsPartnerSession } from '../sign-in-as-partner/sign-in-as-partner-session.entity';
import { ClientRequest } from '../client-requests/client-request.entity';
import { Feedback } from '../feedback/feedback.entity';
import { Conversation, Message, MessageDigest } from '../messages/message.entity';
import { StoredFile } from '../files/stored-file.entity';
import { ClientNotification } from '../notifications/notification.entity';
import { HistoryEntry } from '../history/history-entry.entity';
import { Project } from '../projects/project.entity';
import { ProjectReview } from '../projects/project-review.entity';
import { Quote } from '../quotes/quote.entity';
import { ClientGroup } from '../client-groups/client-group.entity';
import { Client } from '../clients/client.entity';
import { ClientCount } from '../clients/client-count.entity';
import { ClientSearchWord } from '../clients/client-search-word.entity';
import { PartnerAlias } from '../partner-aliases/partner-alias.entity';
import { StaffUser } from '../staff/staff-user.entity';
import { UserGroup } from '../staff/user-group.entity';
import { StaffSignInAttempt } from '../staff/staff-sign-in-attempt.entity';
import { RateLimitBucket } from '../rate-limits/rate-limit-bucket.entity';
import { PasswordPolicy } from '../password-policies/password-policy.entity';
import { SignInChallenge, TwoFactorEnrolment, TwoFactorRecoveryCode } from '../two-factor/two-factor.entity';

/** Every TypeORM entity of the product; migrations must match them (a test checks). */
export const entities = [
  Client,
  ClientCount,
  ClientSearchWord,
  ClientGroup,
  PartnerAlias,
  UserGroup,
  StaffUser,
  Session,
  SignInAttempt,
  OneTimeToken,
  SignInAsPartnerSession,
  OutboxLetter,
  AuditEvent,
  ClientPortalSettings,
  Project,
  ProjectReview,
  Quote,
  ClientRequest,
  Feedback,
  Conversation,
  Message,
  MessageDigest,
  ClientNotification,
  StoredFile,
  HistoryEntry,
  StaffSignInAttempt,
  RateLimitBucket,
  PasswordPolicy,
  TwoFactorEnrolment,
  TwoFactorRecoveryCode,
  SignInChallenge,
];
