import { BuiltInGroups1763900000000 } from '../shared/1763900000000-BuiltInGroups';
import { ClientPortalSettingsRow1764000000001 } from '../shared/1764000000001-ClientPortalSettingsRow';
import { InitialSchema1763800000000 } from './1763800000000-InitialSchema';
import { ClientPortalSignIn1764000000000 } from './1764000000000-ClientPortalSignIn';
import { AccountableSignInAsPartner1764100000000 } from './1764100000000-AccountableSignInAsPartner';
import { WorkRecords1764200000000 } from './1764200000000-WorkRecords';
import { ActiveClientsMayReview1764200000001 } from '../shared/1764200000001-ActiveClientsMayReview';
import { FilesByClient1764300000000 } from './1764300000000-FilesByClient';
import { InvoicesAreaRetired1764300000001 } from '../shared/1764300000001-InvoicesAreaRetired';
import { StaffWorkLists1764300000002 } from './1764300000002-StaffWorkLists';
import { HoldUnderAttack1764400000000 } from './1764400000000-HoldUnderAttack';
import { FilesRightsForStaff1764400000001 } from '../shared/1764400000001-FilesRightsForStaff';
import { ClientsListAtScale1764600000000 } from './1764600000000-ClientsListAtScale';
import { ClientCountRow1764600000001 } from '../shared/1764600000001-ClientCountRow';

/** MySQL/MariaDB migrations, oldest first. */
export const mysqlMigrations = [
  InitialSchema1763800000000,
  BuiltInGroups1763900000000,
  ClientPortalSignIn1764000000000,
  ClientPortalSettingsRow1764000000001,
  AccountableSignInAsPartner1764100000000,
  WorkRecords1764200000000,
  ActiveClientsMayReview1764200000001,
  FilesByClient1764300000000,
  InvoicesAreaRetired1764300000001,
  StaffWorkLists1764300000002,
  HoldUnderAttack1764400000000,
  FilesRightsForStaff1764400000001,
  ClientsListAtScale1764600000000,
  ClientCountRow1764600000001,
];
