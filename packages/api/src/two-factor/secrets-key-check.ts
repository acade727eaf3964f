import { IsNull, Not, type DataSource } from 'typeorm';
import { ClientGroup } from '../client-groups/client-group.entity';
import type { PorticoConfig } from '../config';
import { log } from '../ops/logger';
import { UserGroup } from '../staff/user-group.entity';
import { TwoFactorEnrolment } from './two-factor.entity';

/**
 * At start: without SECRETS_KEY nobody's authenticator codes could be checked, so a server where a
 * group requires two-factor sign-in, or accounts have enrolled, refuses to start and says why. Demo
 * mode without SECRETS_KEY uses a fixed, public key and warns that it does.
 */
export async function checkSecretsKeyAtStart(
  dataSource: DataSource,
  config: Pick<PorticoConfig, 'secretsKey' | 'secretsKeySource'>,
): Promise<void> {
  if (config.secretsKeySource === 'DEMO_DERIVED') {
    log().warn(
      'Demo mode without SECRETS_KEY: authenticator secrets are encrypted with a fixed demo key that is not secret. Set SECRETS_KEY (openssl rand -base64 32) for real accounts.',
    );
  }
  if (config.secretsKey) return;
  const [userGroups, clientGroups, enrolments] = await Promise.all([
    dataSource.getRepository(UserGroup).find({ where: { twoFactorRequired: true }, select: { name: true } }),
    dataSource.getRepository(ClientGroup).find({ where: { twoFactorRequired: true }, select: { name: true } }),
    dataSource.getRepository(TwoFactorEnrolment).countBy({ confirmedAt: Not(IsNull()) }),
  ]);
  const where = [
    ...userGroups.map((group) => `user group "${group.name}"`),
    ...clientGroups.map((group) => `client group "${group.name}"`),
  ];
  if (where.length || enrolments) {
    throw new Error(
      `SECRETS_KEY is not set, but two-factor sign-in is in use (${[
        ...(where.length ? [`required by ${where.join(', ')}`] : []),
        ...(enrolments ? [`${enrolments} account(s) enrolled`] : []),
      ].join('; ')}). Set SECRETS_KEY to the key these secrets were encrypted with (32 bytes, base64 or hex; see the README).`,
    );
  }
}
