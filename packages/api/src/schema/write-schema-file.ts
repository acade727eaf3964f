import 'reflect-metadata';
import fs from 'node:fs';
import { buildPorticoSchema } from './build-schema';
import { SCHEMA_FILE, printPorticoSchema } from './schema-file';

buildPorticoSchema()
  .then((schema) => {
    fs.writeFileSync(SCHEMA_FILE, printPorticoSchema(schema));
    console.log(`Wrote ${SCHEMA_FILE}`);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
