import path from 'node:path';

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
}

function readInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive whole number, got "${raw}"`);
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

const packageRoot = path.resolve(__dirname, '..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): PorticoConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^mysql:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must start with mysql:// (leave it empty for the embedded SQLite database)');
  }
  return {
    databaseUrl,
    sqlitePath: env.SQLITE_PATH || path.resolve(packageRoot, '../../data/portico.sqlite'),
    port: readInt(env, 'PORT', 4000),
    host: env.HOST || '127.0.0.1',
    demoMode: readBool(env, 'DEMO_MODE', false),
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
  };
}
