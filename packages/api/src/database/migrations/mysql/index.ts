// The mysql side of the migrations that differ between the engines; ../index.ts orders them with the shared ones.
export { InitialSchema1763800000000 } from './1763800000000-InitialSchema';
export { ClientPortalSignIn1764000000000 } from './1764000000000-ClientPortalSignIn';
export { AccountableSignInAsPartner1764100000000 } from './1764100000000-AccountableSignInAsPartner';
export { WorkRecords1764200000000 } from './1764200000000-WorkRecords';
export { FilesByClient1764300000000 } from './1764300000000-FilesByClient';
export { StaffWorkLists1764300000002 } from './1764300000002-StaffWorkLists';
export { HoldUnderAttack1764400000000 } from './1764400000000-HoldUnderAttack';
export { ClientsListAtScale1764600000000 } from './1764600000000-ClientsListAtScale';
export { OneNameForSignInAsPartner1764700000000 } from './1764700000000-OneNameForSignInAsPartner';
export { ClientSearchWords1765100000000 } from './1765100000000-ClientSearchWords';
export { TwoFactorSignIn1765000000000 } from './1765000000000-TwoFactorSignIn';
export { Messages1765200000000 } from './1765200000000-Messages';
export { RequestsByClientAndStatus1765500000000 } from './1765500000000-RequestsByClientAndStatus';
export { ClientNotifications1765400000000 } from './1765400000000-ClientNotifications';
export { MessageLetters1765410000000 } from './1765410000000-MessageLetters';
export { MessageAttachments1765420000000 } from './1765420000000-MessageAttachments';
export { WelcomeTranslations1765440000000 } from './1765440000000-WelcomeTranslations';
