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
  signInMaxFailures: number;
  signInFailureWindowMinutes: number;
  signInLockMinutes: number;
  /** Where uploaded project and request files are kept. */
  filesDir: string;
  maxUploadBytes: number;
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
    filesDir: env.FILES_DIR || path.resolve(packageRoot, '../../data/files'),
    maxUploadBytes: readInt(env, 'MAX_UPLOAD_MB', 50) * 1024 * 1024,
  };
}
