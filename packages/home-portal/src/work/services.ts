import type { ServiceType } from '../gql/graphql';

/** The order services are offered and listed in; typed against the schema so a new service fails the build. */
const serviceOrder = {
  TRANSLATION: 1,
  PROOFREADING: 2,
  MACHINE_TRANSLATION_POST_EDITING: 3,
  LOCALIZATION: 4,
  TRANSCREATION: 5,
  DTP: 6,
  SUBTITLING: 7,
  INTERPRETING: 8,
} as const satisfies Record<ServiceType, number>;

export const serviceTypes = Object.keys(serviceOrder) as ServiceType[];

export function isServiceType(value: string): value is ServiceType {
  return Object.hasOwn(serviceOrder, value);
}
