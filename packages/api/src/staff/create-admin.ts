/**
 * Creates a Home Portal administrator on a real deployment (demo mode is the only place with a
 * default password). Usage:
 *   ADMIN_PASSWORD='...' pnpm --filter @portico/api create-admin -- --username jane --full-name "Jane Doe" [--email jane@agency.example]
 * Without ADMIN_PASSWORD the password is asked for on the terminal.
 */
import 'reflect-metadata';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { createDataSource, openDatabase } from '../database/data-source';
import { UserGroup } from './user-group.entity';
import { createStaffUser } from './staff-user.service';

async function askPassword(): Promise<string> {
  const terminal = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const password = await new Promise<string>((resolve) => terminal.question('Password (at least 10 characters): ', resolve));
  terminal.close();
  return password;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { username: { type: 'string' }, 'full-name': { type: 'string' }, email: { type: 'string' } },
  });
  if (!values.username || !values['full-name']) throw new Error('Give --username and --full-name.');
  const password = process.env.ADMIN_PASSWORD ?? (await askPassword());

  const database = await createDataSource(loadConfig());
  await openDatabase(database);
  try {
    const administrators = await database.dataSource.getRepository(UserGroup).findOneByOrFail({ isAdministrators: true });
    const user = await createStaffUser(
      database.dataSource,
      {
        username: values.username,
        fullName: values['full-name'],
        email: values.email ?? null,
        password,
        groupId: String(administrators.id),
      },
      null,
    );
    console.log(`Created administrator "${user.username}". Sign in to the Home Portal with it.`);
  } finally {
    await database.dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
