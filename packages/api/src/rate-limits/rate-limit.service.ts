import { In, type DataSource } from 'typeorm';
import { isUniqueViolation } from '../database/data-source';
import { RateLimitBucket } from './rate-limit-bucket.entity';

/** How many attempts a bucket allows per window, and whether reaching the limit blocks it for a while. */
export interface RateLimitPolicy {
  maxHits: number;
  windowMs: number;
  /** Keycloak-style growing waits: the first block lasts `firstMs`, each further one twice as long, at most `maxMs`. */
  block?: { firstMs: number; maxMs: number };
}

export type Claim = { claimed: true } | { claimed: false; retryAfterSeconds: number };

/** After a day without a block, a new block starts again from the shortest wait. */
const BLOCK_STREAK_RESET_MS = 24 * 3600_000;

/**
 * Claims one attempt in a bucket before the attempt is carried out. A single conditional UPDATE
 * decides, so however many requests arrive at once, on however many processes, at most
 * `maxHits` claims succeed per window, and none while the bucket is blocked. A bucket's first claim
 * makes its row already claimed; the primary key lets one INSERT win and the others take the UPDATE.
 * Either way a claim is one write: on MySQL/MariaDB one commit waiting for the disk, before argon2.
 */
export async function claimAttempt(dataSource: DataSource, bucket: string, policy: RateLimitPolicy, now = new Date()): Promise<Claim> {
  if (await claimInRow(dataSource, bucket, policy, now)) return { claimed: true };
  if (policy.maxHits >= 1) {
    try {
      await dataSource
        .createQueryBuilder()
        .insert()
        .into(RateLimitBucket)
        .values({ bucket, hits: 1, windowStartedAt: now, blockedUntil: null, blockCount: 0 })
        .updateEntity(false)
        .execute();
      return { claimed: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // The row appeared meanwhile: its conditional UPDATE decides, as for every later claim.
      if (await claimInRow(dataSource, bucket, policy, now)) return { claimed: true };
    }
  }
  const state = await dataSource.getRepository(RateLimitBucket).findOneBy({ bucket });
  const until = !state
    ? new Date(now.getTime() + policy.windowMs)
    : state.blockedUntil && state.blockedUntil > now
      ? state.blockedUntil
      : new Date(state.windowStartedAt.getTime() + policy.windowMs);
  return { claimed: false, retryAfterSeconds: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)) };
}

/** One claim in the bucket's existing row, if its window and block allow it; false when refused or the row is missing. */
async function claimInRow(dataSource: DataSource, bucket: string, policy: RateLimitPolicy, now: Date): Promise<boolean> {
  const windowCutoff = new Date(now.getTime() - policy.windowMs);
  // MySQL evaluates SET from left to right with the new values, SQLite with the old ones: each
  // assignment below reads only columns assigned after it (or itself), so both engines agree.
  const result = await dataSource
    .createQueryBuilder()
    .update(RateLimitBucket)
    .set({
      blockCount: () =>
        'CASE WHEN windowStartedAt <= :windowCutoff AND (blockedUntil IS NULL OR blockedUntil <= :streakCutoff) THEN 0 ELSE blockCount END',
      hits: () => 'CASE WHEN windowStartedAt <= :windowCutoff THEN 1 ELSE hits + 1 END',
      windowStartedAt: () => 'CASE WHEN windowStartedAt <= :windowCutoff THEN :now ELSE windowStartedAt END',
    })
    .where('bucket = :bucket AND (blockedUntil IS NULL OR blockedUntil <= :now) AND (windowStartedAt <= :windowCutoff OR hits < :maxHits)')
    .setParameters({ bucket, now, windowCutoff, streakCutoff: new Date(now.getTime() - BLOCK_STREAK_RESET_MS), maxHits: policy.maxHits })
    .updateEntity(false)
    .execute();
  return Boolean(result.affected);
}

/**
 * The attempt failed. When the bucket's claims have reached the limit, it is blocked, once: of
 * several failures arriving together only the first sets the block (conditional on blockCount).
 * Returns the end of the block it set, if any.
 */
export async function recordFailure(
  dataSource: DataSource,
  bucket: string,
  policy: RateLimitPolicy,
  now = new Date(),
): Promise<Date | null> {
  if (!policy.block) return null;
  const state = await dataSource.getRepository(RateLimitBucket).findOneBy({ bucket });
  if (!state || state.hits < policy.maxHits || (state.blockedUntil && state.blockedUntil > now)) return null;
  const waitMs = Math.min(policy.block.firstMs * 2 ** state.blockCount, policy.block.maxMs);
  const blockedUntil = new Date(now.getTime() + waitMs);
  const result = await dataSource
    .createQueryBuilder()
    .update(RateLimitBucket)
    .set({ blockedUntil, blockCount: state.blockCount + 1, hits: 0, windowStartedAt: now })
    .where('bucket = :bucket AND blockCount = :seen AND hits >= :maxHits', { bucket, seen: state.blockCount, maxHits: policy.maxHits })
    .updateEntity(false)
    .execute();
  return result.affected ? blockedUntil : null;
}

/** The attempt succeeded: the bucket starts afresh (an account's right password ends its streak). */
export async function resetBucket(dataSource: DataSource, bucket: string): Promise<void> {
  await dataSource
    .createQueryBuilder()
    .update(RateLimitBucket)
    .set({ hits: 0, blockedUntil: null, blockCount: 0 })
    .where('bucket = :bucket', { bucket })
    .updateEntity(false)
    .execute();
}

/** Gives a claim back (the attempt turned out harmless, e.g. a right password from a limited address). */
export async function refundAttempt(dataSource: DataSource, bucket: string): Promise<void> {
  await dataSource
    .createQueryBuilder()
    .update(RateLimitBucket)
    .set({ hits: () => 'hits - 1' })
    .where('bucket = :bucket AND hits > 0', { bucket })
    .updateEntity(false)
    .execute();
}

/** When each of the given buckets is blocked until (only those blocked now appear). */
export async function blockedUntilOf(dataSource: DataSource, buckets: readonly string[], now = new Date()): Promise<Map<string, Date>> {
  const blocked = new Map<string, Date>();
  if (!buckets.length) return blocked;
  const rows = await dataSource
    .getRepository(RateLimitBucket)
    .find({ where: { bucket: In([...buckets]) }, select: { bucket: true, blockedUntil: true } });
  for (const row of rows) if (row.blockedUntil && row.blockedUntil > now) blocked.set(row.bucket, row.blockedUntil);
  return blocked;
}

/** Forgets buckets whose window and block ended long ago, so the table stays as small as the traffic of a day. */
export async function removeStaleBuckets(
  dataSource: DataSource,
  olderThanMs = 2 * BLOCK_STREAK_RESET_MS,
  now = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - olderThanMs);
  const result = await dataSource
    .createQueryBuilder()
    .delete()
    .from(RateLimitBucket)
    .where('windowStartedAt < :cutoff AND (blockedUntil IS NULL OR blockedUntil < :cutoff)', { cutoff })
    .execute();
  return result.affected ?? 0;
}
