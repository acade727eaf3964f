import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, readEnvironment } from './config';

const repositoryRoot = path.resolve(__dirname, '../../..');

/** Every variable config.ts reads. */
function variablesRead(): string[] {
  const source = fs.readFileSync(path.join(__dirname, 'config.ts'), 'utf8');
  const names = [...source.matchAll(/env(?:\.|\[')([A-Z][A-Z_]+)|\(env, '([A-Z][A-Z_]+)'/g)].map((match) => match[1] ?? match[2]);
  return [...new Set(names)].filter((name) => name !== 'ENV_FILE').sort();
}

describe('settings', () => {
  it('are read from the .env file ENV_FILE names, and a variable set in the environment wins', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'portico-env-')), '.env');
    fs.writeFileSync(file, '# deployment settings\nPORT=4100\nLOG_LEVEL=debug\nMAIL_FROM="Agency <mail@agency.example>"\n');
    const config = loadConfig(readEnvironment({ ENV_FILE: file, LOG_LEVEL: 'warn' }));
    expect(config.port).toBe(4100);
    expect(config.logLevel).toBe('warn');
    expect(config.mailFrom).toBe('Agency <mail@agency.example>');
  });

  it('refuse an ENV_FILE that does not exist, and a LOG_LEVEL pino does not know', () => {
    expect(() => readEnvironment({ ENV_FILE: '/nowhere/.env' })).toThrow(/ENV_FILE names \/nowhere\/\.env, which does not exist/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/);
  });

  it('in CLUSTER_MODE need a MySQL-compatible database and an explicitly shared FILES_DIR, leave migrations to `migrate` and wait for the balancer at shutdown', () => {
    expect(() => loadConfig({ CLUSTER_MODE: 'true', FILES_DIR: '/shared/files' })).toThrow(/CLUSTER_MODE needs DATABASE_URL/);
    expect(() => loadConfig({ CLUSTER_MODE: 'true', DATABASE_URL: 'mysql://db/portico' })).toThrow(
      /CLUSTER_MODE needs FILES_DIR set explicitly to a folder every API process shares/,
    );
    const cluster = loadConfig({ CLUSTER_MODE: 'true', DATABASE_URL: 'mysql://db/portico', FILES_DIR: '/shared/files' });
    // A load balancer needs time to move away before the process stops taking connections; a single process does not.
    expect(cluster).toMatchObject({ clusterMode: true, migrateOnStart: false, filesDir: '/shared/files', shutdownGraceMs: 5_000 });
    expect(loadConfig({})).toMatchObject({ migrateOnStart: true, shutdownGraceMs: 0 });
  });

  it('are each listed in .env.example and in the README configuration table', () => {
    const example = fs.readFileSync(path.join(repositoryRoot, '.env.example'), 'utf8');
    const readme = fs.readFileSync(path.join(repositoryRoot, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 5));
    const variables = variablesRead();
    expect(variables.length).toBeGreaterThan(35);
    expect(variables.filter((name) => !new RegExp(`^${name}=`, 'm').test(example))).toEqual([]);
    expect(variables.filter((name) => !table.includes(`\`${name}\``))).toEqual([]);
  });
});
