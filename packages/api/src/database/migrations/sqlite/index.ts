import { BuiltInGroups1763900000000 } from '../shared/1763900000000-BuiltInGroups';
import { InitialSchema1763800000000 } from './1763800000000-InitialSchema';

/** SQLite migrations, oldest first. */
export const sqliteMigrations = [InitialSchema1763800000000, BuiltInGroups1763900000000];
