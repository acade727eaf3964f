import fs from 'node:fs';
import { buildPorticoSchema } from './build-schema';
import { SCHEMA_FILE, printPorticoSchema } from './schema-file';

describe('the committed schema file', () => {
  it('matches the schema the code builds (run `pnpm schema` after changing the API)', async () => {
    const fromCode = printPorticoSchema(await buildPorticoSchema());
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(fromCode);
  });

  it('exposes no secret: no password or token hashes', () => {
    const schema = fs.readFileSync(SCHEMA_FILE, 'utf8');
    expect(schema).not.toMatch(/passwordHash|tokenHash|password_hash/i);
  });
});
