import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../auth/context';
import { decoyPasswordHash, verifyPassword } from '../auth/password';
import { RateLimitedError } from '../common/errors';
import type { PorticoConfig } from '../config';
import { accountLocks } from '../ops/metrics';
import {
  blockedUntilOf,
  claimAttempt,
  recordFailure,
  refundAttempt,
  resetBucket,
  type Claim,
  type RateLimitPolicy,
} from './rate-limit.service';

export type GuardConfig = Pick<
  PorticoConfig,
  'signInMaxFailures' | 'signInFailureWindowMinutes' | 'signInLockMinutes' | 'signInMaxLockMinutes' | 'signInMaxFailuresPerAddress'
>;

/** The account a password belongs to: a client's Client Portal account or a staff member's. */
export type PasswordAccount = { kind: 'client' | 'staff'; id: number };

export function accountBucket(account: PasswordAccount): string {
  return `account:${account.kind}:${account.id}`;
}

/**
 * The network an address belongs to, as rate limits see it: an IPv4 address itself, an IPv6
 * address's /64 (one household or office gets a whole /64, so single addresses mean nothing).
 */
export function networkOf(address: string | undefined | null): string {
  if (!address) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!address.includes(':')) return address;
  const [head] = address.split('%');
  const halves = head.split('::');
  const left = halves[0] ? halves[0].split(':') : [];
  const right = halves[1] ? halves[1].split(':') : [];
  const groups = halves.length === 2 ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

export function accountPolicy(config: GuardConfig): RateLimitPolicy {
  return {
    maxHits: config.signInMaxFailures,
    windowMs: config.signInFailureWindowMinutes * 60_000,
    block: { firstMs: config.signInLockMinutes * 60_000, maxMs: Math.max(config.signInLockMinutes, config.signInMaxLockMinutes) * 60_000 },
  };
}

function addressPolicy(config: GuardConfig): RateLimitPolicy {
  return { maxHits: config.signInMaxFailuresPerAddress, windowMs: config.signInFailureWindowMinutes * 60_000 };
}

function addressBucket(address: string | undefined): string {
  return `sign-in-address:${networkOf(address)}`;
}

/**
 * Claims a sign-in attempt from its network (refused with RATE_LIMITED), then on its account. One
 * after the other on purpose: an attempt its network may not make never counts on the account, so
 * a network told to wait cannot push an account toward its lock. Answers the account's claim.
 */
async function claimSignInAttempt(
  dataSource: DataSource,
  config: GuardConfig,
  address: string,
  account: string | null,
): Promise<Claim | null> {
  const byAddress = await claimAttempt(dataSource, address, addressPolicy(config));
  if (!byAddress.claimed) throw new RateLimitedError(byAddress.retryAfterSeconds);
  return account ? claimAttempt(dataSource, account, accountPolicy(config)) : null;
}

export type PasswordCheck = { outcome: 'MATCH' } | { outcome: 'MISMATCH'; lockedUntil: Date | null } | { outcome: 'LOCKED' };

/**
 * Every password check of the product goes through here (sign-in of clients and staff, password
 * changes with the current password). The attempt is claimed in the database before argon2 runs:
 * per network (refused with RATE_LIMITED) and per account (a locked account is refused without
 * looking at its hash). A locked or unknown account still costs one decoy verification, so timing
 * tells nothing about which accounts exist or are locked.
 */
export async function checkPassword(
  dataSource: DataSource,
  config: GuardConfig,
  check: {
    account: PasswordAccount | null;
    passwordHash: string | null;
    password: string;
    address: string | undefined;
    /**
     * A second factor follows: a right password must not wipe the account's count, or someone who
     * knows the password could alternate it with guessed codes for ever. The code step resets it.
     */
    secondFactorFollows?: boolean;
    /**
     * The caller's own writes when the password is right (its sign-in record, the new session).
     * They run beside the guard's bookkeeping, so a sign-in waits for one round of commits after argon2.
     */
    onMatch?: () => Promise<unknown>;
  },
): Promise<PasswordCheck> {
  const address = addressBucket(check.address);
  const account = check.account ? accountBucket(check.account) : null;
  const byAccount = await claimSignInAttempt(dataSource, config, address, account);
  if (byAccount && !byAccount.claimed) {
    await verifyPassword(await decoyPasswordHash(), check.password);
    return { outcome: 'LOCKED' };
  }
  const matches = await verifyPassword(check.passwordHash ?? (await decoyPasswordHash()), check.password);
  if (matches && check.passwordHash) {
    // Independent rows, independent writes: at once rather than one commit after the other.
    await Promise.all([
      account && !check.secondFactorFollows ? resetBucket(dataSource, account) : undefined,
      refundAttempt(dataSource, address),
      check.onMatch?.(),
    ]);
    return { outcome: 'MATCH' };
  }
  const lockedUntil = account ? await recordFailure(dataSource, account, accountPolicy(config)) : null;
  if (lockedUntil && check.account) accountLocks.inc({ portal: check.account.kind });
  return { outcome: 'MISMATCH', lockedUntil };
}

export type CodeCheck =
  { outcome: 'MATCH' } | { outcome: 'MISMATCH'; lockedUntil: Date | null } | { outcome: 'LOCKED'; retryAfterSeconds: number };

/**
 * A second-factor code (authenticator or recovery code) checked under the same limits as passwords:
 * the attempt is claimed per network and per account before `verify` runs, a wrong code is a failure
 * toward the account's lock, and the right one starts the account's count afresh.
 */
export async function checkCode(
  dataSource: DataSource,
  config: GuardConfig,
  check: { account: PasswordAccount; address: string | undefined; verify: () => Promise<boolean> },
): Promise<CodeCheck> {
  const address = addressBucket(check.address);
  const account = accountBucket(check.account);
  const byAccount = (await claimSignInAttempt(dataSource, config, address, account))!;
  if (!byAccount.claimed) return { outcome: 'LOCKED', retryAfterSeconds: byAccount.retryAfterSeconds };
  if (await check.verify()) {
    await Promise.all([resetBucket(dataSource, account), refundAttempt(dataSource, address)]);
    return { outcome: 'MATCH' };
  }
  const lockedUntil = await recordFailure(dataSource, account, accountPolicy(config));
  if (lockedUntil) accountLocks.inc({ portal: check.account.kind });
  return { outcome: 'MISMATCH', lockedUntil };
}

/** Lifts an account's lock and forgets its failures (staff unlock; a password set from an e-mailed link). */
export function unlockAccount(dataSource: DataSource, account: PasswordAccount): Promise<void> {
  return resetBucket(dataSource, accountBucket(account));
}

/** Until when an account is locked, or null; batched across a page of accounts (one statement). */
export function accountLockedUntil(
  context: Pick<RequestContext, 'loaders' | 'dataSource'>,
  account: PasswordAccount,
): Promise<Date | null> {
  const loader = context.loaders.memo(
    'account-locks',
    () =>
      new DataLoader<string, Date | null>(async (buckets) => {
        const blocked = await blockedUntilOf(context.dataSource, buckets);
        return buckets.map((bucket) => blocked.get(bucket) ?? null);
      }),
  );
  return loader.load(accountBucket(account));
}
