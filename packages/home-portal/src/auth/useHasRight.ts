import type { SpecialRight, StaffAction, StaffDomain } from '../gql/graphql';
import { useSignedInViewer } from './viewerContext';

/** A right of the User Groups and Rights matrix as the API lists it in `viewer.rights`, e.g. `CLIENTS:EDIT`. */
export type StaffRight = `${StaffDomain}:${StaffAction}`;

/**
 * Whether the signed-in staff member's group holds `right`. The API decides what a request may do;
 * this only hides what would be refused anyway.
 */
export function useHasRight(right: StaffRight): boolean {
  return useSignedInViewer().rights.includes(right);
}

/** Whether the signed-in staff member's group holds at least one of `rights`. */
export function useHasAnyRight(...rights: StaffRight[]): boolean {
  const granted = useSignedInViewer().rights;
  return rights.some((right) => granted.includes(right));
}

/** Whether the signed-in staff member's group holds a special right such as Sign in as Partner. */
export function useHasSpecialRight(right: SpecialRight): boolean {
  return useSignedInViewer().specialRights.includes(right);
}
