import { AuditEvent } from '../audit/audit-event.entity';
import { Session } from '../auth/session.entity';
import { OneTimeToken } from '../client-auth/one-time-token.entity';
import { SignInAttempt } from '../client-auth/sign-in-attempt.entity';
import { ClientPortalSettings } from '../client-portal-settings/client-portal-settings.entity';
import { OutboxLetter } from '../mail/outbox-letter.entity';
import { Impersonation } from '../sign-in-as-partner/impersonation.entity';
import { ClientRequest } from '../client-requests/client-request.entity';
import { Feedback } from '../feedback/feedback.entity';
import { Conversation, Message } from '../messages/message.entity';
import { StoredFile } from '../files/stored-file.entity';
import { HistoryEntry } from '../history/history-entry.entity';
import { Project } from '../projects/project.entity';
import { ProjectReview } from '../projects/project-review.entity';
import { Quote } from '../quotes/quote.entity';
import { ClientGroup } from '../client-groups/client-group.entity';
import { Client } from '../clients/client.entity';
import { ClientCount } from '../clients/client-count.entity';
import { PartnerAlias } from '../partner-aliases/partner-alias.entity';
import { StaffUser } from '../staff/staff-user.entity';
import { UserGroup } from '../staff/user-group.entity';
import { StaffSignInAttempt } from '../staff/staff-sign-in-attempt.entity';
import { RateLimitBucket } from '../rate-limits/rate-limit-bucket.entity';

/** Every TypeORM entity of the product; migrations must match them (a test checks). */
export const entities = [
  Client,
  ClientCount,
  ClientGroup,
  PartnerAlias,
  UserGroup,
  StaffUser,
  Session,
  SignInAttempt,
  OneTimeToken,
  Impersonation,
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
  StoredFile,
  HistoryEntry,
  StaffSignInAttempt,
  RateLimitBucket,
];
