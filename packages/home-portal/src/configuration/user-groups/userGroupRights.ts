import type { TFunction } from 'i18next';
import type { SpecialRight, StaffAction, StaffDomain } from '../../gql/graphql';
import type { UserGroupFieldsFragment } from './userGroups.generated';
import { staffRightsOffered } from '@portico/domain';
import { fullMatrix, matrixFromRows, type Matrix, type MatrixOption, type OfferedRights } from '../RightsMatrix';

// Keyed by the schema's enums, so a domain, action or special right the API adds fails the build
// until it has a row here: a group saved from this dialog must never drop rights it did not show.
const domainRows = {
  CLIENTS: true,
  CLIENT_GROUPS: true,
  PROJECTS: true,
  QUOTES: true,
  CLIENT_REQUESTS: true,
  FEEDBACK: true,
  FILES: true,
  USER_MANAGEMENT: true,
  PORTAL_CONFIGURATION: true,
} as const satisfies Record<StaffDomain, true>;

const actionColumns = { BROWSE: true, DISPLAY: true, CREATE: true, EDIT: true, DELETE: true, EXPORT: true } as const satisfies Record<
  StaffAction,
  true
>;

const specialRightOrder = { SIGN_IN_AS_PARTNER: true, SIGN_IN_AS_PARTNER_WITH_CHANGES: true } as const satisfies Record<SpecialRight, true>;

/** Every domain of the Home Portal's rights matrix, in the order the dialog shows them. */
export const staffDomains = Object.keys(domainRows) as StaffDomain[];

export const staffActions = Object.keys(actionColumns) as StaffAction[];

export const specialRights = Object.keys(specialRightOrder) as SpecialRight[];

export type UserGroupMatrix = Matrix<StaffDomain, StaffAction>;

/** The rights that do something in each Home Portal domain: the grid offers only these. */
export const staffOffered: OfferedRights<StaffDomain, StaffAction> = staffRightsOffered;

export function domainOptions(t: TFunction): MatrixOption<StaffDomain>[] {
  return staffDomains.map((domain) => ({ value: domain, label: t(`userGroups.domains.${domain}`) }));
}

export function staffActionOptions(t: TFunction): MatrixOption<StaffAction>[] {
  return staffActions.map((action) => ({ value: action, label: t(`userGroups.actions.${action}`) }));
}

/** The group's matrix; the Administrators group always holds every right, whatever is stored. */
export function userGroupMatrix(group: Pick<UserGroupFieldsFragment, 'rights' | 'isAdministrators'> | null, t: TFunction): UserGroupMatrix {
  if (group?.isAdministrators) return fullMatrix(domainOptions(t), staffOffered);
  return matrixFromRows(
    domainOptions(t),
    (group?.rights ?? []).map((row) => ({ row: row.domain, actions: row.actions })),
  );
}

export function userGroupRightsInput(matrix: UserGroupMatrix) {
  return staffDomains.map((domain) => ({ domain, actions: matrix[domain] }));
}
