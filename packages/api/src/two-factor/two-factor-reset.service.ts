import { NotFoundError } from '../common/errors';
import type { RequestContext, StaffViewerContext } from '../auth/context';
import { recordAudit } from '../audit/audit.service';
import { AuditAction } from '../audit/audit-event.entity';
import { getClient } from '../clients/client.service';
import { PortalLanguage } from '../clients/portal-language';
import { getClientPortalSettings, portalUrl } from '../client-portal-settings/client-portal-settings.service';
import { writeLetter } from '../mail/letters';
import { LetterKind } from '../mail/outbox-letter.entity';
import { deliverLetter, queueLetter } from '../mail/outbox.service';
import { log } from '../ops/logger';
import { userWithGroup } from '../staff/staff-user.service';
import { enforce, evaluateUserAction } from '../staff/user-management.policy';
import { deleteEnrolment } from './two-factor.service';

function deliverSoon(context: RequestContext, letterId: number): void {
  if (context.mailer.configured)
    void deliverLetter(context.dataSource, context.mailer, letterId).catch((error) => log().error({ err: error }, 'Delivery failed'));
}

/**
 * An administrator removes a colleague's authenticator app and recovery codes (a lost phone): the
 * same User Management decision as editing the user, audited with the removal in one transaction,
 * and the colleague is told by e-mail. The next sign-in asks for the password alone, or for
 * enrolment when the colleague's group requires two-factor sign-in.
 */
export async function resetStaffUserTwoFactor(context: RequestContext, staff: StaffViewerContext, rawId: string): Promise<boolean> {
  const target = await userWithGroup(context.dataSource, rawId);
  enforce(evaluateUserAction(staff, 'EDIT', target));
  const letterId = await context.dataSource.transaction(async (manager) => {
    const removed = await deleteEnrolment(manager, { kind: 'staff', id: target.user.id });
    if (!removed) throw new NotFoundError('Two-factor sign-in of user', target.user.id);
    await recordAudit(manager, {
      action: AuditAction.STAFF_TWO_FACTOR_RESET,
      actor: staff.user,
      subjectStaffUserId: target.user.id,
      req: context.req,
      details: { user: target.user.fullName },
    });
    if (!target.user.email) return null;
    const written = writeLetter(
      LetterKind.TWO_FACTOR_RESET,
      PortalLanguage.EN,
      {
        portalName: 'Portico Home Portal',
        clientName: target.user.fullName,
        username: target.user.username,
        portalUrl: `${context.config.publicUrl}/`,
        actionUrl: `${context.config.publicUrl}/`,
        validFor: '',
      },
      '#1c7ed6',
    );
    const letter = await queueLetter(manager, context.mailer, {
      kind: LetterKind.TWO_FACTOR_RESET,
      clientId: null,
      recipient: target.user.email,
      language: PortalLanguage.EN,
      subject: written.subject,
      textBody: written.text,
      htmlBody: written.html,
      requestedBy: staff.user.fullName,
    });
    return letter.id;
  });
  if (letterId) deliverSoon(context, letterId);
  return true;
}

/** Staff remove a client's authenticator app (audited); the client is told by e-mail in its language. */
export async function resetClientTwoFactor(context: RequestContext, staff: StaffViewerContext, rawId: string): Promise<boolean> {
  const client = await getClient(context.dataSource, rawId);
  const settings = await getClientPortalSettings(context.dataSource);
  const letterId = await context.dataSource.transaction(async (manager) => {
    const removed = await deleteEnrolment(manager, { kind: 'client', id: client.id });
    if (!removed) throw new NotFoundError('Two-factor sign-in of client', client.id);
    await recordAudit(manager, {
      action: AuditAction.CLIENT_TWO_FACTOR_RESET,
      actor: staff.user,
      clientId: client.id,
      req: context.req,
      details: { client: client.username },
    });
    if (!client.email) return null;
    const base = portalUrl(settings, context.config);
    const written = writeLetter(
      LetterKind.TWO_FACTOR_RESET,
      client.preferredLanguage,
      {
        portalName: settings.portalName,
        clientName: client.name,
        username: client.username,
        portalUrl: base,
        actionUrl: base,
        validFor: '',
      },
      settings.primaryColor,
    );
    const letter = await queueLetter(manager, context.mailer, {
      kind: LetterKind.TWO_FACTOR_RESET,
      clientId: client.id,
      recipient: client.email,
      language: client.preferredLanguage,
      subject: written.subject,
      textBody: written.text,
      htmlBody: written.html,
      requestedBy: staff.user.fullName,
    });
    return letter.id;
  });
  if (letterId) deliverSoon(context, letterId);
  return true;
}
