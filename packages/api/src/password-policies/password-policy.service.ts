import { DEFAULT_PASSWORD_POLICY, PASSWORD_LENGTH, PasswordProblem, passwordProblems, effectiveMinLength } from '@portico/domain';
import type { Request } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { changesBetween, recordAudit } from '../audit/audit.service';
import { AuditAction } from '../audit/audit-event.entity';
import { BadUserInputError, ConflictError } from '../common/errors';
import type { StaffUser } from '../staff/staff-user.entity';
import { isCommonPassword } from './common-passwords';
import { PasswordPolicy, PasswordPortal } from './password-policy.entity';
import type { UpdatePasswordPolicyInput } from './password-policy.inputs';

/** The policy of a portal (the defaults if its row is somehow missing). */
export async function getPasswordPolicy(manager: DataSource | EntityManager, portal: PasswordPortal): Promise<PasswordPolicy> {
  const stored = await manager.getRepository(PasswordPolicy).findOneBy({ portal });
  return stored ?? Object.assign(new PasswordPolicy(), { portal, ...DEFAULT_PASSWORD_POLICY, version: 0, updatedAt: new Date(0) });
}

export async function listPasswordPolicies(dataSource: DataSource): Promise<PasswordPolicy[]> {
  return Promise.all(Object.values(PasswordPortal).map((portal) => getPasswordPolicy(dataSource, portal)));
}

function messageOf(problem: PasswordProblem, policy: PasswordPolicy): string {
  const messages: Record<PasswordProblem, string> = {
    TOO_SHORT: `Use at least ${effectiveMinLength(policy)} characters.`,
    TOO_LONG: `Use at most ${PASSWORD_LENGTH.max} characters.`,
    CONTAINS_USERNAME: 'The password must not contain the username.',
    NO_LOWERCASE: 'Use at least one lower-case letter.',
    NO_UPPERCASE: 'Use at least one upper-case letter.',
    NO_DIGIT: 'Use at least one digit.',
    NO_SPECIAL_CHARACTER: 'Use at least one special character (neither a letter nor a digit).',
    COMMONLY_USED: 'This password is one of the most commonly used; choose another.',
  };
  return messages[problem];
}

/**
 * Refuses a new password that breaks the portal's policy (the portals check the same rules, from
 * @portico/domain, as people type): BAD_USER_INPUT on `field`, with the first broken rule in
 * `reason` and all of them in `reasons`. Every place a password is set calls this.
 */
export async function checkNewPassword(
  manager: DataSource | EntityManager,
  portal: PasswordPortal,
  password: string,
  username: string,
  field = 'password',
): Promise<void> {
  const policy = await getPasswordPolicy(manager, portal);
  const problems = passwordProblems(password, username, policy, isCommonPassword);
  if (problems.length) throw new BadUserInputError(messageOf(problems[0], policy), field, { reason: problems[0], reasons: problems });
}

/** Changes a portal's policy (versioned, audited in the same transaction). Passwords already set keep working. */
export async function updatePasswordPolicy(
  dataSource: DataSource,
  input: UpdatePasswordPolicyInput,
  actor: StaffUser,
  req: Request,
): Promise<PasswordPolicy> {
  return dataSource.transaction(async (manager) => {
    const before = await getPasswordPolicy(manager, input.portal);
    const result = await manager
      .createQueryBuilder()
      .update(PasswordPolicy)
      .set({ strength: input.strength, minLength: input.minLength, rejectCommonPasswords: input.rejectCommonPasswords })
      .where('portal = :portal AND version = :version', { portal: input.portal, version: input.version })
      .execute();
    const after = await getPasswordPolicy(manager, input.portal);
    if (!result.affected) throw conflict(after);
    await recordAudit(manager, {
      action: AuditAction.PASSWORD_POLICY_CHANGED,
      actor,
      req,
      details: { portal: input.portal, changes: changesBetween(before, after, ['strength', 'minLength', 'rejectCommonPasswords']) },
    });
    return after;
  });
}

function conflict(current: PasswordPolicy) {
  return new ConflictError(
    `Someone saved this password policy after you opened it (now version ${current.version}). Reload to see the changes; your input is kept.`,
    { currentVersion: current.version, updatedAt: current.updatedAt.toISOString() },
  );
}
