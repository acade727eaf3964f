import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { parseEnv } from 'node:util';

/** Every setting of the API, read from the environment once, validated, and passed down explicitly. */
export interface PorticoConfig {
  /** `mysql://user:pass@host:port/db`; empty means the embedded SQLite file. */
  databaseUrl: string | null;
  /** Where the embedded SQLite database lives when no DATABASE_URL is given. */
  sqlitePath: string;
  port: number;
  host: string;
  /** Demo mode seeds demo data and the `admin` / `admin` account; never use it in production. */
  demoMode: boolean;
  /** True when NODE_ENV=development: error responses include stack traces. */
  development: boolean;
  /** Send cookies with the Secure flag (set when the portal is served over HTTPS). */
  secureCookies: boolean;
  staffSessionHours: number;
  /** Largest accepted HTTP request body. */
  maxBodyBytes: number;
  /** Folders of the built SPAs, served by the same process. */
  homePortalDist: string;
  clientPortalDist: string;
  logSql: boolean;
  /** `smtp://user:pass@host:587` or `smtps://...`; null keeps letters in the outbox only. */
  smtpUrl: string | null;
  mailFrom: string;
  /** This server's address as users reach it; links in letters point here unless the portal settings name another. */
  publicUrl: string;
  clientSessionHours: number;
  welcomeLinkDays: number;
  resetLinkMinutes: number;
  /** How long a "Sign in as this Partner" session lasts. */
  signInAsPartnerMinutes: number;
  /** Wrong passwords per account within the window before the account is locked. */
  signInMaxFailures: number;
  signInFailureWindowMinutes: number;
  /** The first lock lasts this long; each further lock in a row twice as long, up to signInMaxLockMinutes. */
  signInLockMinutes: number;
  signInMaxLockMinutes: number;
  /** Wrong passwords from one network (any accounts) within the window before it must wait. */
  signInMaxFailuresPerAddress: number;
  /** Welcome and reset letters per client account per hour. */
  accountLettersPerHour: number;
  /** "Forgot password?" requests per network per hour. */
  passwordResetRequestsPerAddressPerHour: number;
  /** Where uploaded project and request files are kept. */
  filesDir: string;
  maxUploadBytes: number;
  /** What one client's own uploads may take on disk in all. */
  maxClientStorageBytes: number;
  /** Uploads never sent with a request are removed after this long. */
  unattachedUploadHours: number;
  /** Several API processes share the database (behind a load balancer): stricter start-up checks. */
  clusterMode: boolean;
  /** Apply pending migrations at start (under the migration lock); otherwise refuse to start while any is pending. */
  migrateOnStart: boolean;
  /** Connections each process keeps to a MySQL-compatible database. */
  databasePoolSize: number;
  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  logLevel: LogLevel;
  /** Which proxies' X-Forwarded-For to believe: a hop count, or addresses, subnets and Express names (loopback). */
  trustProxy: number | string[];
  /** The Prometheus endpoint's own port (null: no metrics endpoint) and address. */
  metricsPort: number | null;
  metricsHost: string;
  /** After SIGTERM: how long /readyz says 503 while requests are still served, so the load balancer moves away. */
  shutdownGraceMs: number;
  /** After the grace period: how long requests in flight (and a letter being sent) may take before the process stops anyway. */
  shutdownTimeoutMs: number;
  /** Idle keep-alive connections stay open this long; longer than the load balancer's idle timeout. */
  keepAliveTimeoutMs: number;
  /** The longest a letter's hand-over to the SMTP server may take; a letter claimed twice as long ago is given back to the outbox. */
  mailSendTimeoutMs: number;
  /**
   * The AES-256-GCM key authenticator secrets are encrypted with (SECRETS_KEY), or null when none is
   * set outside demo mode (two-factor sign-in is then unavailable). Demo mode without SECRETS_KEY
   * derives a fixed key and says so in the log.
   */
  secretsKey: Buffer | null;
  /** Where secretsKey came from. */
  secretsKeySource: 'SECRETS_KEY' | 'DEMO_DERIVED' | null;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

function readInt(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be a ${min === 0 ? 'whole number of 0 or more' : 'positive whole number'}, got "${raw}"`);
  }
  return value;
}

function readBool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

function readSmtpUrl(raw: string | undefined): string | null {
  if (!raw?.trim()) return null;
  if (!/^smtps?:\/\//.test(raw.trim())) throw new Error('SMTP_URL must start with smtp:// or smtps://');
  return raw.trim();
}

const TRUST_PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * TRUST_PROXY: a number trusts that many proxies in front of the server (the client address is that
 * many hops back in X-Forwarded-For); a list trusts only proxies at those addresses or subnets. `true`
 * is refused: trusting every sender would let anyone choose the address rate limits and audits see.
 */
function readTrustProxy(raw: string | undefined): number | string[] {
  const value = raw?.trim();
  if (!value) return ['loopback'];
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, prefix, extra] = entry.split('/');
    const family = net.isIP(address);
    const prefixValid = prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (family === 6 ? 128 : 32));
    if (!TRUST_PROXY_NAMES.includes(entry) && (!family || !prefixValid || extra !== undefined)) {
      throw new Error(
        `TRUST_PROXY must be a hop count or a comma-separated list of addresses, subnets (10.0.0.0/8) or ${TRUST_PROXY_NAMES.join(', ')}; got "${entry}"`,
      );
    }
  }
  return entries;
}

function readLogLevel(raw: string | undefined): LogLevel {
  const value = (raw?.trim() || 'info').toLowerCase();
  const level = LOG_LEVELS.find((candidate) => candidate === value);
  if (!level) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return level;
}

/**
 * SECRETS_KEY: 32 random bytes, written as base64 (`openssl rand -base64 32`, 44 characters) or as 64
 * hexadecimal digits. Anything else is refused at start, so a typo never silently weakens the key.
 */
export function readSecretsKey(raw: string | undefined): Buffer | null {
  const value = raw?.trim();
  if (!value) return null;
  const key = /^[0-9a-fA-F]{64}$/.test(value)
    ? Buffer.from(value, 'hex')
    : /^[A-Za-z0-9+/_-]{43}=?$/.test(value)
      ? Buffer.from(value, 'base64')
      : null;
  if (!key || key.length !== 32) {
    throw new Error('SECRETS_KEY must be 32 random bytes as base64 (openssl rand -base64 32) or as 64 hexadecimal digits');
  }
  return key;
}

/** The key demo mode uses when no SECRETS_KEY is set: fixed and public, so only for demo data. */
export const DEMO_SECRETS_KEY = createHash('sha256').update('Portico demo mode: not a secret, never for real accounts').digest();

const packageRoot = path.resolve(__dirname, '..');

/** Where `.env` is looked for unless ENV_FILE names another file: the repository root, beside `.env.example`. */
export const DEFAULT_ENV_FILE = path.resolve(packageRoot, '../../.env');

/**
 * The environment the server runs with: the variables of the `.env` file (ENV_FILE, or `.env` at the
 * repository root, if it exists), overridden by those really set, as twelve-factor deployments expect.
 */
export function readEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const file = env.ENV_FILE?.trim() || DEFAULT_ENV_FILE;
  if (!fs.existsSync(file)) {
    if (env.ENV_FILE?.trim()) throw new Error(`ENV_FILE names ${file}, which does not exist`);
    return env;
  }
  return { ...parseEnv(fs.readFileSync(file, 'utf8')), ...env };
}

/** Reads and checks every setting; without an argument from the process environment and the `.env` file. */
export function loadConfig(env: NodeJS.ProcessEnv = readEnvironment()): PorticoConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^mysql:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must start with mysql:// (leave it empty for the embedded SQLite database)');
  }
  const clusterMode = readBool(env, 'CLUSTER_MODE', false);
  if (clusterMode && !databaseUrl) {
    throw new Error('CLUSTER_MODE needs DATABASE_URL: the embedded SQLite file cannot be shared by several machines');
  }
  // Uploads written by one process must be readable by all: a default folder inside one machine's checkout is not.
  if (clusterMode && !env.FILES_DIR?.trim()) {
    throw new Error('CLUSTER_MODE needs FILES_DIR set explicitly to a folder every API process shares (e.g. an NFS mount)');
  }
  const metricsPort = env.METRICS_PORT?.trim() ? readInt(env, 'METRICS_PORT', 0, 0) : null;
  const demoMode = readBool(env, 'DEMO_MODE', false);
  const configuredSecretsKey = readSecretsKey(env.SECRETS_KEY);
  return {
    databaseUrl,
    sqlitePath: env.SQLITE_PATH || path.resolve(packageRoot, '../../data/portico.sqlite'),
    // 0 picks any free port (tests); the address is logged at start.
    port: readInt(env, 'PORT', 4000, 0),
    host: env.HOST || '127.0.0.1',
    demoMode,
    development: env.NODE_ENV === 'development',
    secureCookies: readBool(env, 'SECURE_COOKIES', false),
    staffSessionHours: readInt(env, 'STAFF_SESSION_HOURS', 12),
    maxBodyBytes: readInt(env, 'MAX_BODY_BYTES', 256 * 1024),
    homePortalDist: path.resolve(packageRoot, '../home-portal/dist'),
    clientPortalDist: path.resolve(packageRoot, '../client-portal/dist'),
    logSql: readBool(env, 'LOG_SQL', false),
    smtpUrl: readSmtpUrl(env.SMTP_URL),
    mailFrom: env.MAIL_FROM || 'Portico <no-reply@portico.invalid>',
    publicUrl: (env.PUBLIC_URL || `http://${env.HOST || '127.0.0.1'}:${env.PORT || 4000}`).replace(/\/+$/, ''),
    clientSessionHours: readInt(env, 'CLIENT_SESSION_HOURS', 8),
    welcomeLinkDays: readInt(env, 'WELCOME_LINK_DAYS', 7),
    resetLinkMinutes: readInt(env, 'RESET_LINK_MINUTES', 60),
    signInAsPartnerMinutes: readInt(env, 'SIGN_IN_AS_PARTNER_MINUTES', 30),
    signInMaxFailures: readInt(env, 'SIGN_IN_MAX_FAILURES', 5),
    signInFailureWindowMinutes: readInt(env, 'SIGN_IN_FAILURE_WINDOW_MINUTES', 15),
    signInLockMinutes: readInt(env, 'SIGN_IN_LOCK_MINUTES', 15),
    signInMaxLockMinutes: readInt(env, 'SIGN_IN_MAX_LOCK_MINUTES', 240),
    signInMaxFailuresPerAddress: readInt(env, 'SIGN_IN_MAX_FAILURES_PER_ADDRESS', 20),
    accountLettersPerHour: readInt(env, 'ACCOUNT_LETTERS_PER_HOUR', 5),
    passwordResetRequestsPerAddressPerHour: readInt(env, 'PASSWORD_RESET_REQUESTS_PER_ADDRESS_PER_HOUR', 10),
    filesDir: env.FILES_DIR || path.resolve(packageRoot, '../../data/files'),
    maxUploadBytes: readInt(env, 'MAX_UPLOAD_MB', 50) * 1024 * 1024,
    maxClientStorageBytes: readInt(env, 'MAX_CLIENT_STORAGE_MB', 1024) * 1024 * 1024,
    unattachedUploadHours: readInt(env, 'UNATTACHED_UPLOAD_HOURS', 24),
    clusterMode,
    migrateOnStart: readBool(env, 'MIGRATE_ON_START', !clusterMode),
    databasePoolSize: readInt(env, 'DATABASE_POOL_SIZE', 10),
    logLevel: readLogLevel(env.LOG_LEVEL),
    trustProxy: readTrustProxy(env.TRUST_PROXY),
    metricsPort,
    metricsHost: env.METRICS_HOST?.trim() || '127.0.0.1',
    // Only a load balancer needs time to move away; a single process has nowhere to send traffic to.
    shutdownGraceMs: readInt(env, 'SHUTDOWN_GRACE_SECONDS', clusterMode ? 5 : 0, 0) * 1000,
    shutdownTimeoutMs: readInt(env, 'SHUTDOWN_TIMEOUT_SECONDS', 30) * 1000,
    keepAliveTimeoutMs: readInt(env, 'KEEP_ALIVE_TIMEOUT_SECONDS', 65) * 1000,
    mailSendTimeoutMs: readInt(env, 'MAIL_SEND_TIMEOUT_SECONDS', 60) * 1000,
    secretsKey: configuredSecretsKey ?? (demoMode ? DEMO_SECRETS_KEY : null),
    secretsKeySource: configuredSecretsKey ? 'SECRETS_KEY' : demoMode ? 'DEMO_DERIVED' : null,
  };
}
