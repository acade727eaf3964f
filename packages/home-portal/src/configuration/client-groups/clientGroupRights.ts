import type { TFunction } from 'i18next';
import type { ClientPortalAction, ClientPortalArea } from '../../gql/graphql';
import type { ClientGroupFieldsFragment } from './clientGroups.generated';
import { clientPortalRightsOffered } from '@portico/domain';
import { matrixFromRows, type Matrix, type MatrixOption, type OfferedRights } from '../RightsMatrix';

// Keyed by the schema's enums: an area or action the API adds fails the build until it has a row
// here, so saving a group never drops rights the dialog did not show.
const areaRows = {
  PROJECTS: true,
  QUOTES: true,
  REQUESTS: true,
  FEEDBACK: true,
  FILES: true,
  MESSAGES: true,
  PROFILE: true,
} as const satisfies Record<ClientPortalArea, true>;
const actionColumns = { BROWSE: true, DISPLAY: true, ADD: true, EDIT: true, DELETE: true } as const satisfies Record<
  ClientPortalAction,
  true
>;

/** The Client Portal areas in the order of the reference's matrix. */
export const clientPortalAreas = Object.keys(areaRows) as ClientPortalArea[];

export const clientPortalActions = Object.keys(actionColumns) as ClientPortalAction[];

export type ClientGroupMatrix = Matrix<ClientPortalArea, ClientPortalAction>;

/** The rights that do something in each Client Portal area: the grid offers only these. */
export const clientPortalOffered: OfferedRights<ClientPortalArea, ClientPortalAction> = clientPortalRightsOffered;

export function areaOptions(t: TFunction): MatrixOption<ClientPortalArea>[] {
  return clientPortalAreas.map((area) => ({ value: area, label: t(`clientGroups.areas.${area}`) }));
}

export function clientActionOptions(t: TFunction): MatrixOption<ClientPortalAction>[] {
  return clientPortalActions.map((action) => ({ value: action, label: t(`clientGroups.actions.${action}`) }));
}

export function clientGroupMatrix(rights: ClientGroupFieldsFragment['rights'], t: TFunction): ClientGroupMatrix {
  return matrixFromRows(
    areaOptions(t),
    rights.map((row) => ({ row: row.area, actions: row.actions })),
  );
}

/** The matrix as the API takes it: one row per area. */
export function clientGroupRightsInput(matrix: ClientGroupMatrix) {
  return clientPortalAreas.map((area) => ({ area, actions: matrix[area] }));
}
